import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Grid, Segmented, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ComplianceStatusKey } from '../../../../core/contracts/standards';
import { type ComplianceParams, type CompliancePerson, complianceApi } from '../../../api/compliance';
import { personPath } from '../../../auth/paths';
import { errorMessage } from '../../../lib/errors';
import { formatDate, formatNumber } from '../../../lib/format';
import { intParam, PAGE_SIZES, type ParamPatch } from '../../../lib/urlState';
import { COMPLIANCE_STATUS_ORDER, isComplianceStatus } from './complianceDisplay';
import { GapList } from './GapList';
import { StatusDot } from './StatusTag';

/**
 * Drill-down: the people of the unit in one status (default: chưa đạt chuẩn), each with the
 * requirements they do not meet and the legal basis. Status and page live in the address.
 */
export function GapPeopleTab({
  filters,
  params,
  update,
}: {
  filters: ComplianceParams;
  params: URLSearchParams;
  update: (patch: ParamPatch, options?: { keepPage?: boolean }) => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const statusParam = params.get('status');
  const status: ComplianceStatusKey = isComplianceStatus(statusParam) ? statusParam : 'gap';
  const page = intParam(params, 'page', 1);
  const pageSizeRaw = intParam(params, 'pageSize', 20, 500);
  const pageSize = PAGE_SIZES.includes(pageSizeRaw) ? pageSizeRaw : 20;

  const list = useQuery({
    queryKey: ['reports', 'compliance', 'people', filters, status, page, pageSize],
    queryFn: ({ signal }) => complianceApi.people({ ...filters, status, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<CompliancePerson> = [
    {
      title: t('common.stt'),
      key: 'stt',
      width: 56,
      align: 'center',
      render: (_v, _r, i) => formatNumber((page - 1) * pageSize + i + 1),
    },
    {
      title: t('compliance.people.name'),
      key: 'name',
      width: 210,
      render: (_v, p) => (
        <Flex vertical gap={2} align="flex-start">
          <Link to={personPath(p.personId)}>{p.fullName}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('compliance.people.born', { date: formatDate(p.birthDate) })}
          </Typography.Text>
          {p.keyCadre ? (
            <Tag color="red" style={{ marginInlineEnd: 0 }}>
              {t('people.keyCadreTag')}
            </Tag>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('compliance.people.post'),
      key: 'post',
      width: 240,
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
      title: status === 'meets' ? t('compliance.people.gapsNone') : t('compliance.people.gaps'),
      key: 'gaps',
      minWidth: 320,
      render: (_v, p) =>
        p.gaps.length ? (
          <GapList gaps={p.gaps} compact />
        ) : (
          <Typography.Text type="secondary">{t('compliance.people.allMet')}</Typography.Text>
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center" justify="space-between">
        <Segmented<ComplianceStatusKey>
          value={status}
          onChange={(v) => update({ status: v === 'gap' ? null : v })}
          options={COMPLIANCE_STATUS_ORDER.map((s) => ({
            value: s,
            label: (
              <span>
                <StatusDot status={s} />
                {t(`compliance.status.${s}`)}
              </span>
            ),
          }))}
          aria-label={t('compliance.people.status')}
        />
        {list.data ? (
          <Typography.Text type="secondary" data-testid="compliance-people-total">
            {t('compliance.people.total', { n: formatNumber(list.data.total) })}
          </Typography.Text>
        ) : null}
      </Flex>
      {list.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('common.loadFailed')}
          description={errorMessage(list.error, t)}
          action={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}
        />
      ) : (
        <Table<CompliancePerson>
          size="middle"
          rowKey="personId"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={screens.xl ? undefined : { x: 860 }}
          locale={{ emptyText: t('compliance.people.empty', { status: t(`compliance.status.${status}`) }) }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            pageSizeOptions: PAGE_SIZES,
            showSizeChanger: true,
            showTotal: (n) => t('common.total', { n: formatNumber(n) }),
            onChange: (p, s) => update({ page: p === 1 ? null : p, pageSize: s === 20 ? null : s }),
          }}
          data-testid="compliance-people"
        />
      )}
    </Flex>
  );
}
