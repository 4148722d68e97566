import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, Skeleton, Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../../core/contracts/common';
import { useSessionUser } from '../../auth/AuthContext';
import { DateInput } from '../../components/DateInput';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitTreeSelect';
import { useAllUnits } from '../../components/unitOptions';
import { errorMessage } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { todayVn } from '../../lib/records';
import { useUrlState } from '../../lib/urlState';
import { costColumns, costSum, levelText, rowKind } from './reportRows';
import { type FundingSource, type TrainingReport, trainingApi, trainingKeys } from './trainingApi';

type Row = TrainingReport['rows'][number];

/** Báo cáo kết quả đào tạo, bồi dưỡng (contracts §6), for a subtree and a period. */
export default function TrainingReportPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [params, update] = useUrlState();
  const units = useAllUnits();
  const today = todayVn();
  const valid = (v: string | null) => (v && isoDate.safeParse(v).success ? v : null);
  const from = valid(params.get('from')) ?? `${today.slice(0, 4)}-01-01`;
  const to = valid(params.get('to')) ?? today;
  const nation = user.role === 'admin';
  const unit = params.get('unit') || (nation ? null : (user.scope[0]?.code ?? null));
  const badPeriod = from > to;
  const q = { unit: unit ?? undefined, from, to };

  const report = useQuery({
    queryKey: trainingKeys.report(q),
    queryFn: ({ signal }) => trainingApi.report(q, signal),
    enabled: (nation || unit !== null) && !badPeriod,
    placeholderData: keepPreviousData,
  });
  const r = report.data;
  const unitName =
    (unit ? units.data?.find((u) => u.code === unit)?.name : undefined) ??
    user.scope.find((s) => s.code === unit)?.name ??
    r?.unit.name;
  const sources: FundingSource[] = r ? costColumns(r.totals.cost) : [];
  const num = (n: number) => formatNumber(n);

  const columns: TableColumnsType<Row> = [
    {
      title: t('common.stt'),
      key: 'stt',
      width: 56,
      align: 'center',
      render: (_v, _r, i) => formatNumber(i + 1),
    },
    {
      title: t('training.reportPage.contentType'),
      key: 'content',
      minWidth: 200,
      render: (_v, row) => {
        const [kind, key] = rowKind(row.contentType);
        return kind === 'activity'
          ? t('training.reportPage.activity', {
              kind: t(`training.activityKind.${key as 'coaching'}`, { defaultValue: key }),
            })
          : t(`training.contentType.${key as 'other'}`, { defaultValue: key });
      },
    },
    {
      title: t('training.reportPage.level'),
      key: 'level',
      width: 160,
      render: (_v, row) => levelText(row.contentType, row.level) || '—',
    },
    {
      title: t('training.reportPage.persons'),
      dataIndex: 'persons',
      width: 100,
      align: 'right',
      render: num,
    },
    {
      title: t('training.reportPage.personTimes'),
      dataIndex: 'personTimes',
      width: 110,
      align: 'right',
      render: num,
    },
    { title: t('training.reportPage.women'), dataIndex: 'women', width: 80, align: 'right', render: num },
    {
      title: t('training.reportPage.ethnicMinority'),
      dataIndex: 'ethnicMinority',
      width: 120,
      align: 'right',
      render: num,
    },
    ...(sources.length
      ? [
          {
            title: t('training.reportPage.cost'),
            key: 'cost',
            children: [
              ...sources.map((f) => ({
                title: t(`training.funding.${f}`),
                key: f,
                width: 150,
                align: 'right' as const,
                render: (_v: unknown, row: Row) => formatNumber(row.cost[f] ?? 0),
              })),
              {
                title: t('training.reportPage.costTotal'),
                key: 'costTotal',
                width: 150,
                align: 'right' as const,
                render: (_v: unknown, row: Row) => (
                  <Typography.Text strong>{formatNumber(costSum(row.cost))}</Typography.Text>
                ),
              },
            ],
          },
        ]
      : []),
  ];

  let body: ReactNode;
  if (badPeriod) body = <Alert type="warning" showIcon title={t('training.reportPage.badPeriod')} />;
  else if (!nation && unit === null) body = <Empty description={t('training.reportPage.pickUnit')} />;
  else if (report.isError)
    body = (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed')}
        description={errorMessage(report.error, t)}
        action={<Button onClick={() => void report.refetch()}>{t('common.retry')}</Button>}
      />
    );
  else if (!r) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else
    body = (
      <Card>
        <Flex vertical gap={4} style={{ marginBottom: 12 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('training.reportPage.heading', { unit: r.unit.name })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('training.reportPage.periodLine', { from: formatDate(r.from), to: formatDate(r.to) })}
          </Typography.Text>
        </Flex>
        <Table<Row>
          rowKey={(row) => `${row.contentType}:${row.level ?? ''}`}
          size="small"
          bordered
          loading={report.isFetching}
          columns={columns}
          dataSource={r.rows}
          pagination={false}
          scroll={{ x: 760 + sources.length * 150 + (sources.length ? 150 : 0) }}
          locale={{ emptyText: <Empty description={t('training.reportPage.empty')} /> }}
          summary={() =>
            r.rows.length ? (
              <Table.Summary.Row style={{ fontWeight: 600, background: '#fafafa' }}>
                <Table.Summary.Cell index={0} />
                <Table.Summary.Cell index={1} colSpan={2}>
                  {t('training.reportPage.totalRow')}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {num(r.totals.persons)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {num(r.totals.personTimes)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  {num(r.totals.women)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right">
                  {num(r.totals.ethnicMinority)}
                </Table.Summary.Cell>
                {sources.map((f, i) => (
                  <Table.Summary.Cell key={f} index={7 + i} align="right">
                    {num(r.totals.cost[f] ?? 0)}
                  </Table.Summary.Cell>
                ))}
                {sources.length ? (
                  <Table.Summary.Cell index={7 + sources.length} align="right">
                    {num(costSum(r.totals.cost))}
                  </Table.Summary.Cell>
                ) : null}
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
    );

  return (
    <>
      <PageHeader
        title={t('training.reportPage.title')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            href={trainingApi.reportXlsxUrl(q)}
            download
            disabled={(!nation && unit === null) || badPeriod}
          >
            {t('training.reportPage.xlsx')}
          </Button>
        }
      >
        {t('training.reportPage.intro')}
      </PageHeader>
      <Card styles={{ body: { padding: 16 } }} style={{ marginBottom: 16 }}>
        <Flex gap={16} wrap align="flex-end">
          <Flex vertical gap={4} style={{ flex: '1 1 320px', maxWidth: 480 }}>
            <Typography.Text type="secondary">{t('training.reportPage.unit')}</Typography.Text>
            <UnitSelect
              value={unit}
              onChange={(v) => update({ unit: v })}
              known={unit && unitName ? [{ code: unit, name: unitName }] : []}
              allowClear={nation}
              placeholder={nation ? t('training.reportPage.nation') : t('unitPicker.placeholder')}
              aria-label={t('training.reportPage.unit')}
            />
          </Flex>
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">{t('training.reportPage.from')}</Typography.Text>
            <DateInput
              value={from}
              onChange={(v) => update({ from: v })}
              allowClear={false}
              style={{ width: 160 }}
              aria-label={t('training.reportPage.from')}
            />
          </Flex>
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">{t('training.reportPage.to')}</Typography.Text>
            <DateInput
              value={to}
              onChange={(v) => update({ to: v && v !== today ? v : null })}
              allowClear={false}
              style={{ width: 160 }}
              aria-label={t('training.reportPage.to')}
            />
          </Flex>
        </Flex>
      </Card>
      {body}
    </>
  );
}
