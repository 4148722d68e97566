import { FileAddOutlined, PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { foldVietnamese } from '../../../../core/text/fold';
import { api } from '../../../api/endpoints';
import { hasPermission, useSessionUser } from '../../../auth/AuthContext';
import { paths } from '../../../auth/paths';
import { PageHeader } from '../../../components/PageHeader';
import { errorMessage } from '../../../lib/errors';
import { formatDate, formatNumber } from '../../../lib/format';
import { todayVn } from '../../../lib/records';
import { useUrlState } from '../../../lib/urlState';
import { type StandardSetDto, standardsApi, standardsKeys } from './catalogueApi';
import { matchesSearch, shownVersion, versionState } from './standardDisplay';
import { type Editing, VersionDrawer } from './VersionDrawer';
import { VersionTimeline } from './VersionTimeline';
import {
  AppliesToText,
  LegalBasisText,
  RequirementList,
  ValidityText,
  VersionStateTag,
} from './versionParts';

const collator = new Intl.Collator('vi');
const MONO = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' };

export default function StandardsCataloguePage() {
  const { t } = useTranslation();
  const actor = useSessionUser();
  const canWrite = hasPermission(actor, 'standards.write');
  const canReadPosts = hasPermission(actor, 'org.read');
  const canOpenPeople = hasPermission(actor, 'people.read');
  const [params, update] = useUrlState();
  const today = todayVn();

  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);
  const [expanded, setExpanded] = useState<readonly React.Key[]>([]);
  const [editing, setEditing] = useState<Editing | null>(null);

  const list = useQuery({
    queryKey: standardsKeys.list,
    queryFn: ({ signal }) => standardsApi.list(signal),
  });
  // Same cache entry as the posts catalogue and the personnel forms.
  const posts = useQuery({
    queryKey: ['positions'],
    queryFn: ({ signal }) => api.positions.list(signal),
    enabled: canReadPosts,
  });
  const nameOf = useMemo(() => new Map((posts.data ?? []).map((p) => [p.code, p.name])), [posts.data]);

  const sets = list.data?.items ?? [];
  const rows = useMemo(() => {
    const folded = foldVietnamese(q);
    return (list.data?.items ?? []).filter((s) => matchesSearch(s, folded, nameOf));
  }, [list.data, q, nameOf]);

  const toggle = (code: string) =>
    setExpanded((keys) => (keys.includes(code) ? keys.filter((k) => k !== code) : [...keys, code]));

  const columns: TableColumnsType<StandardSetDto> = [
    {
      title: t('standardsCatalogue.col.name'),
      dataIndex: 'name',
      sorter: (a, b) => collator.compare(a.name, b.name),
      width: 210,
      render: (name: string, s) => (
        <div>
          <Typography.Text strong>{name}</Typography.Text>
          <Typography.Text type="secondary" style={{ ...MONO, fontSize: 12, display: 'block' }}>
            {s.code}
          </Typography.Text>
          <div>
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto' }}
              aria-expanded={expanded.includes(s.code)}
              onClick={() => toggle(s.code)}
            >
              {expanded.includes(s.code)
                ? t('standardsCatalogue.hideVersions')
                : t('standardsCatalogue.showVersions', { n: s.versions.length })}
            </Button>
          </div>
        </div>
      ),
    },
    {
      title: t('standardsCatalogue.col.appliesTo'),
      key: 'appliesTo',
      width: 190,
      render: (_v, s) => {
        const v = shownVersion(s, today);
        return v ? <AppliesToText appliesTo={v.appliesTo} nameOf={nameOf} limit={4} /> : null;
      },
    },
    {
      title: t('standardsCatalogue.col.legalBasis'),
      key: 'legalBasis',
      width: 140,
      render: (_v, s) => {
        const v = shownVersion(s, today);
        if (!v) return null;
        return (
          <Tooltip title={v.legalBasis.title}>
            <span>
              <LegalBasisText basis={v.legalBasis} dateBelow />
            </span>
          </Tooltip>
        );
      },
    },
    {
      title: t('standardsCatalogue.col.validity'),
      key: 'validity',
      width: 130,
      render: (_v, s) => {
        const v = shownVersion(s, today);
        if (!v)
          return <Typography.Text type="secondary">{t('standardsCatalogue.noVersion')}</Typography.Text>;
        const state = versionState(v, today);
        const next = state === 'inForce' ? s.versions.find((x) => x.validFrom > today) : undefined;
        return (
          <Flex vertical gap={4} align="flex-start">
            <ValidityText version={v} />
            {state === 'inForce' ? null : <VersionStateTag state={state} />}
            {next ? (
              <Tag color="blue" style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
                {t('standardsCatalogue.nextFrom', { date: formatDate(next.validFrom) })}
              </Tag>
            ) : null}
          </Flex>
        );
      },
    },
    {
      title: t('standardsCatalogue.col.requirements'),
      key: 'requirements',
      render: (_v, s) => {
        const v = shownVersion(s, today);
        return v ? <RequirementList texts={v.requirementTexts} /> : null;
      },
    },
  ];
  if (canWrite)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      align: 'center',
      render: (_v, s) => (
        <Tooltip title={t('standardsCatalogue.addVersion')}>
          <Button
            type="text"
            icon={<FileAddOutlined />}
            aria-label={`${t('standardsCatalogue.addVersion')}: ${s.name}`}
            onClick={() => setEditing({ mode: 'addVersion', code: s.code })}
          />
        </Tooltip>
      ),
    });

  return (
    <>
      <PageHeader
        title={t('standardsCatalogue.title')}
        extra={
          <>
            <Link to={paths.standards}>
              <Button icon={<SafetyCertificateOutlined />}>{t('standardsCatalogue.toCompliance')}</Button>
            </Link>
            {canWrite ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing({ mode: 'createSet' })}
              >
                {t('standardsCatalogue.createSet')}
              </Button>
            ) : null}
          </>
        }
      >
        {t('standardsCatalogue.intro')}
      </PageHeader>
      <Card styles={{ body: { padding: 16 } }}>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => update({ q: v.trim() })}
            placeholder={t('standardsCatalogue.searchPlaceholder')}
            aria-label={t('standardsCatalogue.searchPlaceholder')}
            enterButton={t('common.search')}
            style={{ width: 440, maxWidth: '100%' }}
          />
          {q ? <Button onClick={() => update({ q: null })}>{t('common.clearFilters')}</Button> : null}
          <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }}>
            {t('standardsCatalogue.count', { n: formatNumber(rows.length) })}
          </Typography.Text>
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
        <Table<StandardSetDto>
          rowKey="code"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={list.isFetching}
          pagination={false}
          scroll={{ x: 1000 }}
          expandable={{
            expandedRowKeys: expanded,
            onExpandedRowsChange: (keys) => setExpanded(keys),
            expandedRowRender: (s) => (
              <VersionTimeline
                set={s}
                today={today}
                nameOf={nameOf}
                onAdd={canWrite ? () => setEditing({ mode: 'addVersion', code: s.code }) : null}
                onEdit={
                  canWrite ? (v) => setEditing({ mode: 'editVersion', code: s.code, versionId: v.id }) : null
                }
              />
            ),
          }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  q
                    ? t('standardsCatalogue.emptySearch')
                    : canWrite
                      ? t('standardsCatalogue.empty')
                      : t('standardsCatalogue.emptyReadOnly')
                }
              />
            ),
          }}
        />
      </Card>
      {canWrite ? (
        <VersionDrawer
          editing={editing}
          sets={sets}
          loading={list.isFetching}
          posts={posts.data ?? []}
          canOpenPeople={canOpenPeople}
          onClose={() => setEditing(null)}
          onSaved={(saved) =>
            setExpanded((keys) => (keys.includes(saved.code) ? keys : [...keys, saved.code]))
          }
        />
      ) : null}
    </>
  );
}
