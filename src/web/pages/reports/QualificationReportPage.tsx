import { DownloadOutlined, InfoCircleOutlined, TeamOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Grid,
  Row,
  Skeleton,
  Table,
  type TableColumnsType,
  Tooltip,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DIMENSION_LABELS, type Dimension, LEVELS } from '../../../core/catalog/levels';
import { isoDate } from '../../../core/contracts/common';
import { api, type QualificationReport } from '../../api/endpoints';
import { useSessionUser } from '../../auth/AuthContext';
import { DateInput } from '../../components/DateInput';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitTreeSelect';
import { useAllUnits } from '../../components/unitOptions';
import { errorMessage } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { formatPercent, levelLabel, todayVn } from '../../lib/records';
import { atLeast, peopleLink } from '../../lib/reports';
import { useUrlState } from '../../lib/urlState';

/** People counted at some level of a dimension. */
function counted(report: QualificationReport, dimension: Dimension): number {
  return LEVELS[dimension].reduce((s, l) => s + (report.byDimension[dimension]?.[l] ?? 0), 0);
}

/** The dimensions officers read first come first. */
const REPORT_ORDER: Dimension[] = [
  'professional',
  'politicalTheory',
  'stateManagement',
  'leadership',
  'foreignLanguage',
  'it',
  'defenceSecurity',
  'generalEducation',
  'ethnicLanguage',
];

const HEADLINES: { key: string; dimension: Dimension; level: string }[] = [
  { key: 'university', dimension: 'professional', level: 'dai_hoc' },
  { key: 'postgraduate', dimension: 'professional', level: 'thac_si' },
  { key: 'politicalHigh', dimension: 'politicalTheory', level: 'cao_cap' },
  { key: 'politicalMiddle', dimension: 'politicalTheory', level: 'trung_cap' },
  { key: 'stateSenior', dimension: 'stateManagement', level: 'chuyen_vien_chinh' },
];

function Bar({ part, total }: { part: number; total: number }) {
  const pct = total ? Math.round((part / total) * 1000) / 10 : 0;
  return (
    <div
      style={{ background: '#f0f0f0', borderRadius: 3, height: 10, width: '100%', minWidth: 60 }}
      aria-hidden
    >
      <div style={{ background: '#1677ff', borderRadius: 3, height: 10, width: `${pct}%` }} />
    </div>
  );
}

interface LevelRow {
  key: string;
  label: string;
  n: number;
  cumulative: number | null;
  level: string | null;
}

