import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Skeleton,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type ComplianceParams, complianceApi, type TrendPoint } from '../../../api/compliance';
import { errorMessage } from '../../../lib/errors';
import { formatDate, formatNumber } from '../../../lib/format';
import { formatPointChange, formatRate, ratePercent, STATUS_HEX } from './complianceDisplay';

/** Years shown: the current one and the five before it. */
const YEARS = 6;

function Change({ change }: { change: number | null }) {
  const { t } = useTranslation();
  if (change === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const text = t('compliance.trend.points', { value: formatPointChange(change) });
  const rounded = Math.round(change * 10) / 10;
  const color = rounded > 0 ? STATUS_HEX.meets : rounded < 0 ? STATUS_HEX.gap : undefined;
  return <span style={{ color, fontWeight: 500, whiteSpace: 'nowrap' }}>{text}</span>;
}

/** The rate of compliance at the end of each year (31/12; today for the current year). */
export function TrendTab({
  filters,
  currentYear,
}: {
  /** Unit, post group, key cadres, area (the date is each year's end). */
  filters: Omit<ComplianceParams, 'asOf'>;
  currentYear: number;
}) {
  const { t } = useTranslation();
  const from = currentYear - YEARS + 1;
  const trend = useQuery({
    queryKey: ['reports', 'compliance', 'trend', filters, from, currentYear],
    queryFn: ({ signal }) => complianceApi.trend({ ...filters, from, to: currentYear }, signal),
    placeholderData: keepPreviousData,
  });

  if (trend.isError)
    return (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed')}
        description={errorMessage(trend.error, t)}
        action={<Button onClick={() => void trend.refetch()}>{t('common.retry')}</Button>}
      />
    );
  if (!trend.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const points = trend.data.points;
  if (points.length === 0) return <Empty description={t('compliance.trend.empty')} />;

  const yearLabel = (p: TrendPoint) =>
    p.year === currentYear
      ? t('compliance.trend.currentYear', { year: p.year })
      : t('compliance.trend.year', { year: p.year });
  const chartData = points.map((p) => ({
    label: yearLabel(p),
    rate: ratePercent(p.rate),
    total: p.total,
    meets: p.meets,
  }));

  const columns: TableColumnsType<TrendPoint> = [
    { title: t('compliance.trend.yearCol'), key: 'year', width: 80, render: (_v, p) => p.year },
    {
      title: t('compliance.trend.asOf'),
      dataIndex: 'asOf',
      width: 120,
      render: (d: string) => formatDate(d),
    },
    {
      title: t('compliance.children.total'),
      dataIndex: 'total',
      align: 'right',
      width: 100,
      render: (n: number) => formatNumber(n),
    },
    {
      title: t('compliance.status.meets'),
      dataIndex: 'meets',
      align: 'right',
      width: 100,
      render: (n: number) => formatNumber(n),
    },
    {
      title: t('compliance.status.in_progress'),
      dataIndex: 'inProgress',
      align: 'right',
      width: 130,
      render: (n: number) => formatNumber(n),
    },
    {
      title: t('compliance.status.gap'),
      dataIndex: 'gap',
      align: 'right',
      width: 130,
      render: (n: number) => formatNumber(n),
    },
    {
      title: t('compliance.children.rate'),
      dataIndex: 'rate',
      align: 'right',
      width: 100,
      render: (r: number, p) => (p.total ? <strong>{formatRate(r)}</strong> : '—'),
    },
    {
      title: t('compliance.trend.change'),
      dataIndex: 'change',
      align: 'right',
      width: 150,
      render: (c: number | null) => <Change change={c} />,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={11}>
          <Card size="small" title={t('compliance.trend.chartTitle')} data-testid="compliance-trend-chart">
            <div style={{ width: '100%', height: 300 }}>
              <ResponsiveContainer width="100%" height="100%">
                <ComposedChart data={chartData} margin={{ top: 24, right: 16, bottom: 0, left: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="label" tick={{ fontSize: 12 }} />
                  <YAxis
                    domain={[0, 100]}
                    ticks={[0, 25, 50, 75, 100]}
                    tickFormatter={(v: number) => `${v}%`}
                    width={48}
                    tick={{ fontSize: 12 }}
                  />
                  <Tooltip
                    formatter={(v) => [formatRate(Number(v) / 100), t('compliance.trend.rate')]}
                    labelFormatter={(l) => String(l)}
                  />
                  <Bar
                    dataKey="rate"
                    fill={STATUS_HEX.meets}
                    fillOpacity={0.8}
                    maxBarSize={56}
                    isAnimationActive={false}
                  >
                    <LabelList
                      dataKey="rate"
                      position="top"
                      formatter={(v) => formatRate(Number(v) / 100)}
                      style={{ fontSize: 12, fill: 'rgba(0,0,0,0.75)' }}
                    />
                  </Bar>
                </ComposedChart>
              </ResponsiveContainer>
            </div>
          </Card>
        </Col>
        <Col xs={24} xxl={13}>
          <Table<TrendPoint>
            size="small"
            rowKey="year"
            columns={columns}
            dataSource={points}
            pagination={false}
            scroll={{ x: 900 }}
            data-testid="compliance-trend-table"
          />
        </Col>
      </Row>
    </Flex>
  );
}
