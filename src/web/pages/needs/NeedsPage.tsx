import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Select,
  Skeleton,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSessionUser } from '../../auth/AuthContext';
import { personPath } from '../../auth/paths';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitTreeSelect';
import { useAllUnits } from '../../components/unitOptions';
import { errorMessage } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { intParam, PAGE_SIZES, useUrlState } from '../../lib/urlState';
import { type NeedItem, type NeedsPage as Needs, needsApi, needsKeys } from './needsApi';

type Summary = Needs['summary'][number];
const PRIORITY_COLORS = ['', 'red', 'orange', 'gold', 'blue'];

/** Nhu cầu đào tạo: who needs which programme by when, for a unit's subtree (issue 6 item 1). */
export default function NeedsPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [params, update] = useUrlState();
  const units = useAllUnits();
  const nation = user.role === 'admin';
  const unit = params.get('unit') || (nation ? null : (user.scope[0]?.code ?? null));
  const page = intParam(params, 'page', 1);
  const pageSize = intParam(params, 'pageSize', 50, 500);
  const rawPriority = intParam(params, 'priority', 0, 4);
  const priority = rawPriority >= 1 ? rawPriority : undefined;
  const q = { unit: unit ?? undefined, priority, page, pageSize };
  const enabled = nation || unit !== null;

  const list = useQuery({
    queryKey: needsKeys.list(q),
    queryFn: ({ signal }) => needsApi.list(q, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
  const r = list.data;
  const unitName =
    (unit ? units.data?.find((u) => u.code === unit)?.name : undefined) ??
    user.scope.find((s) => s.code === unit)?.name ??
    r?.unit.name;
  const priorityText = (p: number) => t(`needs.priorities.p${p as 1}`, { defaultValue: String(p) });

  const summaryColumns: TableColumnsType<Summary> = [
    {
      title: t('needs.programme'),
      key: 'programme',
      render: (_v, s) =>
        s.programme ? (
          `${s.programme.name} (${s.programme.code})`
        ) : (
          <Typography.Text type="secondary">{t('needs.noProgramme')}</Typography.Text>
        ),
    },
    {
      title: t('needs.people'),
      dataIndex: 'people',
      width: 120,
      align: 'right',
      render: (n: number) => formatNumber(n),
    },
  ];

  const columns: TableColumnsType<NeedItem> = [
    {
      title: t('needs.priority'),
      dataIndex: 'priority',
      width: 200,
      render: (p: number) => <Tag color={PRIORITY_COLORS[p]}>{priorityText(p)}</Tag>,
    },
    {
      title: t('needs.person'),
      key: 'person',
      minWidth: 180,
      render: (_v, i) => <Link to={personPath(i.person.id)}>{i.person.fullName}</Link>,
    },
    {
      title: t('needs.position'),
      key: 'position',
      minWidth: 200,
      render: (_v, i) => (
        <Flex vertical>
          <span>
            {i.position.name} {i.keyCadre ? <Tag>{t('needs.keyCadre')}</Tag> : null}
          </span>
          <Typography.Text type="secondary">{i.unit.name}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('needs.requirement'),
      key: 'requirement',
      minWidth: 220,
      render: (_v, i) => (
        <Flex vertical>
          <span>{i.requirement}</span>
          <Typography.Text type="secondary">{i.legalBasis.number}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('needs.programme'),
      key: 'programme',
      minWidth: 200,
      render: (_v, i) =>
        i.programme ? (
          i.programme.name
        ) : (
          <Typography.Text type="secondary">{t('needs.noProgramme')}</Typography.Text>
        ),
    },
    {
      title: t('needs.deadline'),
      dataIndex: 'deadline',
      width: 120,
      render: (d: string | null) =>
        d ? formatDate(d) : <Typography.Text type="danger">{t('needs.now')}</Typography.Text>,
    },
  ];

  let body: ReactNode;
  if (!enabled) body = <Empty description={t('needs.pickUnit')} />;
  else if (list.isError)
    body = (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed')}
        description={errorMessage(list.error, t)}
        action={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}
      />
    );
  else if (!r) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else
    body = (
      <Flex vertical gap={16}>
        <Card title={t('needs.summaryTitle')}>
          <Table<Summary>
            rowKey={(s) => s.programme?.code ?? ''}
            size="small"
            bordered
            columns={summaryColumns}
            dataSource={r.summary}
            pagination={false}
            locale={{ emptyText: <Empty description={t('needs.empty')} /> }}
          />
        </Card>
        <Card title={t('needs.listTitle', { count: r.total })}>
          <Table<NeedItem>
            rowKey={(i) => `${i.person.id}:${i.programme?.code ?? i.requirement}:${i.position.code}`}
            size="small"
            loading={list.isFetching}
            columns={columns}
            dataSource={r.items}
            scroll={{ x: 1100 }}
            locale={{ emptyText: <Empty description={t('needs.empty')} /> }}
            pagination={{
              current: page,
              pageSize,
              total: r.total,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (n) => t('common.total', { n: formatNumber(n) }),
              onChange: (p, ps) => update({ page: p === 1 ? null : p, pageSize: ps === 50 ? null : ps }),
            }}
          />
        </Card>
      </Flex>
    );

  return (
    <>
      <PageHeader
        title={t('needs.title')}
        extra={
          <Button icon={<DownloadOutlined />} href={needsApi.xlsxUrl(q)} download disabled={!enabled}>
            {t('needs.xlsx')}
          </Button>
        }
      >
        {t('needs.intro')}
      </PageHeader>
      <Card styles={{ body: { padding: 16 } }} style={{ marginBottom: 16 }}>
        <Flex gap={16} wrap align="flex-end">
          <Flex vertical gap={4} style={{ flex: '1 1 320px', maxWidth: 480 }}>
            <Typography.Text type="secondary">{t('needs.unit')}</Typography.Text>
            <UnitSelect
              value={unit}
              onChange={(v) => update({ unit: v })}
              known={unit && unitName ? [{ code: unit, name: unitName }] : []}
              allowClear={nation}
              placeholder={nation ? t('needs.nation') : t('unitPicker.placeholder')}
              aria-label={t('needs.unit')}
            />
          </Flex>
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">{t('needs.priority')}</Typography.Text>
            <Select<number>
              style={{ width: 260 }}
              value={priority ?? 0}
              onChange={(v) => update({ priority: v || null })}
              aria-label={t('needs.priority')}
              options={[
                { value: 0, label: t('needs.allPriorities') },
                ...[1, 2, 3, 4].map((p) => ({ value: p, label: priorityText(p) })),
              ]}
            />
          </Flex>
        </Flex>
      </Card>
      {body}
    </>
  );
}
