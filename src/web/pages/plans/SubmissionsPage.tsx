import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  InputNumber,
  Skeleton,
  Statistic,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayVn } from '../../../core/catalog/dates';
import { useSessionUser } from '../../auth/AuthContext';
import { planPath } from '../../auth/paths';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitTreeSelect';
import { useAllUnits } from '../../components/unitOptions';
import { errorMessage } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { useUrlState } from '../../lib/urlState';
import { planKeys, plansApi, type Submissions } from './plansApi';
import { PlanStatusTag } from './planTags';

type Row = Submissions['units'][number];

/** "Tình hình xây dựng kế hoạch": which direct sub-units have submitted their plan for a year. */
export default function SubmissionsPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [params, update] = useUrlState();
  const units = useAllUnits();
  const nation = user.role === 'admin';
  const unit = params.get('unit') || (nation ? undefined : user.scope[0]?.code);
  // Plans are drafted for the coming year, so that is the year to chase by default.
  const nextYear = Number(todayVn().slice(0, 4)) + 1;
  const rawYear = Number(params.get('year'));
  const year = Number.isInteger(rawYear) && rawYear >= 2000 && rawYear <= 2100 ? rawYear : nextYear;
  const q = useQuery({
    queryKey: planKeys.submissions(unit, year),
    queryFn: ({ signal }) => plansApi.submissions({ unit, year }, signal),
    placeholderData: keepPreviousData,
  });
  const r = q.data;
  const unitName =
    (unit ? units.data?.find((u) => u.code === unit)?.name : undefined) ??
    user.scope.find((s) => s.code === unit)?.name ??
    r?.unit.name;

  const columns: TableColumnsType<Row> = [
    { title: t('plans.submissions.subUnit'), key: 'unit', minWidth: 220, render: (_v, u) => u.unit.name },
    {
      title: t('plans.status'),
      key: 'status',
      width: 150,
      render: (_v, u) => <PlanStatusTag status={u.plan?.status ?? 'none'} />,
    },
    {
      title: t('plans.submissions.plan'),
      key: 'plan',
      minWidth: 260,
      render: (_v, u) => (u.plan ? <Link to={planPath(u.plan.id)}>{u.plan.title}</Link> : '—'),
    },
    {
      title: t('plans.submittedAt'),
      key: 'submittedAt',
      width: 120,
      render: (_v, u) => formatDate(u.plan?.submittedAt),
    },
  ];

  let body: ReactNode;
  if (q.isError)
    body = (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed')}
        description={errorMessage(q.error, t)}
        action={<Button onClick={() => void q.refetch()}>{t('common.retry')}</Button>}
      />
    );
  else if (!r) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else
    body = (
      <Flex vertical gap={16}>
        <Card>
          <Flex vertical gap={4}>
            <Statistic
              title={r.unit.name}
              value={t('plans.submissions.headline', {
                submitted: formatNumber(r.submitted),
                total: formatNumber(r.total),
                year: r.year,
              })}
            />
            <Typography.Text>
              {t('plans.submissions.approvedOf', { n: formatNumber(r.approved) })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {r.due ? t('plans.submissions.due', { date: formatDate(r.due) }) : t('plans.submissions.noDue')}
            </Typography.Text>
          </Flex>
        </Card>
        <Card styles={{ body: { padding: 0 } }}>
          <Table<Row>
            rowKey={(u) => u.unit.code}
            size="middle"
            loading={q.isFetching}
            columns={columns}
            dataSource={r.units}
            scroll={{ x: 800 }}
            pagination={{ pageSize: 100, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: <Empty description={t('plans.submissions.empty')} /> }}
          />
        </Card>
      </Flex>
    );

  return (
    <>
      <PageHeader title={t('plans.submissions.title')}>{t('plans.submissions.intro')}</PageHeader>
      <Card styles={{ body: { padding: 16 } }} style={{ marginBottom: 16 }}>
        <Flex gap={16} wrap align="flex-end">
          <Flex vertical gap={4} style={{ flex: '1 1 320px', maxWidth: 480 }}>
            <Typography.Text type="secondary">{t('plans.unit')}</Typography.Text>
            <UnitSelect
              value={unit ?? null}
              onChange={(v) => update({ unit: v })}
              known={unit && unitName ? [{ code: unit, name: unitName }] : []}
              allowClear={nation}
              aria-label={t('plans.unit')}
            />
          </Flex>
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">{t('plans.year')}</Typography.Text>
            <InputNumber<number>
              aria-label={t('plans.year')}
              min={2000}
              max={2100}
              precision={0}
              style={{ width: 140 }}
              value={year}
              onChange={(v) => update({ year: v && v !== nextYear ? v : null })}
            />
          </Flex>
        </Flex>
      </Card>
      {body}
    </>
  );
}
