import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Flex, Progress, Skeleton, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayVn } from '../../../core/catalog/dates';
import { DateInput } from '../../components/DateInput';
import { errorMessage } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { formatPercent, progressStatus, progressTotals } from './planProgress';
import { type PlanProgress, planKeys, plansApi } from './plansApi';

type Row = PlanProgress['targets'][number];

/** "Tiến độ": actual against target on a date (asOf in the URL, default today). */
export function PlanProgressTab({
  planId,
  toYear,
  asOf,
  onAsOf,
}: {
  planId: number;
  toYear: number;
  asOf: string | null;
  onAsOf: (d: string | null) => void;
}) {
  const { t } = useTranslation();
  const date = asOf ?? todayVn();
  const q = useQuery({
    queryKey: planKeys.progress(planId, asOf ?? undefined),
    queryFn: ({ signal }) => plansApi.progress(planId, asOf ?? undefined, signal),
  });
  const overdue = date > `${toYear}-12-31`;
  const personsTimes = (persons: number, times: number | null) =>
    times == null
      ? t('plans.progress.persons', { persons: formatNumber(persons) })
      : t('plans.progress.personsTimes', { persons: formatNumber(persons), times: formatNumber(times) });

  let body: React.ReactNode;
  if (q.isPending) body = <Skeleton active />;
  else if (q.isError)
    body = (
      <Alert
        type="error"
        showIcon
        title={t('plans.progress.loadFailed')}
        description={errorMessage(q.error, t)}
      />
    );
  else if (q.data.targets.length === 0) body = <Empty description={t('plans.progress.noTargets')} />;
  else {
    const totals = progressTotals(q.data);
    body = (
      <Flex vertical gap={16}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('plans.progress.sentence', {
            date: formatDate(q.data.asOf),
            achieved: formatNumber(totals.achieved),
            target: formatNumber(totals.target),
            percent: formatPercent(totals.percent),
          })}
        </Typography.Title>
        <Table<Row>
          rowKey="targetId"
          size="small"
          pagination={false}
          dataSource={q.data.targets}
          scroll={{ x: 900 }}
          columns={[
            { title: t('plans.progress.target'), dataIndex: 'label', minWidth: 240 },
            {
              title: t('plans.progress.goal'),
              key: 'goal',
              width: 170,
              render: (_v, r) => personsTimes(r.persons, r.personTimes),
            },
            {
              title: t('plans.progress.actual'),
              key: 'actual',
              width: 170,
              render: (_v, r) => personsTimes(r.actualPersons, r.actualPersonTimes),
            },
            {
              title: t('plans.progress.inTraining'),
              dataIndex: 'inTraining',
              width: 100,
              align: 'right',
              render: (n: number | null) => (n == null ? '—' : formatNumber(n)),
            },
            {
              title: t('plans.progress.percent'),
              key: 'percent',
              width: 240,
              render: (_v, r) => (
                <Flex gap={8} align="center">
                  <Progress
                    percent={Math.min(r.percent ?? 0, 100)}
                    status={progressStatus(r.percent, overdue)}
                    showInfo={false}
                    size="small"
                    style={{ flex: 1, margin: 0 }}
                  />
                  <span style={{ minWidth: 56, textAlign: 'right' }}>{formatPercent(r.percent)}</span>
                </Flex>
              ),
            },
          ]}
        />
      </Flex>
    );
  }

  return (
    <Card>
      <Flex vertical gap={16}>
        <Flex gap={8} align="center" wrap>
          <label htmlFor="plan-progress-as-of">{t('plans.progress.asOf')}</label>
          <DateInput
            id="plan-progress-as-of"
            aria-label={t('plans.progress.asOf')}
            value={date}
            allowClear={false}
            style={{ width: 160 }}
            onChange={(d) => onAsOf(d && d !== todayVn() ? d : null)}
          />
        </Flex>
        {body}
      </Flex>
    </Card>
  );
}
