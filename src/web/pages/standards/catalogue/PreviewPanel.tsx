import { ArrowRightOutlined } from '@ant-design/icons';
import { Alert, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { personPath } from '../../../auth/paths';
import { formatDate, formatNumber } from '../../../lib/format';
import type { PreviewResult, PreviewStatus, StatusCounts } from './catalogueApi';
import { signedCount, sortedMoves } from './standardDisplay';

const STATUS_COLORS: Record<PreviewStatus, string> = {
  meets: 'green',
  in_progress: 'gold',
  gap: 'red',
  none: 'default',
};

export function StatusTag({ status }: { status: PreviewStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`standardsCatalogue.status.${status}`)}
    </Tag>
  );
}

type CountKey = Exclude<keyof StatusCounts, 'total'>;
const COUNT_ROWS: { key: CountKey | 'total'; status: PreviewStatus | null }[] = [
  { key: 'meets', status: 'meets' },
  { key: 'inProgress', status: 'in_progress' },
  { key: 'gap', status: 'gap' },
  { key: 'total', status: null },
];

function Delta({ n }: { n: number }) {
  const text = signedCount(n, formatNumber);
  if (n === 0) return <Typography.Text type="secondary">{text}</Typography.Text>;
  return <Typography.Text strong>{text}</Typography.Text>;
}

/**
 * What saving would change, evaluated on one day: counts per status before and after, who
 * moves from which status to which, and some of the people concerned.
 */
export function PreviewPanel({ result, canOpenPeople }: { result: PreviewResult; canOpenPeople: boolean }) {
  const { t } = useTranslation();
  const moves = sortedMoves(result.moves);
  const moved = moves.reduce((s, m) => s + m.count, 0);

  const countColumns: TableColumnsType<(typeof COUNT_ROWS)[number]> = [
    {
      title: t('standardsCatalogue.preview.status'),
      key: 'status',
      render: (_v, r) =>
        r.status ? <StatusTag status={r.status} /> : <strong>{t('standardsCatalogue.preview.total')}</strong>,
    },
    {
      title: t('standardsCatalogue.preview.before'),
      key: 'before',
      align: 'right',
      render: (_v, r) => formatNumber(result.before[r.key]),
    },
    {
      title: t('standardsCatalogue.preview.after'),
      key: 'after',
      align: 'right',
      render: (_v, r) => <strong>{formatNumber(result.after[r.key])}</strong>,
    },
    {
      title: t('standardsCatalogue.preview.change'),
      key: 'change',
      align: 'right',
      render: (_v, r) => <Delta n={result.after[r.key] - result.before[r.key]} />,
    },
  ];

  const moveColumns: TableColumnsType<(typeof moves)[number]> = [
    {
      title: t('standardsCatalogue.preview.move'),
      key: 'move',
      render: (_v, m) => (
        <Flex align="center" gap={8} wrap>
          <StatusTag status={m.from} />
          <ArrowRightOutlined aria-label={t('standardsCatalogue.preview.to')} />
          <StatusTag status={m.to} />
        </Flex>
      ),
    },
    {
      title: t('standardsCatalogue.preview.people'),
      dataIndex: 'count',
      align: 'right',
      width: 140,
      render: (n: number) => t('standardsCatalogue.preview.persons', { n: formatNumber(n) }),
    },
  ];

  const sampleColumns: TableColumnsType<PreviewResult['samples'][number]> = [
    {
      title: t('standardsCatalogue.preview.fullName'),
      dataIndex: 'fullName',
      render: (name: string, s) =>
        canOpenPeople ? (
          <Link to={personPath(s.personId)} target="_blank" rel="noopener">
            {name}
          </Link>
        ) : (
          name
        ),
    },
    { title: t('standardsCatalogue.preview.unit'), key: 'unit', render: (_v, s) => s.unit.name },
    { title: t('standardsCatalogue.preview.position'), key: 'position', render: (_v, s) => s.position.name },
    {
      title: t('standardsCatalogue.preview.change'),
      key: 'change',
      width: 270,
      render: (_v, s) => (
        <Flex align="center" gap={6}>
          <StatusTag status={s.from} />
          <ArrowRightOutlined aria-label={t('standardsCatalogue.preview.to')} />
          <StatusTag status={s.to} />
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Alert
        type={moved > 0 ? 'warning' : 'info'}
        showIcon
        title={t('standardsCatalogue.preview.evaluatedOn', { date: formatDate(result.date) })}
        description={
          moved > 0
            ? t('standardsCatalogue.preview.summaryMoves', {
                moved: formatNumber(moved),
                affected: formatNumber(result.affected),
              })
            : t('standardsCatalogue.preview.summaryNone', { affected: formatNumber(result.affected) })
        }
      />
      <section>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('standardsCatalogue.preview.countsTitle')}
        </Typography.Title>
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          columns={countColumns}
          dataSource={COUNT_ROWS}
          bordered
        />
      </section>
      {moves.length > 0 ? (
        <section>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('standardsCatalogue.preview.movesTitle')}
          </Typography.Title>
          <Table
            rowKey={(m) => `${m.from}-${m.to}`}
            size="small"
            pagination={false}
            columns={moveColumns}
            dataSource={moves}
            bordered
          />
        </section>
      ) : null}
      {result.samples.length > 0 ? (
        <section>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('standardsCatalogue.preview.samplesTitle', { n: formatNumber(result.samples.length) })}
          </Typography.Title>
          <Table
            rowKey={(s) => `${s.personId}-${s.position.code}-${s.unit.code}`}
            size="small"
            pagination={false}
            columns={sampleColumns}
            dataSource={result.samples}
            scroll={{ x: 720 }}
          />
        </section>
      ) : null}
    </Flex>
  );
}
