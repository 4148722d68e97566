import { ArrowLeftOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { hasPermission, useSessionUser } from '../../../auth/AuthContext';
import { coursePath, paths, personPath } from '../../../auth/paths';
import { PageHeader } from '../../../components/PageHeader';
import { UnitSelect } from '../../../components/UnitTreeSelect';
import { useAllUnits } from '../../../components/unitOptions';
import { errorMessage } from '../../../lib/errors';
import { formatDate, formatNumber } from '../../../lib/format';
import { todayVn } from '../../../lib/records';
import { useUrlState } from '../../../lib/urlState';
import { type Commitment, servedMonths } from './commitmentRules';
import { commitmentKeys, commitmentsApi } from './commitmentsApi';
import { LeaveModal } from './LeaveModal';

/** Cam kết phục vụ sau đào tạo: open commitments of a subtree; leaving early with compensation. */
export default function CommitmentsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSessionUser();
  const canRecord = hasPermission(user, 'training.nominate');
  const [params, update] = useUrlState();
  const units = useAllUnits();
  const unit = params.get('unit') || null;
  const unitName = unit ? units.data?.find((u) => u.code === unit)?.name : undefined;
  const today = todayVn();
  const [leaving, setLeaving] = useState<Commitment | null>(null);

  const list = useQuery({
    queryKey: commitmentKeys.list(unit),
    queryFn: ({ signal }) => commitmentsApi.list(unit, signal),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<Commitment> = [
    {
      title: t('common.stt'),
      key: 'stt',
      width: 56,
      align: 'center',
      render: (_v, _r, i) => formatNumber(i + 1),
    },
    {
      title: t('training.commitments.person'),
      key: 'person',
      minWidth: 180,
      render: (_v, r) => (
        <Link to={personPath(r.person.id)} style={{ fontWeight: 500 }}>
          {r.person.fullName}
        </Link>
      ),
    },
    {
      title: t('training.commitments.course'),
      key: 'course',
      minWidth: 220,
      render: (_v, r) => <Link to={coursePath(r.course.id)}>{r.course.name}</Link>,
    },
    {
      title: t('training.commitments.startsOn'),
      dataIndex: 'startsOn',
      width: 120,
      render: (d: string) => formatDate(d),
    },
    {
      title: (
        <Tooltip title={t('training.commitments.monthsHelp')}>
          <span>{t('training.commitments.months')}</span>
        </Tooltip>
      ),
      dataIndex: 'months',
      width: 130,
      align: 'right',
      render: (m: number) => formatNumber(m),
    },
    {
      title: (
        <Tooltip title={t('training.commitments.servedHelp', { date: formatDate(today) })}>
          <span>{t('training.commitments.served')}</span>
        </Tooltip>
      ),
      key: 'served',
      width: 130,
      align: 'right',
      render: (_v, r) => formatNumber(servedMonths(r, today)),
    },
    {
      title: (
        <Tooltip title={t('training.commitments.costHelp')}>
          <span>{t('training.commitments.cost')}</span>
        </Tooltip>
      ),
      dataIndex: 'cost',
      width: 160,
      align: 'right',
      render: (n: number) => <span style={{ whiteSpace: 'nowrap' }}>{formatNumber(n)}</span>,
    },
    ...(canRecord
      ? [
          {
            title: '',
            key: 'actions',
            width: 230,
            render: (_v: unknown, r: Commitment) => (
              <Button size="small" onClick={() => setLeaving(r)}>
                {t('training.commitments.leave.button')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('training.commitments.title')}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(paths.training)}>
            {t('training.commitments.back')}
          </Button>
        }
      >
        {t('training.commitments.intro')}
      </PageHeader>
      <Card styles={{ body: { padding: 16 } }} style={{ marginBottom: 16 }}>
        <Flex vertical gap={4} style={{ maxWidth: 480 }}>
          <Typography.Text type="secondary">{t('training.commitments.unit')}</Typography.Text>
          <UnitSelect
            value={unit}
            onChange={(v) => update({ unit: v })}
            known={unit && unitName ? [{ code: unit, name: unitName }] : []}
            placeholder={t('training.commitments.allUnits')}
            aria-label={t('training.commitments.unit')}
          />
        </Flex>
      </Card>
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
        <Table<Commitment>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1100 }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <Empty description={t('training.commitments.empty')} /> }}
          onRow={(r) => ({ 'data-testid': `commitment-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
        />
      </Card>
      {leaving ? <LeaveModal commitment={leaving} onClose={() => setLeaving(null)} /> : null}
    </>
  );
}
