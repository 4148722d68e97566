import { DownloadOutlined, PlusOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Cascader,
  Col,
  Empty,
  Flex,
  Grid,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  GENDER_LABELS,
  GENDERS,
  PERSON_CATEGORIES,
  PERSON_CATEGORY_LABELS,
  PERSON_STATUS_LABELS,
  PERSON_STATUSES,
} from '../../../core/catalog/enums';
import { ETHNICITIES } from '../../../core/catalog/ethnicities';
import { DIMENSION_LABELS, DIMENSIONS, LEVEL_LABELS, LEVELS } from '../../../core/catalog/levels';
import type { PersonListItem } from '../../../core/contracts/people';
import { api } from '../../api/endpoints';
import { hasPermission, useSessionUser } from '../../auth/AuthContext';
import { paths, personPath } from '../../auth/paths';
import { DateInput } from '../../components/DateInput';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitTreeSelect';
import { useAllUnits } from '../../components/unitOptions';
import { errorMessage } from '../../lib/errors';
import { foldText, formatDate, formatNumber } from '../../lib/format';
import { intParam, PAGE_SIZES, useUrlState } from '../../lib/urlState';
import { NominateFromPeopleModal } from '../training/NominateFromPeopleModal';
import { PersonCreateDrawer } from './PersonCreateDrawer';
import { oneOf, parseQualification, peopleFilters } from './peopleFilters';
import { PositionSelect } from './personForms';

const SORTS = ['name', '-name', 'birthDate', '-birthDate', 'unit'] as const;
type Sort = (typeof SORTS)[number];

const FILTERS = [
  'q',
  'unit',
  'category',
  'position',
  'keyCadre',
  'gender',
  'ethnicity',
  'partyMember',
  'ageMin',
  'ageMax',
  'qualification',
  'status',
  'asOf',
] as const;

interface CascaderOption {
  value: string;
  label: string;
  children?: CascaderOption[];
}

const qualificationOptions: CascaderOption[] = DIMENSIONS.map((d) => ({
  value: d,
  label: DIMENSION_LABELS[d],
  children: LEVELS[d].map((l) => ({ value: l, label: LEVEL_LABELS[d][l] ?? l })),
}));

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

/** Age range: typed freely, applied on Enter or when leaving the field. */
function AgeRange({
  min,
  max,
  onApply,
}: {
  min: number | undefined;
  max: number | undefined;
  onApply: (min: number | null, max: number | null) => void;
}) {
  const { t } = useTranslation();
  const [lo, setLo] = useState<number | null>(min ?? null);
  const [hi, setHi] = useState<number | null>(max ?? null);
  useEffect(() => setLo(min ?? null), [min]);
  useEffect(() => setHi(max ?? null), [max]);
  const apply = () => {
    if (lo !== (min ?? null) || hi !== (max ?? null)) onApply(lo, hi);
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <InputNumber
        min={16}
        max={100}
        precision={0}
        value={lo}
        onChange={(v) => setLo(typeof v === 'number' ? v : null)}
        onBlur={apply}
        onPressEnter={apply}
        placeholder={t('people.ageFrom')}
        aria-label={t('people.ageFrom')}
        style={{ width: '50%' }}
      />
      <InputNumber
        min={16}
        max={100}
        precision={0}
        value={hi}
        onChange={(v) => setHi(typeof v === 'number' ? v : null)}
        onBlur={apply}
        onPressEnter={apply}
        placeholder={t('people.ageTo')}
        aria-label={t('people.ageTo')}
        style={{ width: '50%' }}
      />
    </Space.Compact>
  );
}

