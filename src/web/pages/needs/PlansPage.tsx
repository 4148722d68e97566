import { ScheduleOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../auth/paths';
import { PageHeader } from '../../components/PageHeader';

/** Kế hoạch: a small landing until the plan workflow exists; links to the training needs. */
export default function PlansPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('needs.plansTitle')}>{t('needs.plansIntro')}</PageHeader>
      <Flex vertical gap={16}>
        <Card>
          <Flex justify="space-between" align="center" gap={16} wrap>
            <Flex vertical gap={4}>
              <Typography.Title level={4} style={{ margin: 0 }}>
                <ScheduleOutlined /> {t('needs.title')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('needs.needsCardDetail')}</Typography.Text>
            </Flex>
            <Link to={paths.plansNeeds}>
              <Button type="primary">{t('needs.open')}</Button>
            </Link>
          </Flex>
        </Card>
        <Card>
          <Flex justify="space-between" align="center" gap={16} wrap>
            <Flex vertical gap={4}>
              <Typography.Title level={4} style={{ margin: 0 }}>
                <TeamOutlined /> {t('learningPlans.monitoredTitle')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('learningPlans.monitoredCardDetail')}</Typography.Text>
            </Flex>
            <Link to={paths.plansMonitored}>
              <Button>{t('needs.open')}</Button>
            </Link>
          </Flex>
        </Card>
        <Alert type="info" showIcon title={t('needs.plansNotYet')} />
      </Flex>
    </>
  );
}
