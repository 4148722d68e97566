import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { HomeButton } from '../../components/HomeButton';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('errors.forbiddenTitle')}
      subTitle={t('errors.forbiddenDetail')}
      extra={<HomeButton />}
    />
  );
}
