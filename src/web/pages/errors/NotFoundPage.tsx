import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { HomeButton } from '../../components/HomeButton';
import { useDocumentTitle } from '../../components/useDocumentTitle';

export default function NotFoundPage() {
  const { t } = useTranslation();
  const location = useLocation();
  useDocumentTitle(t('errors.notFoundTitle'));
  return (
    <Result
      status="404"
      title={t('errors.notFoundTitle')}
      subTitle={t('errors.notFoundDetail', { path: location.pathname })}
      extra={<HomeButton />}
    />
  );
}
