import { DownloadOutlined, SaveOutlined, TrophyOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  InputNumber,
  Table,
  type TableColumnsType,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scoresBody } from '../../../core/contracts/training-results';
import { useShowError } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { CertificatesCard } from './CertificatesCard';
import { CompleteModal } from './CompleteModal';
import { compareNames, validScore } from './courseRules';
import { type CourseDetail, type Enrolment, trainingApi, trainingKeys } from './trainingApi';
import { ResultTag } from './trainingTags';

type Scores = ReadonlyMap<string, number | null>;
const key = (eid: number, aid: number) => `${eid}:${aid}`;

function scoresOf(roster: readonly Enrolment[]): Map<string, number | null> {
  const m = new Map<string, number | null>();
  for (const e of roster) for (const s of e.scores) m.set(key(e.id, s.assessmentId), s.score);
  return m;
}

/** Kết quả: scores per assessment, closing the course with completion, then certificates. */
export function ResultsTab({
  course: c,
  roster,
  canManage,
}: {
  course: CourseDetail;
  roster: readonly Enrolment[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const learners = useMemo(
    () =>
      roster
        .filter((e) => e.status === 'enrolled' || e.status === 'completed' || e.status === 'failed')
        .sort((a, b) => compareNames(a.person.fullName, b.person.fullName)),
    [roster],
  );
  const [saved, setSaved] = useState<Scores>(() => scoresOf(roster));
  const [scores, setScores] = useState<Scores>(saved);
  const [completing, setCompleting] = useState(false);
  const editable = canManage && c.status === 'running';
  const dirty = new Set(
    c.assessments
      .filter((a) => learners.some((e) => scores.get(key(e.id, a.id)) !== saved.get(key(e.id, a.id))))
      .map((a) => a.id),
  );

  const save = useMutation({
    mutationFn: async (aid: number) => {
      const entries = learners
        .filter((e) => e.status === 'enrolled')
        .map((e) => ({ enrolmentId: e.id, score: scores.get(key(e.id, aid)) }))
        .filter((x): x is { enrolmentId: number; score: number } => typeof x.score === 'number');
      const body = scoresBody.parse({ entries });
      await trainingApi.saveScores(c.id, aid, body.entries);
      return aid;
    },
    onSuccess: (aid) => {
      setSaved((prev) => {
        const next = new Map(prev);
        for (const e of learners) next.set(key(e.id, aid), scores.get(key(e.id, aid)) ?? null);
        return next;
      });
      const name = c.assessments.find((a) => a.id === aid)?.name ?? '';
      void message.success(t('training.results.scoresSaved', { name }));
      void queryClient.invalidateQueries({ queryKey: trainingKeys.roster(c.id) });
    },
    onError: (e) => showError(e),
  });

  const average = (e: Enrolment) => {
    const xs = c.assessments.map((a) => scores.get(key(e.id, a.id))).filter((x) => typeof x === 'number');
    return xs.length ? Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 100) / 100 : null;
  };

  const columns: TableColumnsType<Enrolment> = [
    {
      title: t('common.stt'),
      key: 'stt',
      width: 56,
      align: 'center',
      fixed: 'left',
      render: (_v, _r, i) => formatNumber(i + 1),
    },
    {
      title: t('training.roster.fullName'),
      key: 'name',
      width: 200,
      fixed: 'left',
      render: (_v, e) => (
        <Flex vertical gap={0}>
          <Typography.Text strong>{e.person.fullName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.unit.name}
          </Typography.Text>
        </Flex>
      ),
    },
    ...c.assessments.map((a) => ({
      key: `a${a.id}`,
      width: 150,
      align: 'center' as const,
      title: (
        <Flex vertical gap={4} align="center">
          <span>{a.name}</span>
          {editable && dirty.has(a.id) ? (
            <Button
              size="small"
              type="primary"
              icon={<SaveOutlined />}
              loading={save.isPending && save.variables === a.id}
              onClick={() => save.mutate(a.id)}
              aria-label={t('training.results.saveScores', { name: a.name })}
            >
              {t('common.save')}
            </Button>
          ) : null}
        </Flex>
      ),
      render: (_v: unknown, e: Enrolment) => {
        const k = key(e.id, a.id);
        const v = scores.get(k);
        return editable && e.status === 'enrolled' ? (
          <InputNumber<number>
            size="large"
            min={0}
            max={10}
            step={0.25}
            precision={undefined}
            decimalSeparator=","
            inputMode="decimal"
            value={v ?? null}
            status={v !== null && v !== undefined && validScore(v) === null ? 'error' : undefined}
            onChange={(x) => setScores((cur) => new Map(cur).set(k, typeof x === 'number' ? x : null))}
            aria-label={`${e.person.fullName} — ${a.name}`}
            style={{ width: 96 }}
          />
        ) : (
          <span>{v === null || v === undefined ? '—' : formatNumber(v)}</span>
        );
      },
    })),
    {
      title: t('training.results.average'),
      key: 'avg',
      width: 100,
      align: 'right',
      render: (_v, e) => {
        const avg = average(e);
        return avg === null ? '—' : <Typography.Text strong>{formatNumber(avg)}</Typography.Text>;
      },
    },
    {
      title: t('training.roster.result'),
      key: 'result',
      width: 120,
      render: (_v, e) => <ResultTag result={e.result} />,
    },
  ];

  const download = (
    <Tooltip title={t('training.results.downloadHelp')}>
      <Button
        icon={<DownloadOutlined />}
        href={trainingApi.listXlsxUrl(c.id, 'results')}
        download
        data-testid="results-xlsx"
      >
        {t('training.results.download')}
      </Button>
    </Tooltip>
  );

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center" justify="space-between">
        {editable ? (
          <Typography.Text type="secondary">{t('training.results.intro')}</Typography.Text>
        ) : c.status !== 'closed' ? (
          <Alert type="info" showIcon title={t('training.results.notRunning')} style={{ flex: 1 }} />
        ) : (
          <span />
        )}
        <Flex gap={8} wrap>
          {download}
          {editable ? (
            <Button
              type="primary"
              icon={<TrophyOutlined />}
              onClick={() => setCompleting(true)}
              disabled={dirty.size > 0}
              data-testid="course-complete"
            >
              {t('training.results.complete')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      {c.assessments.length === 0 ? (
        <Empty description={t('training.results.noAssessments')} />
      ) : (
        <Table<Enrolment>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={learners}
          pagination={false}
          scroll={{ x: 480 + c.assessments.length * 150 }}
          sticky
        />
      )}
      {c.status === 'closed' ? (
        <Card
          size="small"
          title={t('training.results.certificates')}
          extra={
            <Tooltip title={t('training.results.downloadCertificatesHelp')}>
              <Button
                size="small"
                icon={<DownloadOutlined />}
                href={trainingApi.listXlsxUrl(c.id, 'certificates')}
                download
                data-testid="certificates-xlsx"
              >
                {t('training.results.download')}
              </Button>
            </Tooltip>
          }
        >
          <CertificatesCard course={c} roster={learners} canManage={canManage} />
        </Card>
      ) : null}
      {completing ? (
        <CompleteModal course={c} roster={learners} onClose={() => setCompleting(false)} />
      ) : null}
    </Flex>
  );
}
