import { BookOutlined, DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Skeleton,
  Statistic,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { lazy, type ReactNode, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { POSITION_GROUP_LABELS } from '../../../../core/catalog/enums';
import type { ComplianceStatusKey } from '../../../../core/contracts/standards';
import { type ComplianceParams, type ComplianceReport, complianceApi } from '../../../api/compliance';
import { hasPermission, useSessionUser } from '../../../auth/AuthContext';
import { paths } from '../../../auth/paths';
import { PageHeader } from '../../../components/PageHeader';
import { useAllUnits } from '../../../components/unitOptions';
import { errorMessage } from '../../../lib/errors';
import { formatDate, formatNumber } from '../../../lib/format';
import { todayVn } from '../../../lib/records';
import { type ParamPatch, useUrlState } from '../../../lib/urlState';
import { ChildrenTable, StatusBar } from './ChildrenTable';
import { ComplianceFilters } from './ComplianceFilters';
import {
  filtersFromParams,
  formatRate,
  monthsFromParams,
  STATUS_HEX,
  sentenceValues,
  unitPath,
} from './complianceDisplay';
import { FallingOutTab } from './FallingOutTab';
import { GapPeopleTab } from './GapPeopleTab';

// The chart library loads only when the trend tab is opened.
const TrendTab = lazy(() => import('./TrendTab').then((m) => ({ default: m.TrendTab })));

const TABS = ['people', 'falling-out', 'trend'] as const;
type TabKey = (typeof TABS)[number];

const STAT_ORDER: { status: ComplianceStatusKey; key: 'meets' | 'inProgress' | 'gap' }[] = [
  { status: 'meets', key: 'meets' },
  { status: 'in_progress', key: 'inProgress' },
  { status: 'gap', key: 'gap' },
];

/** "Nhóm: Lãnh đạo, quản lý · Cán bộ chủ chốt · Khu vực III": the filters that narrow the figures. */
function FilterChips({ filters }: { filters: Omit<ComplianceParams, 'unit'> }) {
  const { t } = useTranslation();
  const chips: string[] = [];
  if (filters.group) chips.push(POSITION_GROUP_LABELS[filters.group]);
  if (filters.keyCadre === 'true') chips.push(t('compliance.filters.keyCadreYes'));
  if (filters.keyCadre === 'false') chips.push(t('compliance.filters.keyCadreNo'));
  if (filters.areaClass) chips.push(t('compliance.filters.area', { c: filters.areaClass }));
  if (chips.length === 0) return null;
  return (
    <Flex gap={4} wrap>
      {chips.map((c) => (
        <Tag key={c} color="blue" style={{ marginInlineEnd: 0 }}>
          {c}
        </Tag>
      ))}
    </Flex>
  );
}

function Summary({
  report,
  onStatus,
}: {
  report: ComplianceReport;
  onStatus: (s: ComplianceStatusKey) => void;
}) {
  const { t } = useTranslation();
  return (
    <Row gutter={[12, 12]}>
      {STAT_ORDER.map(({ status, key }) => (
        <Col key={status} xs={24} sm={8}>
          <Card
            hoverable
            size="small"
            style={{ height: '100%', borderTop: `3px solid ${STATUS_HEX[status]}` }}
            onClick={() => onStatus(status)}
            data-testid={`compliance-stat-${status}`}
          >
            <Statistic
              title={t(`compliance.status.${status}`)}
              value={formatNumber(report[key])}
              suffix={<span style={{ fontSize: 14 }}>{t('compliance.persons')}</span>}
              styles={{ content: { color: STATUS_HEX[status] } }}
            />
            <Typography.Text type="secondary">
              {t('compliance.shareOf', { rate: formatRate(report.total ? report[key] / report.total : 0) })}
              {' · '}
              {t('compliance.openList')}
            </Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export default function CompliancePage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const navigate = useNavigate();
  const [params, update] = useUrlState();
  const units = useAllUnits();
  const today = todayVn();
  const tabsRef = useRef<HTMLDivElement>(null);
  const filters = filtersFromParams(params);
  const asOf = filters.asOf ?? today;
  const nation = user.role === 'admin';
  const unit = params.get('unit') || (nation ? null : (user.scope[0]?.code ?? null));
  const query: ComplianceParams = { ...filters, unit: unit ?? undefined };
  const tabParam = params.get('tab');
  const tab: TabKey = (TABS as readonly string[]).includes(tabParam ?? '') ? (tabParam as TabKey) : 'people';
  const months = monthsFromParams(params);
  const narrowed =
    filters.group !== undefined || filters.keyCadre !== undefined || filters.areaClass !== undefined;

  const report = useQuery({
    queryKey: ['reports', 'compliance', 'summary', query],
    queryFn: ({ signal }) => complianceApi.report(query, signal),
    enabled: nation || unit !== null,
    placeholderData: keepPreviousData,
  });
  const r = report.data;
  const unitName =
    (unit ? units.data?.find((u) => u.code === unit)?.name : undefined) ??
    user.scope.find((s) => s.code === unit)?.name ??
    r?.unit.name;

  const drill = (patch: ParamPatch) => update({ ...patch, status: null });
  const openStatus = (s: ComplianceStatusKey) => {
    update({ tab: null, status: s === 'gap' ? null : s });
    tabsRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  const trail = unit ? unitPath(unit, units.data ?? []) : [];
  const crumbs: { title: ReactNode }[] = [];
  if (nation)
    crumbs.push({
      title: unit ? (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => drill({ unit: null })}>
          {t('compliance.filters.nationShort')}
        </Button>
      ) : (
        t('compliance.filters.nationShort')
      ),
    });
  trail.forEach((u, i) => {
    crumbs.push({
      title:
        i === trail.length - 1 ? (
          u.name
        ) : (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => drill({ unit: u.code })}>
            {u.name}
          </Button>
        ),
    });
  });

  let body: ReactNode;
  if (!nation && unit === null) {
    body = (
      <Card>
        <Empty description={t('compliance.pickUnit')} />
      </Card>
    );
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
          <Flex vertical gap={8}>
            <Flex vertical gap={2}>
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="compliance-heading">
                {t('compliance.heading', { unit: r.unit.name })}
              </Typography.Title>
              <Flex gap={8} wrap align="center">
                <Typography.Text type="secondary">
                  {t('compliance.asOfLine', { date: formatDate(r.asOf) })}
                </Typography.Text>
                <FilterChips filters={filters} />
              </Flex>
            </Flex>
            {r.total === 0 ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('compliance.empty', { date: formatDate(r.asOf) })}
              />
            ) : (
              <>
                <Typography.Text
                  style={{ fontSize: 26, fontWeight: 600, lineHeight: 1.3 }}
                  data-testid="compliance-sentence"
                >
                  {t('compliance.sentence', sentenceValues(r))}
                </Typography.Text>
                <div style={{ maxWidth: 720 }}>
                  <StatusBar counts={r} height={14} />
                </div>
              </>
            )}
          </Flex>
        </Card>
        {r.total === 0 ? null : <Summary report={r} onStatus={openStatus} />}
        {crumbs.length > 1 ? <Breadcrumb items={crumbs} /> : null}
        {r.children.length > 0 ? <ChildrenTable report={r} onDrill={(u) => drill({ unit: u.code })} /> : null}
        <div ref={tabsRef} style={{ scrollMarginTop: 16 }}>
          <Card styles={{ body: { paddingTop: 4 } }}>
            <Tabs
              activeKey={tab}
              onChange={(k) => update({ tab: k === 'people' ? null : k }, { keepPage: true })}
              items={[
                {
                  key: 'people',
                  label: t('compliance.tabs.people'),
                  children: <GapPeopleTab filters={query} params={params} update={update} />,
                },
                {
                  key: 'falling-out',
                  label: t('compliance.tabs.fallingOut'),
                  children: (
                    <FallingOutTab
                      unit={query.unit}
                      months={months}
                      filtered={narrowed || asOf !== today}
                      update={update}
                    />
                  ),
                },
                {
                  key: 'trend',
                  label: t('compliance.tabs.trend'),
                  children: (
                    <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
                      <TrendTab
                        filters={{
                          unit: query.unit,
                          group: query.group,
                          keyCadre: query.keyCadre,
                          areaClass: query.areaClass,
                        }}
                        currentYear={Number(today.slice(0, 4))}
                      />
                    </Suspense>
                  ),
                },
              ]}
            />
          </Card>
        </div>
      </Flex>
    );
  }

  return (
    <>
      <PageHeader
        title={t('compliance.title')}
        extra={
          <>
            {hasPermission(user, 'standards.read') ? (
              <Button icon={<BookOutlined />} onClick={() => navigate(paths.standardsCatalogue)}>
                {t('compliance.catalogue')}
              </Button>
            ) : null}
            <Button
              icon={<DownloadOutlined />}
              href={complianceApi.reportXlsxUrl(query)}
              download
              disabled={!nation && unit === null}
            >
              {t('compliance.xlsx')}
            </Button>
          </>
        }
      >
        {t('compliance.intro')}
      </PageHeader>
      <ComplianceFilters
        unit={unit}
        unitName={unitName}
        nation={nation}
        filters={filters}
        asOf={asOf}
        today={today}
        update={update}
      />
      {body}
    </>
  );
}
