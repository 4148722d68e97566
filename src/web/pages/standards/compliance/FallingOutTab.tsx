import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Grid, Segmented, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { complianceApi, type FallingOutCause, type FallingOutItem } from '../../../api/compliance';
import { personPath } from '../../../auth/paths';
import { errorMessage } from '../../../lib/errors';
import { formatDate, formatNumber } from '../../../lib/format';
import type { ParamPatch } from '../../../lib/urlState';
import { FALLING_OUT_MONTHS } from './complianceDisplay';
import { GapList } from './GapList';
import { StatusTag } from './StatusTag';

const CAUSE_COLORS: Record<FallingOutCause, string> = {
  grace_ends: 'orange',
  new_version: 'purple',
  other: 'default',
};

/**
 * People who meet their standard today (or are in progress) and will not on a date within the
 * chosen months: a grace period ends, or a new version of a standard comes into force.
 */
export function FallingOutTab({
  unit,
  months,
  filtered,
  update,
}: {
  unit: string | undefined;
  months: number;
  /** Other filters are set on the page: this list does not follow them (say so). */
  filtered: boolean;
  update: (patch: ParamPatch, options?: { keepPage?: boolean }) => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const list = useQuery({
    queryKey: ['reports', 'compliance', 'falling-out', unit ?? null, months],
    queryFn: ({ signal }) => complianceApi.fallingOut({ unit, months }, signal),
    placeholderData: keepPreviousData,
  });
  const data = list.data;

  const columns: TableColumnsType<FallingOutItem> = [
    {
      title: t('common.stt'),
      key: 'stt',
      width: 56,
      align: 'center',
      render: (_v, _r, i) => formatNumber(i + 1),
    },
    {
      title: t('compliance.fallingOut.date'),
      dataIndex: 'date',
      width: 120,
      sorter: (a, b) => a.date.localeCompare(b.date),
      defaultSortOrder: 'ascend',
      render: (d: string) => <strong>{formatDate(d)}</strong>,
    },
    {
      title: t('compliance.people.name'),
      key: 'name',
      width: 200,
      render: (_v, p) => (
        <Flex vertical gap={4} align="flex-start">
          <Link to={personPath(p.personId)}>{p.fullName}</Link>
          <StatusTag status={p.statusNow} />
        </Flex>
      ),
    },
    {
      title: t('compliance.people.post'),
      key: 'post',
      width: 220,
      render: (_v, p) => (
        <Flex vertical gap={2}>
          <span>{p.position.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {p.unit.name}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('compliance.fallingOut.cause'),
      dataIndex: 'cause',
      width: 190,
      filters: (['grace_ends', 'new_version', 'other'] as const).map((c) => ({
        value: c,
        text: t(`compliance.fallingOut.causes.${c}`),
      })),
      onFilter: (v, r) => r.cause === v,
      render: (c: FallingOutCause) => (
        <Tag color={CAUSE_COLORS[c]} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
          {t(`compliance.fallingOut.causes.${c}`)}
        </Tag>
      ),
    },
    {
      title: t('compliance.people.gaps'),
      key: 'gaps',
      minWidth: 300,
      render: (_v, p) => <GapList gaps={p.gaps} compact />,
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center" justify="space-between">
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary">{t('compliance.fallingOut.within')}</Typography.Text>
          <Segmented<number>
            value={months}
            onChange={(v) => update({ months: v === 12 ? null : v }, { keepPage: true })}
            options={FALLING_OUT_MONTHS.map((m) => ({
              value: m,
              label: t('compliance.fallingOut.monthsOption', { n: m }),
            }))}
            aria-label={t('compliance.fallingOut.within')}
          />
        </Flex>
        {data ? (
          <Typography.Text type="secondary" data-testid="falling-out-total">
            {t('compliance.fallingOut.summary', {
              n: formatNumber(data.items.length),
              from: formatDate(data.today),
              to: formatDate(data.horizon),
            })}
          </Typography.Text>
        ) : null}
      </Flex>
      {filtered ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('compliance.fallingOut.unitOnly')}
        </Typography.Text>
      ) : null}
      {list.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('common.loadFailed')}
          description={errorMessage(list.error, t)}
          action={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}
        />
      ) : (
        <Table<FallingOutItem>
          size="middle"
          rowKey={(r) => `${r.personId}:${r.position.code}:${r.date}`}
          columns={columns}
          dataSource={data?.items ?? []}
          loading={list.isFetching}
          scroll={screens.xl ? undefined : { x: 1000 }}
          pagination={
            (data?.items.length ?? 0) > 50
              ? {
                  pageSize: 50,
                  showSizeChanger: false,
                  showTotal: (n) => t('common.total', { n: formatNumber(n) }),
                }
              : false
          }
          locale={{ emptyText: t('compliance.fallingOut.empty', { n: months }) }}
          data-testid="falling-out"
        />
      )}
    </Flex>
  );
}
