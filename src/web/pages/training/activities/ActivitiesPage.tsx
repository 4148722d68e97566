import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { hasPermission, useSessionUser } from '../../../auth/AuthContext';
import { paths, personPath } from '../../../auth/paths';
import { DateInput } from '../../../components/DateInput';
import { PageHeader } from '../../../components/PageHeader';
import { UnitSelect } from '../../../components/UnitTreeSelect';
import { useAllUnits } from '../../../components/unitOptions';
import { errorMessage } from '../../../lib/errors';
import { formatDate, formatNumber } from '../../../lib/format';
import { todayVn } from '../../../lib/records';
import { useUrlState } from '../../../lib/urlState';
import { ActivityDrawer } from './ActivityDrawer';
import { type ActivityItem, activitiesApi, activityKeys } from './activitiesApi';
import { activityFilters, activityTotals } from './activityRules';

function Filter({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={4}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      {children}
    </Flex>
  );
}

/** Hoạt động bồi dưỡng khác: coaching, guidance visits and onboarding of a subtree in a period. */
export default function ActivitiesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSessionUser();
  const canRecord = hasPermission(user, 'training.nominate');
  const [params, update] = useUrlState();
  const units = useAllUnits();
  const today = todayVn();
  const filters = useMemo(() => activityFilters(params, today), [params, today]);
  const unitName = filters.unit ? units.data?.find((u) => u.code === filters.unit)?.name : undefined;
  const badPeriod = filters.from > filters.to;
  const [adding, setAdding] = useState(false);

  const list = useQuery({
    queryKey: activityKeys.list(filters),
    queryFn: ({ signal }) => activitiesApi.list(filters, signal),
    enabled: !badPeriod,
    placeholderData: keepPreviousData,
  });
  const items = list.data?.items ?? [];
  const totals = activityTotals(items);

  const columns: TableColumnsType<ActivityItem> = [
    {
      title: t('common.stt'),
      key: 'stt',
      width: 56,
      align: 'center',
      render: (_v, _r, i) => formatNumber(i + 1),
    },
    {
      title: t('training.activities.date'),
      dataIndex: 'date',
      width: 110,
      render: (d: string) => formatDate(d),
    },
    {
      title: t('training.activities.kind'),
      dataIndex: 'kind',
      width: 200,
      render: (k: ActivityItem['kind']) => t(`training.activityKind.${k}`),
    },
    {
      title: t('training.activities.title'),
      key: 'title',
      minWidth: 240,
      render: (_v, r) => (
        <Flex vertical gap={0}>
          <span>{r.title}</span>
          {r.note ? (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {r.note}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { title: t('training.activities.unit'), key: 'unit', minWidth: 180, render: (_v, r) => r.unit.name },
    {
      title: t('training.activities.person'),
      key: 'person',
      minWidth: 160,
      render: (_v, r) => (r.person ? <Link to={personPath(r.person.id)}>{r.person.fullName}</Link> : '—'),
    },
    {
      title: t('training.activities.hours'),
      dataIndex: 'hours',
      width: 90,
      align: 'right',
      render: (n: number) => formatNumber(n),
    },
    {
      title: t('training.activities.participants'),
      dataIndex: 'participants',
      width: 120,
      align: 'right',
      render: (n: number) => formatNumber(n),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('training.activities.pageTitle')}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(paths.training)}>
              {t('training.commitments.back')}
            </Button>
            {canRecord ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {t('training.activities.add')}
              </Button>
            ) : null}
          </>
        }
      >
        {t('training.activities.intro')}
      </PageHeader>
      <Card styles={{ body: { padding: 16 } }} style={{ marginBottom: 16 }}>
        <Flex gap={16} wrap align="flex-end">
          <div style={{ flex: '1 1 320px', maxWidth: 480 }}>
            <Filter label={t('training.activities.unit')}>
              <UnitSelect
                value={filters.unit}
                onChange={(v) => update({ unit: v })}
                known={filters.unit && unitName ? [{ code: filters.unit, name: unitName }] : []}
                placeholder={t('training.commitments.allUnits')}
                aria-label={t('training.activities.unit')}
              />
            </Filter>
          </div>
          <Filter label={t('training.reportPage.from')}>
            <DateInput
              value={filters.from}
              onChange={(v) => update({ from: v })}
              allowClear={false}
              style={{ width: 160 }}
              aria-label={t('training.reportPage.from')}
            />
          </Filter>
          <Filter label={t('training.reportPage.to')}>
            <DateInput
              value={filters.to}
              onChange={(v) => update({ to: v && v !== today ? v : null })}
              allowClear={false}
              style={{ width: 160 }}
              aria-label={t('training.reportPage.to')}
            />
          </Filter>
        </Flex>
      </Card>
      {badPeriod ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('training.reportPage.badPeriod')}
        />
      ) : null}
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
        <Table<ActivityItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={list.isFetching}
          scroll={{ x: 1100 }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <Empty description={t('training.activities.empty')} /> }}
          summary={() =>
            items.length ? (
              <Table.Summary.Row style={{ fontWeight: 600 }}>
                <Table.Summary.Cell index={0} colSpan={6}>
                  {t('training.activities.total', { n: formatNumber(totals.count) })}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right">
                  {formatNumber(totals.hours)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={7} align="right">
                  {formatNumber(totals.participants)}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
      {adding ? <ActivityDrawer unit={filters.unit} onClose={() => setAdding(false)} /> : null}
    </>
  );
}
