import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type RoleView } from '../../../api/endpoints';
import { PageHeader } from '../../../components/PageHeader';
import { useLang } from '../../../i18n';
import { errorMessage } from '../../../lib/errors';

export default function RolesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const roles = useQuery({ queryKey: ['roles'], queryFn: api.roles.list, staleTime: 5 * 60_000 });

  const columns: TableColumnsType<RoleView> = [
    { title: t('common.stt'), key: 'stt', width: 64, align: 'center', render: (_v, _r, i) => i + 1 },
    {
      title: t('roles.role'),
      key: 'name',
      width: 260,
      render: (_v, r) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{lang === 'vi' ? r.name : r.nameEn}</Typography.Text>
          <Typography.Text type="secondary" code style={{ width: 'fit-content' }}>
            {r.role}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('roles.permissions'),
      key: 'permissions',
      render: (_v, r) =>
        r.permissions.length === 0 ? (
          <Typography.Text type="secondary">{t('roles.noPermissions')}</Typography.Text>
        ) : (
          <Flex gap={6} wrap>
            {r.permissions.map((p) => (
              <Tag key={p.key} title={p.key} color="blue">
                {lang === 'vi' ? p.name : p.nameEn}
              </Tag>
            ))}
          </Flex>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('roles.title')}>{t('roles.intro')}</PageHeader>
      <Card styles={{ body: { padding: 16 } }}>
        {roles.isError ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('common.loadFailed')}
            description={errorMessage(roles.error, t)}
            action={<Button onClick={() => void roles.refetch()}>{t('common.retry')}</Button>}
          />
        ) : null}
        <Table<RoleView>
          rowKey="role"
          columns={columns}
          dataSource={roles.data ?? []}
          loading={roles.isLoading}
          pagination={false}
          scroll={{ x: 720 }}
        />
      </Card>
    </>
  );
}
