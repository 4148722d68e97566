import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Form,
  Grid,
  Input,
  Row,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditView } from '../../../../core/contracts/audit';
import { isoDate } from '../../../../core/contracts/common';
import { api } from '../../../api/endpoints';
import { PageHeader } from '../../../components/PageHeader';
import { useLang } from '../../../i18n';
import { errorMessage } from '../../../lib/errors';
import { DATE_INPUT_FORMATS, formatDateTime, formatNumber } from '../../../lib/format';
import { intParam, PAGE_SIZES, useUrlState } from '../../../lib/urlState';
import { actionLabel, entityLabel } from './auditActions';

const TEXT_FILTERS = ['actor', 'action', 'entity', 'entityId'] as const;

/** Text filters share the first row evenly and wrap on narrow screens. */
const FILTER_ITEM = { flex: '1 1 180px', minWidth: 0 } as const;

interface FilterValues {
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

function dateParam(params: URLSearchParams, name: string): string | undefined {
  const v = params.get(name);
  return v && isoDate.safeParse(v).success ? v : undefined;
}

/** A readable name above the machine code it stands for (the code is what the filters take). */
function CodeLabel({ code, label }: { code: string; label: string | undefined }) {
  return (
    <Flex vertical gap={0} align="flex-start">
      {label ? <span>{label}</span> : null}
      <Typography.Text
        type={label ? 'secondary' : undefined}
        style={{ fontSize: label ? 12 : undefined }}
        code
      >
        {code}
      </Typography.Text>
    </Flex>
  );
}

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  const { t } = useTranslation();
  const empty = value === null || value === undefined;
  return (
    <div style={{ minWidth: 0 }}>
      <Typography.Text strong>{title}</Typography.Text>
      {empty ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('audit.noValue')}
        </Typography.Paragraph>
      ) : (
        <pre
          style={{
            marginTop: 8,
            padding: 12,
            background: '#fafafa',
            border: '1px solid #f0f0f0',
            borderRadius: 6,
            maxHeight: 360,
            overflow: 'auto',
            fontSize: 12,
            whiteSpace: 'pre-wrap',
            wordBreak: 'break-word',
          }}
        >
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </div>
  );
}

export default function AuditPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, update] = useUrlState();
  const [form] = Form.useForm<FilterValues>();
  const screens = Grid.useBreakpoint();

  const filters = {
    actor: params.get('actor') ?? undefined,
    action: params.get('action') ?? undefined,
    entity: params.get('entity') ?? undefined,
    entityId: params.get('entityId') ?? undefined,
    from: dateParam(params, 'from'),
    to: dateParam(params, 'to'),
  };
  const page = intParam(params, 'page', 1);
  const pageSize = intParam(params, 'pageSize', 50, 500);
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== '');

  const list = useQuery({
    queryKey: ['audit', { ...filters, page, pageSize }],
    queryFn: ({ signal }) => api.audit.list({ ...filters, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });

  const initialValues: FilterValues = {
    actor: filters.actor,
    action: filters.action,
    entity: filters.entity,
    entityId: filters.entityId,
    period:
      filters.from || filters.to
        ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]
        : null,
  };

  const apply = (v: FilterValues) => {
    const patch: Record<string, string | null> = {};
    for (const k of TEXT_FILTERS) patch[k] = v[k]?.trim() || null;
    patch.from = v.period?.[0]?.format('YYYY-MM-DD') ?? null;
    patch.to = v.period?.[1]?.format('YYYY-MM-DD') ?? null;
    update(patch);
  };

  const columns: TableColumnsType<AuditView> = [
    {
      title: t('common.stt'),
      key: 'stt',
      width: 64,
      align: 'center',
      render: (_v, _r, i) => formatNumber((page - 1) * pageSize + i + 1),
    },
    { title: t('audit.at'), dataIndex: 'at', width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: t('audit.actor'),
      dataIndex: 'actorUsername',
      width: 140,
      render: (v: string | null) =>
        v ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 210,
      render: (v: string) => <CodeLabel code={v} label={actionLabel(v, lang)} />,
    },
    {
      title: t('audit.entity'),
      dataIndex: 'entity',
      width: 130,
      render: (v: string) => <CodeLabel code={v} label={entityLabel(v, lang)} />,
    },
    {
      title: t('audit.entityId'),
      dataIndex: 'entityId',
      width: 120,
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('audit.ip'),
      dataIndex: 'ip',
      width: 140,
      render: (v: string | null) => v ?? t('common.none'),
    },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <Card styles={{ body: { padding: 16 } }}>
        <Form<FilterValues>
          key={params.toString()}
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={apply}
        >
          <Flex gap={12} wrap>
            <Form.Item name="actor" label={t('audit.actor')} style={FILTER_ITEM}>
              <Input allowClear placeholder={t('audit.actorPlaceholder')} />
            </Form.Item>
            <Form.Item name="action" label={t('audit.action')} style={FILTER_ITEM}>
              <Input allowClear placeholder={t('audit.actionPlaceholder')} />
            </Form.Item>
            <Form.Item name="entity" label={t('audit.entity')} style={FILTER_ITEM}>
              <Input allowClear placeholder={t('audit.entityPlaceholder')} />
            </Form.Item>
            <Form.Item name="entityId" label={t('audit.entityId')} style={FILTER_ITEM}>
              <Input allowClear placeholder={t('audit.entityIdPlaceholder')} />
            </Form.Item>
          </Flex>
          <Flex gap={12} wrap align="flex-end">
            <Form.Item name="period" label={t('audit.period')} style={{ width: 280, maxWidth: '100%' }}>
              <DatePicker.RangePicker
                format={DATE_INPUT_FORMATS}
                allowEmpty={[true, true]}
                placeholder={[t('audit.fromDate'), t('audit.toDate')]}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item>
              <Flex gap={8}>
                <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                  {t('common.apply')}
                </Button>
                {filtered ? (
                  <Button
                    onClick={() =>
                      update({
                        actor: null,
                        action: null,
                        entity: null,
                        entityId: null,
                        from: null,
                        to: null,
                      })
                    }
                  >
                    {t('common.clearFilters')}
                  </Button>
                ) : null}
              </Flex>
            </Form.Item>
          </Flex>
        </Form>
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
        <Table<AuditView>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          // Wide screens lay the table out to fit; narrower ones scroll sideways.
          scroll={screens.xl ? undefined : { x: 960 }}
          expandable={{
            expandedRowRender: (r) => (
              <Flex vertical gap={8}>
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <JsonBlock title={t('audit.before')} value={r.before} />
                  </Col>
                  <Col xs={24} md={12}>
                    <JsonBlock title={t('audit.after')} value={r.after} />
                  </Col>
                </Row>
                {r.requestId ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('audit.requestId')}: <Typography.Text code>{r.requestId}</Typography.Text>
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
          }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.empty')} />,
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
    </>
  );
}
