import { RightOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Grid, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplianceReport, Counts, Ref } from '../../../api/compliance';
import { formatNumber } from '../../../lib/format';
import { formatRate, STATUS_HEX } from './complianceDisplay';

type Row = Counts & { unit: Ref; own?: boolean };

/** A stacked bar: đạt chuẩn, đang hoàn thiện, chưa đạt chuẩn. */
export function StatusBar({ counts, height = 10 }: { counts: Counts; height?: number }) {
  const part = (n: number) => (counts.total ? (n / counts.total) * 100 : 0);
  return (
    <div
      aria-hidden
      style={{
        display: 'flex',
        background: '#f0f0f0',
        borderRadius: 3,
        height,
        width: '100%',
        minWidth: 60,
        overflow: 'hidden',
      }}
    >
      <div style={{ width: `${part(counts.meets)}%`, background: STATUS_HEX.meets }} />
      <div style={{ width: `${part(counts.inProgress)}%`, background: STATUS_HEX.in_progress }} />
      <div style={{ width: `${part(counts.gap)}%`, background: STATUS_HEX.gap }} />
    </div>
  );
}

/** People of the unit itself (not in any sub-unit): the report less its children, when any. */
export function ownCounts(report: ComplianceReport): Counts | null {
  const sum = (k: 'total' | 'meets' | 'inProgress' | 'gap') =>
    report[k] - report.children.reduce((s, c) => s + c[k], 0);
  const own = { total: sum('total'), meets: sum('meets'), inProgress: sum('inProgress'), gap: sum('gap') };
  if (own.total <= 0 || own.meets < 0 || own.inProgress < 0 || own.gap < 0) return null;
  return { ...own, rate: Math.round((own.meets / own.total) * 10_000) / 10_000 };
}

/** Sub-units with their counts; a click on a sub-unit opens its own report (drill-down). */
export function ChildrenTable({
  report,
  onDrill,
}: {
  report: ComplianceReport;
  onDrill: (unit: Ref) => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg !== false;
  const own = ownCounts(report);
  // Sub-units with nobody counted (under these filters) are left out and only counted.
  const rows: Row[] = report.children.filter((c) => c.total > 0);
  const empty = report.children.length - rows.length;
  if (own && report.children.length > 0) rows.push({ ...own, unit: report.unit, own: true });

  const num = (key: 'total' | 'meets' | 'inProgress' | 'gap', title: string, color?: string) => ({
    title,
    dataIndex: key,
    width: key === 'total' ? 100 : 130,
    align: 'right' as const,
    sorter: (a: Row, b: Row) => a[key] - b[key],
    render: (n: number) =>
      color && n > 0 ? <span style={{ color }}>{formatNumber(n)}</span> : formatNumber(n),
  });

  const columns: TableColumnsType<Row> = [
    {
      title: t('common.stt'),
      key: 'stt',
      width: 56,
      align: 'center',
      render: (_v, r, i) => (r.own ? '' : formatNumber(i + 1)),
    },
    {
      title: t('compliance.children.unit'),
      key: 'unit',
      minWidth: 200,
      sorter: (a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'),
      render: (_v, r) =>
        r.own ? (
          <Typography.Text type="secondary">
            {t('compliance.children.own', { unit: r.unit.name })}
          </Typography.Text>
        ) : (
          <Tooltip title={t('compliance.children.drill', { unit: r.unit.name })}>
            <Button
              type="link"
              style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
              onClick={(e) => {
                e.stopPropagation();
                onDrill(r.unit);
              }}
            >
              {r.unit.name} <RightOutlined style={{ fontSize: 10 }} />
            </Button>
          </Tooltip>
        ),
    },
    num('total', t('compliance.children.total')),
    num('meets', t('compliance.status.meets')),
    num('inProgress', t('compliance.status.in_progress'), STATUS_HEX.in_progress),
    num('gap', t('compliance.status.gap'), STATUS_HEX.gap),
    {
      title: t('compliance.children.rate'),
      dataIndex: 'rate',
      width: 110,
      align: 'right',
      sorter: (a, b) => a.rate - b.rate,
      render: (rate: number, r) => (r.total ? <strong>{formatRate(rate)}</strong> : '—'),
    },
    ...(wide
      ? [
          {
            title: '',
            key: 'bar',
            width: 160,
            render: (_v: unknown, r: Row) => (
              <Tooltip
                title={t('compliance.children.barTip', {
                  meets: formatNumber(r.meets),
                  inProgress: formatNumber(r.inProgress),
                  gap: formatNumber(r.gap),
                })}
              >
                <StatusBar counts={r} />
              </Tooltip>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title={t('compliance.children.title')}
      extra={
        empty > 0 ? (
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
            {t('compliance.children.hiddenEmpty', { n: formatNumber(empty) })}
          </Typography.Text>
        ) : null
      }
      data-testid="compliance-children"
    >
      <Table<Row>
        size="small"
        rowKey={(r) => (r.own ? `own:${r.unit.code}` : r.unit.code)}
        columns={columns}
        dataSource={rows}
        pagination={false}
        // A province has dozens of sub-units: the list scrolls under its header, totals stay in view.
        scroll={{ x: wide ? 940 : 760, y: rows.length > 12 ? 460 : undefined }}
        onRow={(r) => (r.own ? {} : { onClick: () => onDrill(r.unit), style: { cursor: 'pointer' } })}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('compliance.children.empty')} />
          ),
        }}
        summary={() =>
          rows.length > 1 ? (
            <Table.Summary fixed="bottom">
              <Table.Summary.Row style={{ fontWeight: 600, background: '#fafafa' }}>
                <Table.Summary.Cell index={0} />
                <Table.Summary.Cell index={1}>{t('compliance.children.totalRow')}</Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  {formatNumber(report.total)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {formatNumber(report.meets)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {formatNumber(report.inProgress)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  {formatNumber(report.gap)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right">
                  {report.total ? formatRate(report.rate) : '—'}
                </Table.Summary.Cell>
                {wide ? <Table.Summary.Cell index={7} /> : null}
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
    </Card>
  );
}
