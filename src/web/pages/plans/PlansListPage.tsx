import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  InputNumber,
  Select,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PLAN_STATUSES } from '../../../core/contracts/plans';
import { usePermission, useSessionUser } from '../../auth/AuthContext';
import { planPath } from '../../auth/paths';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitTreeSelect';
import { useAllUnits } from '../../components/unitOptions';
import { errorMessage } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { useUrlState } from '../../lib/urlState';
import { PlanCreateDrawer } from './PlanCreateDrawer';
import { type PlanStatus, type PlanSummary, planKeys, plansApi } from './plansApi';
import { PlanStatusTag } from './planTags';

/** Kế hoạch đào tạo, bồi dưỡng: the plans of the units in scope, filtered in the URL. */
export default function PlansListPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const canWrite = usePermission('plans.write');
  const navigate = useNavigate();
  const [params, update] = useUrlState();
  const units = useAllUnits();
  const [creating, setCreating] = useState(false);
  const unit = params.get('unit') || undefined;
  const rawYear = Number(params.get('year'));
  const year = Number.isInteger(rawYear) && rawYear >= 2000 && rawYear <= 2100 ? rawYear : undefined;
  const rawStatus = params.get('status');
  const status = PLAN_STATUSES.find((s) => s === rawStatus);
  const q = { unit, year, status };
  const list = useQuery({
    queryKey: planKeys.list(q),
    queryFn: ({ signal }) => plansApi.list(q, signal),
    placeholderData: keepPreviousData,
  });
  const unitName =
    (unit ? units.data?.find((u) => u.code === unit)?.name : undefined) ??
    user.scope.find((s) => s.code === unit)?.name;

  const columns: TableColumnsType<PlanSummary> = [
    { title: t('plans.unit'), key: 'unit', minWidth: 150, render: (_v, p) => p.unit.name },
    {
      title: t('plans.titleCol'),
      key: 'title',
      minWidth: 220,
      render: (_v, p) => <Link to={planPath(p.id)}>{p.title}</Link>,
    },
    { title: t('plans.kind'), key: 'kind', width: 120, render: (_v, p) => t(`plans.kinds.${p.kind}`) },
    {
      title: t('plans.years'),
      key: 'years',
      width: 80,
      render: (_v, p) => (p.fromYear === p.toYear ? p.fromYear : `${p.fromYear}–${p.toYear}`),
    },
    {
      title: t('plans.targets'),
      dataIndex: 'targets',
      width: 80,
      align: 'right',
      render: (n: number) => formatNumber(n),
    },
    {
      title: t('plans.estimatedCost'),
      dataIndex: 'estimatedCost',
      width: 130,
      align: 'right',
      render: (n: number) => formatNumber(n),
    },
    {
      title: t('plans.status'),
      dataIndex: 'status',
      width: 120,
      render: (s: PlanStatus) => <PlanStatusTag status={s} />,
    },
    {
      title: t('plans.submittedAt'),
      dataIndex: 'submittedAt',
      width: 120,
      render: (d: string | null) => formatDate(d),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('plans.listTitle')}
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('plans.create')}
            </Button>
          )
        }
      >
        {t('plans.listIntro')}
      </PageHeader>
      <Card styles={{ body: { padding: 16 } }} style={{ marginBottom: 16 }}>
        <Flex gap={16} wrap align="flex-end">
          <Flex vertical gap={4} style={{ flex: '1 1 320px', maxWidth: 480 }}>
            <Typography.Text type="secondary">{t('plans.unit')}</Typography.Text>
            <UnitSelect
              value={unit ?? null}
              onChange={(v) => update({ unit: v })}
              known={unit && unitName ? [{ code: unit, name: unitName }] : []}
              placeholder={t('plans.nation')}
              aria-label={t('plans.unit')}
            />
          </Flex>
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">{t('plans.year')}</Typography.Text>
            <InputNumber<number>
              aria-label={t('plans.year')}
              placeholder={t('plans.anyYear')}
              min={2000}
              max={2100}
              precision={0}
              style={{ width: 140 }}
              value={year ?? null}
              onChange={(v) => update({ year: v })}
            />
          </Flex>
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">{t('plans.status')}</Typography.Text>
            <Select<PlanStatus | ''>
              aria-label={t('plans.status')}
              style={{ width: 200 }}
              value={status ?? ''}
              onChange={(v) => update({ status: v || null })}
              options={[
                { value: '', label: t('plans.anyStatus') },
                ...PLAN_STATUSES.map((s) => ({ value: s, label: t(`plans.statuses.${s}`) })),
              ]}
            />
          </Flex>
        </Flex>
      </Card>
      {list.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('common.loadFailed')}
          description={errorMessage(list.error, t)}
          action={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}
        />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<PlanSummary>
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            columns={columns}
            dataSource={list.data?.items ?? []}
            scroll={{ x: 960 }}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: <Empty description={t('plans.empty')} /> }}
            onRow={(p) => ({
              onClick: (e) => {
                if ((e.target as HTMLElement).closest('a')) return;
                navigate(planPath(p.id));
              },
              style: { cursor: 'pointer' },
            })}
          />
        </Card>
      )}
      {creating && (
        <PlanCreateDrawer
          defaultUnit={unit && unitName ? { code: unit, name: unitName } : null}
          onClose={() => setCreating(false)}
          onCreated={(id) => navigate(planPath(id))}
        />
      )}
    </>
  );
}
