import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { itemLabel } from './LearningPlanTab';
import { learningPlanKeys, learningPlansApi } from './learningPlansApi';

/** "Người tôi theo dõi": the monitor's people and their plan items, overdue first. */
export default function MonitoredPage() {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: learningPlanKeys.monitored,
    queryFn: ({ signal }) => learningPlansApi.monitored(signal),
  });
  return (
    <>
      <PageHeader title={t('learningPlans.monitoredTitle')}>{t('learningPlans.monitoredIntro')}</PageHeader>
      {q.isPending ? (
        <Skeleton active />
      ) : q.isError ? (
        <Alert type="error" showIcon title={t('learningPlans.loadError')} />
      ) : !q.data.linked ? (
        <Alert type="info" showIcon title={t('learningPlans.notLinked')} />
      ) : q.data.plans.length === 0 ? (
        <Empty description={t('learningPlans.noneMonitored')} />
      ) : (
        <Flex vertical gap={16}>
          {q.data.plans.map((plan) => (
            <Card
              key={`${plan.person.id}-${plan.year}`}
              title={
                <Flex gap={8} align="center" wrap>
                  <span>{plan.person.fullName}</span>
                  {plan.person.unit && (
                    <Typography.Text type="secondary">{plan.person.unit.name}</Typography.Text>
                  )}
                  <Tag>{t('learningPlans.yearTag', { year: plan.year })}</Tag>
                  {plan.overdue > 0 && (
                    <Tag color="red">{t('learningPlans.overdueCount', { n: plan.overdue })}</Tag>
                  )}
                </Flex>
              }
            >
              <List
                size="small"
                dataSource={plan.items}
                locale={{ emptyText: t('learningPlans.noItems') }}
                renderItem={(i) => (
                  <List.Item>
                    <Flex justify="space-between" gap={8} style={{ width: '100%' }} wrap>
                      <span>{itemLabel(i)}</span>
                      <Flex gap={8} align="center">
                        <span>{t('learningPlans.dueOn', { date: formatDate(i.dueDate) })}</span>
                        {i.overdue && <Tag color="red">{t('learningPlans.overdue')}</Tag>}
                        {i.status === 'done' && (
                          <Tag color="green">{t('learningPlans.doneOn', { date: formatDate(i.doneOn) })}</Tag>
                        )}
                      </Flex>
                    </Flex>
                  </List.Item>
                )}
              />
            </Card>
          ))}
        </Flex>
      )}
    </>
  );
}
