import { CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Flex, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import {
  dirtySessions,
  fillPresent,
  type Marks,
  markKey,
  marksFromRoster,
  nextMark,
  rebaseMarks,
  sessionCounts,
  sessionEntries,
  withMark,
} from './attendanceSheet';
import { compareNames } from './courseRules';
import {
  type AttendanceStatus,
  type CourseDetail,
  type Enrolment,
  trainingApi,
  trainingKeys,
} from './trainingApi';
import './attendance.css';

const SHORT: Record<AttendanceStatus, 'presentShort' | 'absentShort' | 'excusedShort'> = {
  present: 'presentShort',
  absent: 'absentShort',
  excused: 'excusedShort',
};

/** dd/MM of a civil date, for narrow column headers. */
const dayMonth = (iso: string) => formatDate(iso).slice(0, 5);

/**
 * Điểm danh: rows = learners, columns = sessions; a tap cycles có mặt → vắng → có phép. Each session
 * is saved on its own (PUT …/sessions/:sid/attendance).
 */
export function AttendanceTab({
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
  const ids = useMemo(() => learners.map((e) => e.id), [learners]);
  const sessions = useMemo(() => [...c.sessions].sort((a, b) => a.date.localeCompare(b.date)), [c.sessions]);
  const [saved, setSaved] = useState<Marks>(() => marksFromRoster(roster));
  const [marks, setMarks] = useState<Marks>(saved);
  // The roster arrives (or is refetched after a save) after the first render: take its saved
  // marks then, keeping any tap not saved yet.
  const [syncedRoster, setSyncedRoster] = useState(roster);
  if (syncedRoster !== roster) {
    setSyncedRoster(roster);
    const next = rebaseMarks(saved, marks, marksFromRoster(roster));
    setSaved(next.saved);
    setMarks(next.marks);
  }
  const editable = canManage && c.status === 'running';
  const dirty = dirtySessions(saved, marks);

  const save = useMutation({
    mutationFn: async (sids: number[]) => {
      for (const sid of sids) {
        const entries = sessionEntries(marks, ids, sid);
        if (entries.length) await trainingApi.saveAttendance(c.id, sid, entries);
        setSaved((prev) => {
          const next = new Map(prev);
          for (const e of entries) next.set(markKey(e.enrolmentId, sid), e.status);
          return next;
        });
      }
      return sids;
    },
    onSuccess: (sids) => {
      const one = sessions.find((s) => s.id === sids[0]);
      void message.success(
        sids.length === 1 && one
          ? t('training.attendanceTab.saved', { date: formatDate(one.date) })
          : t('training.attendanceTab.savedMany', { n: formatNumber(sids.length) }),
      );
      void queryClient.invalidateQueries({ queryKey: trainingKeys.roster(c.id) });
    },
    onError: (e) => showError(e),
  });

  if (sessions.length === 0) return <Empty description={t('training.attendanceTab.noSessions')} />;
  if (learners.length === 0) return <Empty description={t('training.attendanceTab.noLearners')} />;

  return (
    <Flex vertical gap={12}>
      {editable ? (
        <Flex gap={8} wrap align="center" justify="space-between">
          <Typography.Text type="secondary">
            {t('training.attendanceTab.intro')} {t('training.attendanceTab.legend')}
          </Typography.Text>
          {dirty.size > 0 ? (
            <Button
              type="primary"
              size="large"
              icon={<SaveOutlined />}
              loading={save.isPending}
              onClick={() => save.mutate([...dirty])}
              data-testid="attendance-save-all"
            >
              {t('training.attendanceTab.saveAll', { n: formatNumber(dirty.size) })}
            </Button>
          ) : null}
        </Flex>
      ) : (
        <Alert type="info" showIcon title={t('training.attendanceTab.notRunning')} />
      )}
      <div className="att-wrap" data-testid="attendance-sheet">
        <table className="att-table">
          <thead>
            <tr>
              <th className="att-name">{t('training.attendanceTab.learner')}</th>
              {sessions.map((s) => {
                const n = sessionCounts(marks, ids, s.id);
                const isDirty = dirty.has(s.id);
                return (
                  <th key={s.id} title={s.topic}>
                    <Flex vertical gap={4} align="center">
                      <span className="att-date">{dayMonth(s.date)}</span>
                      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                        {t('training.attendanceTab.counts', {
                          present: formatNumber(n.present + n.excused),
                          total: formatNumber(ids.length),
                        })}
                      </Typography.Text>
                      {editable ? (
                        isDirty ? (
                          <Button
                            size="small"
                            type="primary"
                            icon={<SaveOutlined />}
                            loading={save.isPending && save.variables?.includes(s.id)}
                            onClick={() => save.mutate([s.id])}
                            aria-label={t('training.attendanceTab.save', { date: formatDate(s.date) })}
                          >
                            {t('common.save')}
                          </Button>
                        ) : n.missing > 0 ? (
                          <Button
                            size="small"
                            icon={<CheckOutlined />}
                            onClick={() => setMarks((m) => fillPresent(m, ids, s.id))}
                            aria-label={`${t('training.attendanceTab.allPresent')} ${formatDate(s.date)}`}
                          >
                            {t('training.attendanceTab.allPresent')}
                          </Button>
                        ) : (
                          <Tag color="green" style={{ marginInlineEnd: 0 }}>
                            <CheckOutlined />
                          </Tag>
                        )
                      ) : null}
                    </Flex>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {learners.map((e, i) => (
              <tr key={e.id}>
                <td className="att-name">
                  <Typography.Text type="secondary" style={{ marginInlineEnd: 6 }}>
                    {formatNumber(i + 1)}.
                  </Typography.Text>
                  <Typography.Text strong>{e.person.fullName}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {e.unit.name}
                  </Typography.Text>
                </td>
                {sessions.map((s) => {
                  const k = markKey(e.id, s.id);
                  const m = marks.get(k);
                  const label = m ? t(`training.attendance.${m}`) : t('training.attendance.blank');
                  return (
                    <td key={s.id}>
                      <button
                        type="button"
                        className={`att-cell ${m ?? ''} ${m !== saved.get(k) ? 'dirty' : ''}`}
                        disabled={!editable || e.status !== 'enrolled'}
                        onClick={() => setMarks((cur) => withMark(cur, k, nextMark(cur.get(k))))}
                        aria-label={`${e.person.fullName} — ${formatDate(s.date)}: ${label}`}
                        title={label}
                        data-testid={`att-${e.id}-${s.id}`}
                      >
                        {m ? t(`training.attendance.${SHORT[m]}`) : ''}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!editable || dirty.size === 0 ? null : (
        <Typography.Text type="warning">
          {t('training.attendanceTab.unsaved', { n: formatNumber(dirty.size) })}
        </Typography.Text>
      )}
    </Flex>
  );
}
