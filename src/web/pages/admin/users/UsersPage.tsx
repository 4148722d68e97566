import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Grid,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../core/contracts/users';
import { ROLE_LABELS, ROLES, type Role } from '../../../../core/roles';
import { api } from '../../../api/endpoints';
import { hasPermission, useSessionUser } from '../../../auth/AuthContext';
import { PageHeader } from '../../../components/PageHeader';
import { useLang } from '../../../i18n';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { intParam, PAGE_SIZES, useUrlState } from '../../../lib/urlState';
import { ResetPasswordButton } from './ResetPasswordButton';
import { UserCreateDrawer } from './UserCreateDrawer';
import { UserEditDrawer } from './UserEditDrawer';
import { ScopeCell, UserStatusTag } from './userDisplay';

function isRole(v: string | null): v is Role {
  return v !== null && (ROLES as readonly string[]).includes(v);
}

export default function UsersPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const actor = useSessionUser();
  const canWrite = hasPermission(actor, 'users.write');
  const [params, update] = useUrlState();
  const screens = Grid.useBreakpoint();

  const q = params.get('q') ?? '';
  const roleParam = params.get('role');
  const role = isRole(roleParam) ? roleParam : undefined;
  const page = intParam(params, 'page', 1);
  const pageSize = intParam(params, 'pageSize', 50, 500);

  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);

  const list = useQuery({
    queryKey: ['users', 'list', { q, role, page, pageSize }],
    queryFn: ({ signal }) => api.users.list({ q: q || undefined, role, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });

  const filtered = q !== '' || role !== undefined;

  const columns: TableColumnsType<UserView> = [
    {
      title: t('common.stt'),
      key: 'stt',
      width: 60,
      align: 'center',
      render: (_v, _r, i) => formatNumber((page - 1) * pageSize + i + 1),
    },
    {
      title: t('users.username'),
      dataIndex: 'username',
      render: (v: string, r) => (
        <Space size={4} wrap>
          <span style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' }}>{v}</span>
          {r.id === actor.id ? <Tag color="blue">{t('users.you')}</Tag> : null}
        </Space>
      ),
    },
    { title: t('users.displayName'), dataIndex: 'displayName' },
    {
      title: t('users.email'),
      dataIndex: 'email',
      // Wide screens only: the address matters less than role and scope when space is short.
      responsive: ['xl'],
      ellipsis: true,
      render: (v: string | null) =>
        v ?? <Typography.Text type="secondary">{t('common.none')}</Typography.Text>,
    },
    { title: t('users.role'), dataIndex: 'role', render: (r: Role) => ROLE_LABELS[r][lang] },
    { title: t('users.scope'), key: 'scope', render: (_v, r) => <ScopeCell user={r} /> },
    { title: t('users.status'), key: 'status', width: 130, render: (_v, r) => <UserStatusTag user={r} /> },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 150,
      render: (v: string | null) =>
        v ? (
          <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span>
        ) : (
          <Typography.Text type="secondary">{t('users.neverLoggedIn')}</Typography.Text>
        ),
    },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      align: 'center',
      render: (_v, r) => (
        <Space size={4}>
          <Tooltip title={t('common.edit')}>
            <Button
              type="text"
              icon={<EditOutlined />}
              aria-label={`${t('common.edit')} ${r.username}`}
              onClick={() => setEditing(r.id)}
            />
          </Tooltip>
          <ResetPasswordButton user={r} />
        </Space>
      ),
    });
  }

  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          canWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('users.create')}
            </Button>
          ) : null
        }
      />
      <Card styles={{ body: { padding: 16 } }}>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => update({ q: v.trim() })}
            placeholder={t('users.searchPlaceholder')}
            aria-label={t('users.searchPlaceholder')}
            enterButton={t('common.search')}
            style={{ width: 400, maxWidth: '100%' }}
          />
          <Select<Role | ''>
            value={role ?? ''}
            onChange={(v) => update({ role: v })}
            aria-label={t('users.roleFilter')}
            style={{ width: 220 }}
            options={[
              { value: '', label: t('users.allRoles') },
              ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] })),
            ]}
          />
          {filtered ? (
            <Button onClick={() => update({ q: null, role: null })}>{t('common.clearFilters')}</Button>
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
        <Table<UserView>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          // Wide screens lay the table out to fit; narrower ones scroll sideways.
          scroll={screens.xl ? undefined : { x: 1000 }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={filtered ? t('users.empty') : t('users.emptyNoFilter')}
              />
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
      {canWrite ? <UserCreateDrawer open={creating} onClose={() => setCreating(false)} /> : null}
      {canWrite ? <UserEditDrawer userId={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
