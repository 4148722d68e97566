import {
  BarChartOutlined,
  FieldTimeOutlined,
  PlusOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Input,
  Row,
  Select,
  Table,
  type TableColumnsType,
  Tooltip,
  Typography,
} from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { TRAINING_MODE_LABELS } from '../../../core/catalog/enums';
import { hasPermission, useSessionUser } from '../../auth/AuthContext';
import { coursePath, paths } from '../../auth/paths';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitTreeSelect';
import { useAllUnits } from '../../components/unitOptions';
import { errorMessage } from '../../lib/errors';
import { foldText, formatNumber } from '../../lib/format';
import { todayVn } from '../../lib/records';
import { intParam, PAGE_SIZES, useUrlState } from '../../lib/urlState';
import { CourseCreateDrawer } from './CourseCreateDrawer';
import { useInstitutions, useProgrammes } from './catalogueQueries';
import { COURSE_FILTER_KEYS, courseFilters, yearOptions } from './courseFilters';
import { dateRange } from './courseRules';
import { COURSE_STATUSES, type CourseListItem, trainingApi, trainingKeys } from './trainingApi';
import { CourseStatusTag } from './trainingTags';

function Filter({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={4}>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {label}
      </Typography.Text>
      {children}
    </Flex>
  );
}

const searchable = (input: string, option?: { label?: unknown }) =>
  foldText(String(option?.label ?? '')).includes(foldText(input));

