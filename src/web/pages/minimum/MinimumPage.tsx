import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Row,
  Select,
  Skeleton,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasPermission, useSessionUser } from '../../auth/AuthContext';
import { personPath } from '../../auth/paths';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitTreeSelect';
import { useAllUnits } from '../../components/unitOptions';
import { errorMessage } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { todayVn } from '../../lib/records';
import { intParam, PAGE_SIZES, useUrlState } from '../../lib/urlState';
import { type AnnualMinimumReport, minimumApi, minimumKeys } from './minimumApi';
import { RuleDrawer } from './RuleDrawer';

type Item = AnnualMinimumReport['items'][number];

/** Bồi dưỡng tối thiểu hằng năm: the rule in force and who is below it, for a unit and a year. */
export default function MinimumPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const client = useQueryClient();
  const [params, update] = useUrlState();
  const units = useAllUnits();
  const thisYear = Number(todayVn().slice(0, 4));
  const year = intParam(params, 'year', thisYear, 2100);
  const page = intParam(params, 'page', 1);
  const pageSize = intParam(params, 'pageSize', 50, 500);
  const nation = user.role === 'admin';
  const unit = params.get('unit') || (nation ? null : (user.scope[0]?.code ?? null));
  const canEdit = hasPermission(user, 'training.catalogue');
  const canReport = hasPermission(user, 'reports.read');
  const [editing, setEditing] = useState(false);
  const q = { unit: unit ?? undefined, year, page, pageSize };

  const report = useQuery({
    queryKey: minimumKeys.report(q),
    queryFn: ({ signal }) => minimumApi.report(q, signal),
    enabled: canReport && (nation || unit !== null),
    placeholderData: keepPreviousData,
  });
  const rules = useQuery({
    queryKey: minimumKeys.rules(),
    queryFn: ({ signal }) => minimumApi.rules(signal),
  });
  const r = report.data;
  const today = todayVn();
  const inForce =
    r?.rule ??
    rules.data?.items
      .filter((x) => x.validFrom <= today && (!x.validTo || x.validTo > today))
      .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0] ??
    null;
  const ruleParams = (inForce?.params ?? {}) as { periods?: number; categories?: string[] };
  const unitName =
    (unit ? units.data?.find((u) => u.code === unit)?.name : undefined) ??
    user.scope.find((s) => s.code === unit)?.name ??
    r?.unit.name;
  const years: number[] = [];
  for (let y = thisYear; y >= thisYear - 6; y--) years.push(y);

  const columns: TableColumnsType<Item> = [
    {
      title: t('common.stt'),
      key: 'stt',
      width: 56,
      align: 'center',
      render: (_v, _r, i) => formatNumber((page - 1) * pageSize + i + 1),
    },
    {
      title: t('minimum.col.person'),
      key: 'person',
      minWidth: 200,
      render: (_v, row) => <Link to={personPath(row.person.id)}>{row.person.fullName}</Link>,
    },
    {
      title: t('minimum.col.birthDate'),
      key: 'birthDate',
      width: 120,
      render: (_v, row) => formatDate(row.person.birthDate),
    },
    { title: t('minimum.col.unit'), key: 'unit', minWidth: 180, render: (_v, row) => row.unit?.name ?? '—' },
    {
      title: t('minimum.col.category'),
      key: 'category',
      width: 130,
      render: (_v, row) => t(`minimum.category.${row.category as 'can_bo'}`, { defaultValue: row.category }),
    },
    {
      title: t('minimum.col.periods'),
      dataIndex: 'periods',
      width: 120,
      align: 'right',
      render: (v: number) => formatNumber(v),
    },
    {
      title: t('minimum.col.missing'),
      dataIndex: 'missing',
      width: 120,
      align: 'right',
      render: (v: number) => <Typography.Text type="danger">{formatNumber(v)}</Typography.Text>,
    },
  ];

  const ruleCard = (
    <Card
      title={t('minimum.rule.title')}
      style={{ marginBottom: 16 }}
      extra={
        canEdit && inForce ? (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('minimum.rule.edit')}
          </Button>
        ) : null
      }
    >
      {inForce ? (
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('minimum.rule.periods')}>
            <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
              {t('minimum.rule.periodsValue', { n: formatNumber(ruleParams.periods ?? 0) })}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('minimum.rule.categories')}>
            {(ruleParams.categories ?? []).map((c) => (
              <Tag key={c}>{t(`minimum.category.${c as 'can_bo'}`, { defaultValue: c })}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('minimum.rule.validFrom')}>
            {formatDate(inForce.validFrom)}
            {inForce.validTo ? ` – ${formatDate(inForce.validTo)}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('minimum.rule.legalBasis')}>
            {inForce.legalBasis.number}
            {inForce.legalBasis.date ? ` (${formatDate(inForce.legalBasis.date)})` : ''} —{' '}
            {inForce.legalBasis.title}
          </Descriptions.Item>
          {inForce.note ? (
            <Descriptions.Item label={t('minimum.rule.note')} span={2}>
              <Typography.Text type="warning">{inForce.note}</Typography.Text>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      ) : rules.isLoading ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Empty description={t('minimum.rule.none')} />
      )}
    </Card>
  );

  let body: ReactNode;
  if (!canReport) body = null;
  else if (!nation && unit === null) body = <Empty description={t('minimum.pickUnit')} />;
  else if (report.isError)
    body = (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed')}
        description={errorMessage(report.error, t)}
        action={<Button onClick={() => void report.refetch()}>{t('common.retry')}</Button>}
      />
    );
  else if (!r) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else
    body = (
      <>
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={24} md={8}>
            <Card>
              <Statistic
                title={t('minimum.totals.people')}
                value={r.totals.people}
                formatter={(v) => formatNumber(Number(v))}
              />
            </Card>
          </Col>
          <Col xs={24} md={8}>
            <Card>
              <Statistic
                title={t('minimum.totals.below')}
                value={r.totals.below}
                formatter={(v) => formatNumber(Number(v))}
              />
            </Card>
          </Col>
          <Col xs={24} md={8}>
            <Card>
              <Statistic
                title={t('minimum.totals.rate')}
                value={r.totals.rate}
                formatter={(v) => formatNumber(Number(v))}
                suffix="%"
              />
            </Card>
          </Col>
        </Row>
        <Card title={t('minimum.listTitle', { unit: r.unit.name, year: r.year })}>
          <Table<Item>
            rowKey={(row) => row.person.id}
            size="small"
            loading={report.isFetching}
            columns={columns}
            dataSource={r.items}
            scroll={{ x: 900 }}
            locale={{ emptyText: <Empty description={t('minimum.empty')} /> }}
            pagination={{
              current: page,
              pageSize,
              total: r.total,
              pageSizeOptions: PAGE_SIZES,
              showSizeChanger: true,
              onChange: (p, s) =>
                update({ page: p === 1 ? null : p, pageSize: s === 50 ? null : s }, { keepPage: true }),
            }}
          />
        </Card>
      </>
    );

  return (
    <>
      <PageHeader
        title={t('minimum.title')}
        extra={
          canReport ? (
            <Button
              icon={<DownloadOutlined />}
              href={minimumApi.reportXlsxUrl({ unit: unit ?? undefined, year })}
              download
              disabled={!nation && unit === null}
            >
              {t('minimum.xlsx')}
            </Button>
          ) : null
        }
      >
        {t('minimum.intro')}
      </PageHeader>
      <Card styles={{ body: { padding: 16 } }} style={{ marginBottom: 16 }}>
        <Flex gap={16} wrap align="flex-end">
          <Flex vertical gap={4} style={{ flex: '1 1 320px', maxWidth: 480 }}>
            <Typography.Text type="secondary">{t('minimum.unit')}</Typography.Text>
            <UnitSelect
              value={unit}
              onChange={(v) => update({ unit: v })}
              known={unit && unitName ? [{ code: unit, name: unitName }] : []}
              allowClear={nation}
              placeholder={nation ? t('minimum.nation') : t('unitPicker.placeholder')}
              aria-label={t('minimum.unit')}
            />
          </Flex>
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">{t('minimum.year')}</Typography.Text>
            <Select
              value={year}
              onChange={(v) => update({ year: v === thisYear ? null : v })}
              options={years.map((y) => ({ value: y, label: String(y) }))}
              style={{ width: 120 }}
              aria-label={t('minimum.year')}
            />
          </Flex>
        </Flex>
      </Card>
      {ruleCard}
      {body}
      {editing && inForce ? (
        <RuleDrawer
          rule={inForce}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void client.invalidateQueries({ queryKey: minimumKeys.all });
          }}
        />
      ) : null}
    </>
  );
}
