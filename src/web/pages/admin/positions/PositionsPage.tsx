import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Grid,
  Input,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POSITION_GROUPS, type PositionGroup } from '../../../../core/catalog/enums';
import type { PositionView } from '../../../../core/contracts/positions';
import { foldVietnamese } from '../../../../core/text/fold';
import { api } from '../../../api/endpoints';
import { hasPermission, useSessionUser } from '../../../auth/AuthContext';
import { PageHeader } from '../../../components/PageHeader';
import { errorMessage } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { intParam, PAGE_SIZES, useUrlState } from '../../../lib/urlState';
import { PositionDrawer } from './PositionDrawer';
import {
  isPositionGroup,
  isPositionLevel,
  matchesSearch,
  POSITION_LEVELS,
  type PositionLevel,
  PositionStatusTag,
} from './positionDisplay';

const collator = new Intl.Collator('vi');
const MONO = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' };

/** Which drawer is open: none, the "add" form, or the editor of one post (by code). */
type Editing = { mode: 'create' } | { mode: 'edit'; code: string } | null;

export default function PositionsPage() {
  const { t } = useTranslation();
  const actor = useSessionUser();
  const canWrite = hasPermission(actor, 'positions.write');
  const [params, update] = useUrlState();
  const screens = Grid.useBreakpoint();

  const q = params.get('q') ?? '';
  const groupParam = params.get('group');
  const group = isPositionGroup(groupParam) ? groupParam : undefined;
  const levelParam = params.get('level');
  const level = isPositionLevel(levelParam) ? levelParam : undefined;
  const page = intParam(params, 'page', 1);
  const pageSize = intParam(params, 'pageSize', 50, 500);

  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);
  const [editing, setEditing] = useState<Editing>(null);

  // Same cache entry as the post pickers of the personnel forms: a saved change reaches both.
  const list = useQuery({
    queryKey: ['positions'],
    queryFn: ({ signal }) => api.positions.list(signal),
  });

  const filtered = q !== '' || group !== undefined || level !== undefined;
  const rows = useMemo(() => {
    const folded = foldVietnamese(q);
    return (list.data ?? []).filter(
      (p) =>
        (group === undefined || p.group === group) &&
        (level === undefined || p.level === level) &&
        matchesSearch(p, folded),
    );
  }, [list.data, q, group, level]);

  const editedPosition =
    editing?.mode === 'edit' ? (list.data ?? []).find((p) => p.code === editing.code) : undefined;

  const columns: TableColumnsType<PositionView> = [
    {
      title: t('common.stt'),
      key: 'stt',
      width: 60,
      align: 'center',
      render: (_v, _r, i) => formatNumber((page - 1) * pageSize + i + 1),
    },
    {
      title: t('positions.code'),
      dataIndex: 'code',
      sorter: (a, b) => collator.compare(a.code, b.code),
      render: (v: string) => <span style={{ ...MONO, fontSize: 13, whiteSpace: 'nowrap' }}>{v}</span>,
    },
    {
      title: t('positions.name'),
      dataIndex: 'name',
      sorter: (a, b) => collator.compare(a.name, b.name),
      // The column people read: it keeps its room when the others wrap.
      onCell: () => ({ style: { minWidth: 200 } }),
    },
    {
      title: t('positions.group'),
      dataIndex: 'group',
      onCell: () => ({ style: { minWidth: 110 } }),
      render: (g: PositionGroup) => t(`positions.groups.${g}`),
    },
    {
      title: t('positions.level'),
      dataIndex: 'level',
      onCell: () => ({ style: { minWidth: 120 } }),
      render: (l: PositionLevel) => t(`positions.levels.${l}`),
    },
    {
      title: t('positions.keyCadre'),
      dataIndex: 'keyCadre',
      width: 90,
      align: 'center',
      render: (k: boolean) =>
        k ? (
          <Tag color="red" style={{ marginInlineEnd: 0 }}>
            {t('positions.keyCadre')}
          </Tag>
        ) : null,
    },
    {
      title: t('positions.field'),
      dataIndex: 'field',
      onCell: () => ({ style: { minWidth: 110 } }),
      render: (v: string | null) =>
        v ? v : <Typography.Text type="secondary">{t('common.none')}</Typography.Text>,
    },
    {
      title: t('positions.status'),
      dataIndex: 'active',
      width: 120,
      render: (a: boolean) => <PositionStatusTag active={a} />,
    },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 70,
      align: 'center',
      render: (_v, r) => (
        <Tooltip title={t('common.edit')}>
          <Button
            type="text"
            icon={<EditOutlined />}
            aria-label={`${t('common.edit')} ${r.code}`}
            onClick={() => setEditing({ mode: 'edit', code: r.code })}
          />
        </Tooltip>
      ),
    });
  }

  return (
    <>
      <PageHeader
        title={t('positions.title')}
        extra={
          canWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
              {t('positions.create')}
            </Button>
          ) : null
        }
      >
        {t('positions.intro')}
      </PageHeader>
      <Card styles={{ body: { padding: 16 } }}>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => update({ q: v.trim() })}
            placeholder={t('positions.searchPlaceholder')}
            aria-label={t('positions.searchPlaceholder')}
            enterButton={t('common.search')}
            style={{ width: 400, maxWidth: '100%' }}
          />
          <Select<PositionGroup | ''>
            value={group ?? ''}
            onChange={(v) => update({ group: v })}
            aria-label={t('positions.groupFilter')}
            style={{ width: 220 }}
            options={[
              { value: '', label: t('positions.allGroups') },
              ...POSITION_GROUPS.map((g) => ({ value: g, label: t(`positions.groups.${g}`) })),
            ]}
          />
          <Select<PositionLevel | ''>
            value={level ?? ''}
            onChange={(v) => update({ level: v })}
            aria-label={t('positions.levelFilter')}
            style={{ width: 240 }}
            options={[
              { value: '', label: t('positions.allLevels') },
              ...POSITION_LEVELS.map((l) => ({ value: l, label: t(`positions.levels.${l}`) })),
            ]}
          />
          {filtered ? (
            <Button onClick={() => update({ q: null, group: null, level: null })}>
              {t('common.clearFilters')}
            </Button>
          ) : null}
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
        <Table<PositionView>
          rowKey="code"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={list.isFetching}
          scroll={screens.xl ? undefined : { x: 1100 }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  filtered
                    ? t('positions.empty')
                    : canWrite
                      ? t('positions.emptyNoFilter')
                      : t('positions.emptyReadOnly')
                }
              />
            ),
          }}
          pagination={{
            current: page,
            pageSize,
            total: rows.length,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (total) => t('common.total', { n: formatNumber(total) }),
            onChange: (p, ps) =>
              update({ page: p === 1 ? null : p, pageSize: ps === 50 ? null : ps }, { keepPage: true }),
          }}
        />
      </Card>
      {canWrite ? (
        <PositionDrawer
          open={editing !== null}
          position={editedPosition}
          creating={editing?.mode === 'create'}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
