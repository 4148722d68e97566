import { Alert, Card, Empty, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { Plan } from './plansApi';

const COLORS = { created: 'gray', updated: 'blue', submitted: 'blue', returned: 'orange', approved: 'green' };

/** "Lịch sử": who drafted, changed, submitted, returned (with the comment) and approved, when. */
export function PlanHistoryTab({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  if (plan.events.length === 0) return <Empty description={t('plans.history.empty')} />;
  return (
    <Card>
      <Timeline
        items={plan.events.map((e, i) => ({
          key: `${e.action}-${e.at}-${i}`,
          color: COLORS[e.action],
          content: (
            <Flex vertical gap={4}>
              <span>
                <Typography.Text strong>{t(`plans.history.actions.${e.action}`)}</Typography.Text>
                {' — '}
                {e.user?.displayName ?? t('plans.history.system')}
                {' · '}
                <Typography.Text type="secondary">{formatDateTime(e.at)}</Typography.Text>
              </span>
              {e.comment ? (
                e.action === 'returned' ? (
                  <Alert type="warning" title={e.comment} style={{ maxWidth: 720, whiteSpace: 'pre-wrap' }} />
                ) : (
                  <Typography.Text italic style={{ whiteSpace: 'pre-wrap' }}>
                    “{e.comment}”
                  </Typography.Text>
                )
              ) : null}
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}