export default function PeoplePage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const canWrite = hasPermission(user, 'people.write');
  const canNominate = hasPermission(user, 'training.nominate');
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [params, update] = useUrlState();
  const units = useAllUnits();

  const filters = useMemo(() => peopleFilters(params), [params]);
  const sort: Sort = oneOf(params.get('sort'), SORTS) ?? 'name';
  const page = intParam(params, 'page', 1);
  const pageSize = intParam(params, 'pageSize', 50, 500);

  const [search, setSearch] = useState(filters.q ?? '');
  useEffect(() => setSearch(filters.q ?? ''), [filters.q]);
  const [creating, setCreating] = useState(false);
  const [nominating, setNominating] = useState(false);

  const query = { ...filters, sort: sort === 'name' ? undefined : sort };
  const list = useQuery({
    queryKey: ['people', 'list', { ...query, page, pageSize }],
    queryFn: ({ signal }) => api.people.list({ ...query, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });

  const filtered = FILTERS.some((k) => params.has(k));
  const unitName = filters.unit ? units.data?.find((u) => u.code === filters.unit)?.name : undefined;
  const unitKind = filters.unit ? units.data?.find((u) => u.code === filters.unit)?.kind : undefined;
  const qualification = parseQualification(params.get('qualification'));

  const sortOrder = (key: 'name' | 'birthDate' | 'unit'): SortOrder =>
    sort === key ? 'ascend' : sort === `-${key}` ? 'descend' : null;

  const columns: TableColumnsType<PersonListItem> = [
    {
      title: t('common.stt'),
      key: 'stt',
      width: 64,
      align: 'center',
      render: (_v, _r, i) => formatNumber((page - 1) * pageSize + i + 1),
    },
    {
      title: t('person.fullName'),
      key: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      sortDirections: ['ascend', 'descend', 'ascend'],
      minWidth: 180,
      render: (_v, r) => (
        <Flex vertical gap={2} align="flex-start">
          <Link to={personPath(r.id)} style={{ fontWeight: 500 }}>
            {r.fullName}
          </Link>
          {r.keyCadre || r.status !== 'active' ? (
            <Flex gap={4} wrap>
              {r.keyCadre ? (
                <Tag color="red" style={{ marginInlineEnd: 0 }}>
                  {t('people.keyCadreTag')}
                </Tag>
              ) : null}
              {r.status !== 'active' ? (
                <Tag style={{ marginInlineEnd: 0 }}>{PERSON_STATUS_LABELS[r.status]}</Tag>
              ) : null}
            </Flex>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('person.birthDate'),
      dataIndex: 'birthDate',
      key: 'birthDate',
      width: 115,
      sorter: true,
      sortOrder: sortOrder('birthDate'),
      sortDirections: ['ascend', 'descend', 'ascend'],
      render: (d: string) => formatDate(d),
    },
    {
      title: t('person.gender'),
      dataIndex: 'gender',
      width: 95,
      render: (g: PersonListItem['gender']) => GENDER_LABELS[g],
    },
    {
      title: t('person.position'),
      key: 'position',
      minWidth: 180,
      render: (_v, r) => r.position?.name ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('person.unit'),
      key: 'unit',
      minWidth: 150,
      sorter: true,
      sortOrder: sort === 'unit' ? 'ascend' : null,
      sortDirections: ['ascend'],
      render: (_v, r) => r.unit?.name ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('person.category'),
      dataIndex: 'category',
      width: 110,
      render: (c: PersonListItem['category']) => PERSON_CATEGORY_LABELS[c],
    },
    {
      title: t('person.ethnicity'),
      dataIndex: 'ethnicity',
      width: 90,
      render: (e: string | null) => e ?? '—',
    },
    {
      title: t('people.partyMemberShort'),
      dataIndex: 'partyMember',
      width: 100,
      align: 'center',
      render: (m: boolean) => (m ? t('people.yes') : ''),
    },
  ];

  const exportHref = api.people.exportUrl(query);
  const yesNo = (yes: string, no: string) => [
    { value: '', label: t('people.all') },
    { value: 'true', label: yes },
    { value: 'false', label: no },
  ];

  return (
    <>
      <PageHeader
        title={t('people.title')}
        extra={
          <>
            <Tooltip title={t('people.exportHelp')}>
              <Button icon={<DownloadOutlined />} href={exportHref} download data-testid="people-export">
                {t('people.export')}
              </Button>
            </Tooltip>
            {canNominate ? (
              <Tooltip title={t('training.peopleNominate.help')}>
                <Button
                  icon={<SendOutlined />}
                  onClick={() => setNominating(true)}
                  data-testid="people-nominate"
                >
                  {t('training.peopleNominate.button')}
                </Button>
              </Tooltip>
            ) : null}
            {canWrite ? (
              <Button icon={<UploadOutlined />} onClick={() => navigate(paths.peopleImport)}>
                {t('people.import')}
              </Button>
            ) : null}
            {canWrite ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('people.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card styles={{ body: { padding: 16 } }}>
        <Flex vertical gap={12} style={{ marginBottom: 16 }}>
          <Flex gap={12} wrap>
            <Input.Search
              allowClear
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                if (e.target.value === '') update({ q: null });
              }}
              onSearch={(v) => update({ q: v.trim() || null })}
              placeholder={t('people.searchPlaceholder')}
              aria-label={t('people.searchPlaceholder')}
              enterButton={t('common.search')}
              style={{ flex: '1 1 360px', maxWidth: 520 }}
            />
            <UnitSelect
              value={filters.unit ?? null}
              onChange={(v) => update({ unit: v })}
              known={filters.unit && unitName ? [{ code: filters.unit, name: unitName }] : []}
              placeholder={t('people.unitFilter')}
              aria-label={t('people.unitFilter')}
              style={{ flex: '1 1 280px', maxWidth: 420 }}
            />
          </Flex>
          <Row gutter={[12, 12]}>
            <Col xs={12} md={8} xl={6} xxl={4}>
              <Filter label={t('person.category')}>
                <Select
                  value={filters.category ?? ''}
                  onChange={(v) => update({ category: v })}
                  aria-label={t('person.category')}
                  options={[
                    { value: '', label: t('people.all') },
                    ...PERSON_CATEGORIES.map((c) => ({ value: c, label: PERSON_CATEGORY_LABELS[c] })),
                  ]}
                />
              </Filter>
            </Col>
            <Col xs={12} md={8} xl={6} xxl={4}>
              <Filter label={t('person.position')}>
                <PositionSelect
                  unitKind={unitKind}
                  value={filters.position ?? null}
                  onChange={(v) => update({ position: v })}
                  allowClear
                  placeholder={t('people.all')}
                  aria-label={t('person.position')}
                />
              </Filter>
            </Col>
            <Col xs={12} md={8} xl={6} xxl={4}>
              <Filter label={t('people.keyCadre')}>
                <Select
                  value={filters.keyCadre ?? ''}
                  onChange={(v) => update({ keyCadre: v })}
                  aria-label={t('people.keyCadre')}
                  options={yesNo(t('people.keyCadreYes'), t('people.keyCadreNo'))}
                />
              </Filter>
            </Col>
            <Col xs={12} md={8} xl={6} xxl={4}>
              <Filter label={t('person.gender')}>
                <Select
                  value={filters.gender ?? ''}
                  onChange={(v) => update({ gender: v })}
                  aria-label={t('person.gender')}
                  options={[
                    { value: '', label: t('people.all') },
                    ...GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] })),
                  ]}
                />
              </Filter>
            </Col>
            <Col xs={12} md={8} xl={6} xxl={4}>
              <Filter label={t('person.ethnicity')}>
                <Select
                  value={filters.ethnicity ?? ''}
                  onChange={(v) => update({ ethnicity: v })}
                  aria-label={t('person.ethnicity')}
                  showSearch={{
                    filterOption: (input, option) =>
                      foldText(String(option?.label ?? '')).includes(foldText(input)),
                  }}
                  options={[
                    { value: '', label: t('people.all') },
                    { value: 'minority', label: t('people.minority') },
                    ...ETHNICITIES.map((e) => ({ value: e, label: e })),
                  ]}
                />
              </Filter>
            </Col>
            <Col xs={12} md={8} xl={6} xxl={4}>
              <Filter label={t('people.partyMember')}>
                <Select
                  value={filters.partyMember ?? ''}
                  onChange={(v) => update({ partyMember: v })}
                  aria-label={t('people.partyMember')}
                  options={yesNo(t('people.partyMemberYes'), t('people.partyMemberNo'))}
                />
              </Filter>
            </Col>
            <Col xs={12} md={8} xl={6} xxl={4}>
              <Filter label={t('people.age')}>
                <AgeRange
                  min={filters.ageMin}
                  max={filters.ageMax}
                  onApply={(min, max) => update({ ageMin: min, ageMax: max })}
                />
              </Filter>
            </Col>
            <Col xs={24} md={8} xl={6} xxl={4}>
              <Filter label={t('people.qualification')}>
                <Tooltip title={t('people.qualificationHelp')} placement="top">
                  <Cascader
                    value={qualification ? [...qualification] : undefined}
                    options={qualificationOptions}
                    onChange={(v) => update({ qualification: v && v.length === 2 ? v.join(':') : null })}
                    placeholder={t('people.qualificationPlaceholder')}
                    aria-label={t('people.qualification')}
                    displayRender={(labels) => t('people.atLeast', { level: labels.join(' – ') })}
                    allowClear
                    style={{ width: '100%' }}
                  />
                </Tooltip>
              </Filter>
            </Col>
            <Col xs={12} md={8} xl={6} xxl={4}>
              <Filter label={t('person.status')}>
                <Select
                  value={filters.status ?? ''}
                  onChange={(v) => update({ status: v })}
                  aria-label={t('person.status')}
                  options={[
                    { value: '', label: t('people.allStatuses') },
                    ...PERSON_STATUSES.map((s) => ({ value: s, label: PERSON_STATUS_LABELS[s] })),
                  ]}
                />
              </Filter>
            </Col>
            <Col xs={12} md={8} xl={6} xxl={4}>
              <Filter label={t('people.sort')}>
                <Select<Sort>
                  value={sort}
                  onChange={(v) => update({ sort: v === 'name' ? null : v })}
                  aria-label={t('people.sort')}
                  options={SORTS.map((s) => ({ value: s, label: t(`people.sorts.${s}`) }))}
                />
              </Filter>
            </Col>
            <Col xs={12} md={8} xl={6} xxl={4}>
              <Filter label={t('people.asOf')}>
                <DateInput value={filters.asOf ?? null} onChange={(v) => update({ asOf: v })} />
              </Filter>
            </Col>
            {filtered ? (
              <Col xs={24} md={8} xl={6} xxl={4} style={{ display: 'flex', alignItems: 'flex-end' }}>
                <Button onClick={() => update(Object.fromEntries(FILTERS.map((k) => [k, null])))}>
                  {t('common.clearFilters')}
                </Button>
              </Col>
            ) : null}
          </Row>
        </Flex>
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
        {filters.asOf ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('people.asOfNote', { date: formatDate(filters.asOf) })}
          />
        ) : null}
        <Table<PersonListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={screens.xl ? undefined : { x: 1050 }}
          onChange={(_p, _f, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const key = s?.columnKey;
            let next: Sort = 'name';
            if (s?.order && (key === 'name' || key === 'birthDate')) {
              next = s.order === 'descend' ? (`-${key}` as Sort) : key;
            } else if (s?.order && key === 'unit') next = 'unit';
            if (next !== sort) update({ sort: next === 'name' ? null : next });
          }}
          locale={{
            emptyText: list.isPending ? (
              <div style={{ height: 120 }} />
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  filtered
                    ? t('people.empty')
                    : canWrite
                      ? t('people.emptyCanWrite')
                      : t('people.emptyNoFilter')
                }
              >
                {filtered ? (
                  <Button onClick={() => update(Object.fromEntries(FILTERS.map((k) => [k, null])))}>
                    {t('common.clearFilters')}
                  </Button>
                ) : canWrite ? (
                  <Space>
                    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                      {t('people.create')}
                    </Button>
                    <Button icon={<UploadOutlined />} onClick={() => navigate(paths.peopleImport)}>
                      {t('people.import')}
                    </Button>
                  </Space>
                ) : null}
              </Empty>
            ),
          }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (total) => t('common.total', { n: formatNumber(total) }),
            onChange: (p, ps) =>
              update({ page: p === 1 ? null : p, pageSize: ps === 50 ? null : ps }, { keepPage: true }),
          }}
        />
      </Card>
      {nominating ? (
        <NominateFromPeopleModal
          filters={filters}
          total={list.data?.total ?? null}
          unitName={unitName}
          onClose={() => setNominating(false)}
        />
      ) : null}
      {canWrite ? (
        <PersonCreateDrawer
          open={creating}
          onClose={() => setCreating(false)}
          unit={filters.unit && unitName ? { code: filters.unit, name: unitName } : null}
        />
      ) : null}
    </>
  );
}
