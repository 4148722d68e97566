import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../auth/AuthContext';
import { PageHeader } from '../../components/PageHeader';
import { LearningPlanTab } from '../learning-plans/LearningPlanTab';

/** "Kế hoạch của tôi": the signed-in person's own learning plan, with "Đánh dấu đã xong". */
export default function MyPlanPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  return (
    <>
      <PageHeader title={t('plans.mine.title')}>{t('plans.mine.intro')}</PageHeader>
      {user.personId === null ? (
        <Card>
          <Empty
            description={
              <>
                <Typography.Title level={5}>{t('plans.mine.notLinked')}</Typography.Title>
                <Typography.Text type="secondary">{t('plans.mine.notLinkedHelp')}</Typography.Text>
              </>
            }
          />
        </Card>
      ) : (
        <LearningPlanTab personId={user.personId} mine />
      )}
    </>
  );
}
