import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Popconfirm,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TokenView, tokenCreateBody } from '../../../core/contracts/auth';
import { api } from '../../api/endpoints';
import { OneTimeSecret } from '../../components/OneTimeSecret';
import { PageHeader } from '../../components/PageHeader';
import { applyFieldErrors, errorMessage, useShowError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { parseForm, zodRules } from '../../lib/zodForm';

function pick(v: Record<string, unknown>): Record<string, unknown> {
  return { name: v.name ?? '' };
}

export default function TokensPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string }>();
  const rule = zodRules(tokenCreateBody, form, pick);
  const [secret, setSecret] = useState<string | null>(null);

  const tokens = useQuery({ queryKey: ['tokens'], queryFn: api.auth.tokens });

  const create = useMutation({
    mutationFn: api.auth.createToken,
    onSuccess: async (res) => {
      setSecret(res.token);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['tokens'] });
    },
    onError: (e) => {
      if (!applyFieldErrors(form, e, ['name'])) showError(e);
    },
  });

  const revoke = useMutation({
    mutationFn: api.auth.revokeToken,
    onSuccess: async () => {
      void message.success(t('tokens.revoked'));
      await queryClient.invalidateQueries({ queryKey: ['tokens'] });
    },
    onError: (e) => showError(e),
  });

  const submit = () => {
    const body = parseForm(tokenCreateBody, form, pick(form.getFieldsValue(true) as Record<string, unknown>));
    if (body) create.mutate(body.name);
  };

  const columns: TableColumnsType<TokenView> = [
    { title: t('common.stt'), key: 'stt', width: 64, align: 'center', render: (_v, _r, i) => i + 1 },
    { title: t('tokens.name'), dataIndex: 'name' },
    {
      title: t('tokens.createdAt'),
      dataIndex: 'createdAt',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('tokens.lastUsedAt'),
      dataIndex: 'lastUsedAt',
      width: 150,
      render: (v: string | null) =>
        v ? formatDateTime(v) : <Typography.Text type="secondary">{t('tokens.neverUsed')}</Typography.Text>,
    },
    {
      title: t('tokens.status'),
      key: 'status',
      width: 220,
      render: (_v, r) =>
        r.revokedAt ? (
          <Tag>{t('tokens.revokedAt', { at: formatDateTime(r.revokedAt) })}</Tag>
        ) : (
          <Tag color="green">{t('tokens.active')}</Tag>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_v, r) =>
        r.revokedAt ? null : (
          <Popconfirm
            title={t('tokens.revoke')}
            description={<div style={{ maxWidth: 320 }}>{t('tokens.revokeConfirm', { name: r.name })}</div>}
            okText={t('tokens.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => revoke.mutateAsync(r.id).catch(() => undefined)}
          >
            <Button type="link" danger size="small" icon={<StopOutlined />} style={{ padding: 0 }}>
              {t('tokens.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('tokens.title')}>{t('tokens.intro')}</PageHeader>
      <Card style={{ marginBottom: 16 }} styles={{ body: { padding: 16 } }}>
        <Form form={form} name="tokenCreate" layout="vertical" initialValues={{ name: '' }} onFinish={submit}>
          <Flex gap={8} align="flex-start" wrap>
            <Form.Item
              name="name"
              label={t('tokens.name')}
              rules={[rule('name')]}
              validateTrigger="onBlur"
              style={{ flex: 1, minWidth: 280, maxWidth: 520, marginBottom: 0 }}
            >
              <Input placeholder={t('tokens.namePlaceholder')} autoComplete="off" />
            </Form.Item>
            <Form.Item label=" " colon={false} style={{ marginBottom: 0 }}>
              <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={create.isPending}>
                {t('tokens.create')}
              </Button>
            </Form.Item>
          </Flex>
        </Form>
      </Card>
      <Card styles={{ body: { padding: 16 } }}>
        {tokens.isError ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('common.loadFailed')}
            description={errorMessage(tokens.error, t)}
          />
        ) : null}
        <Table<TokenView>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={tokens.data ?? []}
          loading={tokens.isLoading}
          pagination={false}
          scroll={{ x: 800 }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tokens.empty')} />,
          }}
        />
      </Card>
      <OneTimeSecret
        open={secret !== null}
        title={t('tokens.createdTitle')}
        warning={t('tokens.createdWarning')}
        secret={secret ?? ''}
        onClose={() => setSecret(null)}
      />
    </>
  );
}