/** Các lớp đào tạo, bồi dưỡng: filters in the URL, one row per course. */
export default function CoursesPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const navigate = useNavigate();
  const canManage = hasPermission(user, 'courses.manage');
  const [params, update] = useUrlState();
  const filters = useMemo(() => courseFilters(params), [params]);
  const page = intParam(params, 'page', 1);
  const pageSize = intParam(params, 'pageSize', 50, 500);
  const [search, setSearch] = useState(filters.q ?? '');
  useEffect(() => setSearch(filters.q ?? ''), [filters.q]);
  const [creating, setCreating] = useState(false);

  const programmes = useProgrammes();
  const institutions = useInstitutions();
  const units = useAllUnits();
  const query = { ...filters, page, pageSize };
  const list = useQuery({
    queryKey: trainingKeys.courses(query),
    queryFn: ({ signal }) => trainingApi.courses(query, signal),
    placeholderData: keepPreviousData,
  });
  const filtered = COURSE_FILTER_KEYS.some((k) => params.has(k));
  const openToName = filters.openTo ? units.data?.find((u) => u.code === filters.openTo)?.name : undefined;
  const thisYear = Number(todayVn().slice(0, 4));

  const columns: TableColumnsType<CourseListItem> = [
    {
      title: t('common.stt'),
      key: 'stt',
      width: 56,
      align: 'center',
      render: (_v, _r, i) => formatNumber((page - 1) * pageSize + i + 1),
    },
    {
      title: t('training.list.code'),
      dataIndex: 'code',
      width: 170,
      render: (code: string) => (
        <Typography.Text type="secondary" style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
          {code}
        </Typography.Text>
      ),
    },
    {
      title: t('training.list.name'),
      key: 'name',
      minWidth: 220,
      render: (_v, r) => (
        <Link to={coursePath(r.id)} style={{ fontWeight: 500 }}>
          {r.name}
        </Link>
      ),
    },
    {
      title: t('training.list.programme'),
      key: 'programme',
      minWidth: 180,
      render: (_v, r) => r.programme.name,
    },
    {
      title: t('training.list.institution'),
      key: 'institution',
      minWidth: 160,
      render: (_v, r) => r.institution.name,
    },
    {
      title: t('training.list.period'),
      key: 'period',
      width: 200,
      render: (_v, r) => <span style={{ whiteSpace: 'nowrap' }}>{dateRange(r.startDate, r.endDate)}</span>,
    },
    {
      title: t('training.list.mode'),
      dataIndex: 'mode',
      width: 130,
      render: (m: CourseListItem['mode']) => TRAINING_MODE_LABELS[m] ?? m,
    },
    {
      title: t('training.list.place'),
      dataIndex: 'place',
      minWidth: 140,
      render: (p: string | null) => p ?? '—',
    },
    {
      title: (
        <Tooltip title={t('training.list.learnersHelp')}>
          <span>{t('training.list.learners')}</span>
        </Tooltip>
      ),
      key: 'learners',
      width: 120,
      align: 'right',
      render: (_v, r) => (
        <Flex vertical gap={0} align="flex-end">
          <span style={{ whiteSpace: 'nowrap' }}>
            {formatNumber(r.counts.enrolled + r.counts.completed)}/{formatNumber(r.capacity)}
          </span>
          {r.counts.waitlisted > 0 ? (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {t('training.list.waitlisted', { n: formatNumber(r.counts.waitlisted) })}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('training.list.status'),
      dataIndex: 'status',
      width: 150,
      render: (s: CourseListItem['status']) => <CourseStatusTag status={s} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('training.title')}
        extra={
          <>
            <Button icon={<SafetyCertificateOutlined />} onClick={() => navigate(paths.trainingCommitments)}>
              {t('training.commitments.link')}
            </Button>
            <Button icon={<TeamOutlined />} onClick={() => navigate(paths.trainingActivities)}>
              {t('training.activities.link')}
            </Button>
            <Button icon={<FieldTimeOutlined />} onClick={() => navigate(paths.trainingMinimum)}>
              {t('minimum.link')}
            </Button>
            {hasPermission(user, 'reports.read') ? (
              <Button icon={<BarChartOutlined />} onClick={() => navigate(paths.trainingReport)}>
                {t('training.report')}
              </Button>
            ) : null}
            {canManage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('training.newCourse')}
              </Button>
            ) : null}
          </>
        }
      >
        {t('training.intro')}
      </PageHeader>
      <Card styles={{ body: { padding: 16 } }} style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]} align="bottom">
          <Col xs={24} md={12} xl={6}>
            <Filter label={t('common.search')}>
              <Input.Search
                allowClear
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                onSearch={(v) => update({ q: v.trim() || null })}
                placeholder={t('training.list.search')}
                aria-label={t('training.list.search')}
              />
            </Filter>
          </Col>
          <Col xs={12} md={6} xl={3}>
            <Filter label={t('training.list.year')}>
              <Select
                allowClear
                value={filters.year}
                onChange={(v?: number) => update({ year: v ?? null })}
                placeholder={t('training.list.all')}
                options={yearOptions(thisYear).map((y) => ({ value: y, label: String(y) }))}
                aria-label={t('training.list.year')}
                style={{ width: '100%' }}
              />
            </Filter>
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Filter label={t('training.list.status')}>
              <Select
                allowClear
                value={filters.status}
                onChange={(v?: string) => update({ status: v ?? null })}
                placeholder={t('training.list.all')}
                options={COURSE_STATUSES.map((s) => ({ value: s, label: t(`training.status.${s}`) }))}
                aria-label={t('training.list.status')}
                style={{ width: '100%' }}
              />
            </Filter>
          </Col>
          <Col xs={24} md={12} xl={5}>
            <Filter label={t('training.list.programme')}>
              <Select
                allowClear
                showSearch={{ filterOption: searchable }}
                value={filters.programme}
                onChange={(v?: string) => update({ programme: v ?? null })}
                placeholder={t('training.list.all')}
                loading={programmes.isLoading}
                options={(programmes.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
                aria-label={t('training.list.programme')}
                style={{ width: '100%' }}
                popupMatchSelectWidth={false}
              />
            </Filter>
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Filter label={t('training.list.institution')}>
              <Select
                allowClear
                showSearch={{ filterOption: searchable }}
                value={filters.institution}
                onChange={(v?: string) => update({ institution: v ?? null })}
                placeholder={t('training.list.all')}
                loading={institutions.isLoading}
                options={(institutions.data ?? []).map((i) => ({ value: i.code, label: i.name }))}
                aria-label={t('training.list.institution')}
                style={{ width: '100%' }}
                popupMatchSelectWidth={false}
              />
            </Filter>
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Tooltip title={t('training.list.openToHelp')}>
              <div>
                <Filter label={t('training.list.openTo')}>
                  <UnitSelect
                    value={filters.openTo ?? null}
                    onChange={(v) => update({ openTo: v })}
                    known={filters.openTo && openToName ? [{ code: filters.openTo, name: openToName }] : []}
                    aria-label={t('training.list.openTo')}
                  />
                </Filter>
              </div>
            </Tooltip>
          </Col>
          {filtered ? (
            <Col>
              <Button
                onClick={() => update(Object.fromEntries(COURSE_FILTER_KEYS.map((k) => [k, null] as const)))}
              >
                {t('common.clearFilters')}
              </Button>
            </Col>
          ) : null}
        </Row>
      </Card>
      {list.isError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('common.loadFailed')}
          description={errorMessage(list.error, t)}
          action={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}
        />
      ) : null}
      <Card styles={{ body: { padding: 0 } }}>
        <Table<CourseListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1400 }}
          locale={{
            emptyText: (
              <Empty
                description={
                  <Flex vertical gap={4}>
                    <span>{t('training.list.empty')}</span>
                    <Typography.Text type="secondary">{t('training.list.emptyHint')}</Typography.Text>
                  </Flex>
                }
              />
            ),
          }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (n) => t('common.total', { n: formatNumber(n) }),
            onChange: (p, ps) => update({ page: p === 1 ? null : p, pageSize: ps === 50 ? null : ps }),
          }}
          onRow={(r) => ({ 'data-testid': `course-row-${r.code}` }) as React.HTMLAttributes<HTMLElement>}
        />
      </Card>
      {creating ? (
        <CourseCreateDrawer
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            navigate(coursePath(id));
          }}
        />
      ) : null}
    </>
  );
}