function DimensionTable({
  report,
  dimension,
  unit,
  linkDate,
}: {
  report: QualificationReport;
  dimension: Dimension;
  unit: string | null;
  /** The report date when it is not today: figures open that date's list. */
  linkDate: string | undefined;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg !== false;
  const levels = [...LEVELS[dimension]].reverse();
  const counted = levels.reduce((s, l) => s + (report.byDimension[dimension]?.[l] ?? 0), 0);
  const rows: LevelRow[] = levels.map((l) => ({
    key: l,
    label: levelLabel(dimension, l),
    n: report.byDimension[dimension]?.[l] ?? 0,
    cumulative: atLeast(report, dimension, l),
    level: l,
  }));
  rows.push({
    key: '-',
    label: t('reports.qualifications.none'),
    n: report.total - counted,
    cumulative: null,
    level: null,
  });
  const hint = (level: string) =>
    t('reports.qualifications.linkHint', {
      level: levelLabel(dimension, level),
    });

  const columns: TableColumnsType<LevelRow> = [
    {
      title: t('common.stt'),
      key: 'stt',
      width: 56,
      align: 'center',
      render: (_v, _r, i) => formatNumber(i + 1),
    },
    {
      title: t('reports.qualifications.level'),
      dataIndex: 'label',
      minWidth: 160,
      render: (label: string, r) =>
        r.level ? label : <Typography.Text type="secondary">{label}</Typography.Text>,
    },
    {
      title: t('reports.qualifications.people'),
      dataIndex: 'n',
      width: 100,
      align: 'right',
      render: (n: number, r) =>
        r.level && n > 0 ? (
          <Tooltip title={hint(r.level)}>
            <Link to={peopleLink(unit, `${dimension}:${r.level}`, linkDate)}>{formatNumber(n)}</Link>
          </Tooltip>
        ) : (
          formatNumber(n)
        ),
    },
    {
      title: t('reports.qualifications.share'),
      key: 'share',
      width: 90,
      align: 'right',
      render: (_v, r) => formatPercent(r.n, report.total),
    },
    ...(wide
      ? [
          {
            title: '',
            key: 'bar',
            width: 140,
            render: (_v: unknown, r: LevelRow) => <Bar part={r.n} total={report.total} />,
          },
        ]
      : []),
    {
      title: (
        <Tooltip title={t('reports.qualifications.cumulativeHelp')}>
          <span>
            {t('reports.qualifications.cumulative')} <InfoCircleOutlined />
          </span>
        </Tooltip>
      ),
      key: 'cumulative',
      width: 185,
      align: 'right',
      render: (_v, r) =>
        r.cumulative === null ? (
          ''
        ) : (
          <span style={{ whiteSpace: 'nowrap' }}>
            {r.cumulative > 0 && r.level ? (
              <Tooltip title={hint(r.level)}>
                <Link to={peopleLink(unit, `${dimension}:${r.level}`, linkDate)}>
                  {formatNumber(r.cumulative)}
                </Link>
              </Tooltip>
            ) : (
              formatNumber(r.cumulative)
            )}{' '}
            <Typography.Text type="secondary">({formatPercent(r.cumulative, report.total)})</Typography.Text>
          </span>
        ),
    },
  ];

  return (
    <Card size="small" title={DIMENSION_LABELS[dimension]} data-testid={`report-${dimension}`}>
      <Table<LevelRow>
        size="small"
        rowKey="key"
        pagination={false}
        columns={columns}
        dataSource={rows}
        scroll={{ x: wide ? 720 : 580 }}
        summary={() => (
          <Table.Summary.Row style={{ fontWeight: 600, background: '#fafafa' }}>
            <Table.Summary.Cell index={0} />
            <Table.Summary.Cell index={1}>{t('reports.qualifications.totalRow')}</Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {formatNumber(report.total)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {report.total ? formatPercent(1, 1) : '0%'}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} />
            {wide ? <Table.Summary.Cell index={5} /> : null}
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}

function Headline({
  title,
  value,
  sub,
  to,
  tip,
  testId,
}: {
  title: string;
  value: string;
  sub?: string;
  to: string;
  tip: string;
  testId: string;
}) {
  return (
    <Tooltip title={tip}>
      <Link to={to} style={{ display: 'block', height: '100%' }} data-testid={testId}>
        <Card hoverable size="small" style={{ height: '100%' }}>
          <Typography.Text type="secondary" style={{ display: 'block', minHeight: 44 }}>
            {title}
          </Typography.Text>
          <div style={{ fontSize: 26, fontWeight: 600, lineHeight: 1.3, color: 'rgba(0,0,0,0.88)' }}>
            {value}
          </div>
          {sub ? <Typography.Text type="secondary">{sub}</Typography.Text> : null}
        </Card>
      </Link>
    </Tooltip>
  );
}

/** The sentence the provinces' articles use: "Tính đến ngày …, … có N người; trong đó …". */
function Narrative({ report }: { report: QualificationReport }) {
  const { t } = useTranslation();
  const part = (d: Dimension, l: string, exact = false) => {
    const n = exact ? (report.byDimension[d]?.[l] ?? 0) : atLeast(report, d, l);
    return `${formatNumber(n)} ${t('reports.qualifications.persons')} (${formatPercent(n, report.total)})`;
  };
  return (
    <Typography.Paragraph style={{ fontSize: 15, marginBottom: 0 }} data-testid="report-narrative">
      {t('reports.qualifications.narrative', {
        date: formatDate(report.asOf),
        unit: report.unit.code === '*' ? report.unit.name.toLowerCase() : report.unit.name,
        total: formatNumber(report.total),
        university: part('professional', 'dai_hoc'),
        postgraduate: part('professional', 'thac_si'),
        high: part('politicalTheory', 'cao_cap', true),
        middle: part('politicalTheory', 'trung_cap', true),
      })}
    </Typography.Paragraph>
  );
}

export default function QualificationReportPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const navigate = useNavigate();
  const [params, update] = useUrlState();
  const units = useAllUnits();
  const today = todayVn();
  const asOfParam = params.get('asOf');
  const asOf = asOfParam && isoDate.safeParse(asOfParam).success ? asOfParam : today;
  const nation = user.role === 'admin';
  const unit = params.get('unit') || (nation ? null : (user.scope[0]?.code ?? null));

  const report = useQuery({
    queryKey: ['reports', 'qualifications', unit, asOf],
    queryFn: ({ signal }) => api.reports.qualifications({ unit: unit ?? undefined, asOf }, signal),
    enabled: nation || unit !== null,
    placeholderData: keepPreviousData,
  });
  const r = report.data;
  const linksAreToday = asOf === today;
  const linkDate = linksAreToday ? undefined : asOf;
  const unitName =
    (unit ? units.data?.find((u) => u.code === unit)?.name : undefined) ??
    user.scope.find((s) => s.code === unit)?.name ??
    r?.unit.name;

  let body: ReactNode;
  if (!nation && unit === null) {
    body = <Empty description={t('reports.qualifications.pickUnit')} />;
  } else if (report.isError) {
    body = (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed')}
        description={errorMessage(report.error, t)}
        action={<Button onClick={() => void report.refetch()}>{t('common.retry')}</Button>}
      />
    );
  } else if (!r) {
    body = <Skeleton active paragraph={{ rows: 10 }} />;
  } else {
    body = (
      <Flex vertical gap={16}>
        <Card>
          <Flex vertical gap={4}>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="report-heading">
              {t('reports.qualifications.heading', { unit: r.unit.name })}
            </Typography.Title>
            <Typography.Text type="secondary" data-testid="report-asof">
              {t('reports.qualifications.asOfLine', { date: formatDate(r.asOf) })}
            </Typography.Text>
          </Flex>
          {r.total === 0 ? (
            <Empty
              style={{ marginTop: 16 }}
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('reports.qualifications.empty', { date: formatDate(r.asOf) })}
            />
          ) : (
            <div style={{ marginTop: 12 }}>
              <Narrative report={r} />
            </div>
          )}
        </Card>
        <Row gutter={[12, 12]}>
          <Col xs={12} md={8} xl={4}>
            <Headline
              testId="report-total"
              title={t('reports.qualifications.total')}
              value={formatNumber(r.total)}
              sub={t('reports.qualifications.persons')}
              to={peopleLink(r.unit.code, undefined, linkDate)}
              tip={t('reports.qualifications.totalHint')}
            />
          </Col>
          {HEADLINES.map((h) => {
            const n = atLeast(r, h.dimension, h.level);
            return (
              <Col key={h.key} xs={12} md={8} xl={4}>
                <Headline
                  testId={`report-headline-${h.key}`}
                  title={t(
                    `reports.qualifications.headlines.${h.key}` as 'reports.qualifications.headlines.university',
                  )}
                  value={formatNumber(n)}
                  sub={formatPercent(n, r.total)}
                  to={peopleLink(r.unit.code, `${h.dimension}:${h.level}`, linkDate)}
                  tip={t('reports.qualifications.linkHint', {
                    level: levelLabel(h.dimension, h.level),
                  })}
                />
              </Col>
            );
          })}
        </Row>
        {r.total === 0 ? null : (
          <Row gutter={[16, 16]}>
            {REPORT_ORDER.filter((d) => counted(r, d) > 0).map((d) => (
              <Col key={d} xs={24} xxl={12}>
                <DimensionTable report={r} dimension={d} unit={r.unit.code} linkDate={linkDate} />
              </Col>
            ))}
            {REPORT_ORDER.some((d) => counted(r, d) === 0) ? (
              <Col xs={24}>
                <Card size="small" title={t('reports.qualifications.emptyDimensions')}>
                  <Typography.Text type="secondary" data-testid="report-empty-dimensions">
                    {t('reports.qualifications.dimensionEmpty', {
                      dimensions: REPORT_ORDER.filter((d) => counted(r, d) === 0)
                        .map((d) => DIMENSION_LABELS[d])
                        .join(', '),
                      total: formatNumber(r.total),
                    })}
                  </Typography.Text>
                </Card>
              </Col>
            ) : null}
          </Row>
        )}
      </Flex>
    );
  }

  return (
    <>
      <PageHeader
        title={t('reports.qualifications.title')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            href={api.reports.qualificationsXlsxUrl({ unit: unit ?? undefined, asOf })}
            download
            disabled={!nation && unit === null}
          >
            {t('reports.qualifications.xlsx')}
          </Button>
        }
      >
        {t('reports.qualifications.intro')}
      </PageHeader>
      <Card styles={{ body: { padding: 16 } }} style={{ marginBottom: 16 }}>
        <Flex gap={16} wrap align="flex-end">
          <Flex vertical gap={4} style={{ flex: '1 1 320px', maxWidth: 480 }}>
            <Typography.Text type="secondary">{t('reports.qualifications.unit')}</Typography.Text>
            <UnitSelect
              value={unit}
              onChange={(v) => update({ unit: v })}
              known={unit && unitName ? [{ code: unit, name: unitName }] : []}
              allowClear={nation}
              placeholder={nation ? t('reports.qualifications.nation') : t('unitPicker.placeholder')}
              aria-label={t('reports.qualifications.unit')}
            />
          </Flex>
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">{t('reports.qualifications.asOf')}</Typography.Text>
            <DateInput
              value={asOf}
              onChange={(v) => update({ asOf: v && v !== today ? v : null })}
              allowClear={false}
              style={{ width: 160 }}
              aria-label={t('reports.qualifications.asOf')}
            />
          </Flex>
          <Button icon={<TeamOutlined />} onClick={() => navigate(peopleLink(unit, undefined, linkDate))}>
            {t('reports.qualifications.openPeople')}
          </Button>
        </Flex>
      </Card>
      {body}
    </>
  );
}
