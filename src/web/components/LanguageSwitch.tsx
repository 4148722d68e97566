import { GlobalOutlined } from '@ant-design/icons';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLang, type Lang, useLang } from '../i18n';

/** "Tiếng Việt | English": each label is written in its own language. */
export function LanguageSwitch({ size }: { size?: 'small' | 'middle' | 'large' }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      <GlobalOutlined aria-hidden style={{ color: 'rgba(0,0,0,0.45)' }} />
      <Segmented<Lang>
        aria-label={t('lang.label')}
        size={size ?? 'middle'}
        value={lang}
        onChange={(v) => void changeLang(v)}
        options={[
          { value: 'vi', label: <span lang="vi">Tiếng Việt</span> },
          { value: 'en', label: <span lang="en">English</span> },
        ]}
      />
    </span>
  );
}
