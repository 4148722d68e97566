/**
 * The attendance sheet's state, without React: marks per (enrolment, session), the one-tap cycle,
 * what changed since the last save, and the entries one session sends.
 */
import type { AttendanceStatus, Enrolment } from './trainingApi';

/** `${enrolmentId}:${sessionId}` → mark. */
export type Marks = ReadonlyMap<string, AttendanceStatus>;

export const markKey = (enrolmentId: number, sessionId: number) => `${enrolmentId}:${sessionId}`;

/** One tap: not recorded → có mặt → vắng → có phép → có mặt … */
export function nextMark(current: AttendanceStatus | undefined): AttendanceStatus {
  if (current === 'present') return 'absent';
  if (current === 'absent') return 'excused';
  return 'present';
}

/** The marks saved on the server, as the roster carries them (`marks` of each learner). */
export function marksFromRoster(roster: readonly Enrolment[]): Map<string, AttendanceStatus> {
  const out = new Map<string, AttendanceStatus>();
  for (const e of roster) for (const m of e.marks) out.set(markKey(e.id, m.sessionId), m.status);
  return out;
}

/**
 * When the roster (re)loads: the server's marks become the saved ones, and the edits not saved yet
 * (current ≠ previously saved) stay on top of them, so a refetch never wipes a tap.
 */
export function rebaseMarks(
  prevSaved: Marks,
  current: Marks,
  server: Marks,
): { saved: Map<string, AttendanceStatus>; marks: Map<string, AttendanceStatus> } {
  const marks = new Map(server);
  for (const [k, v] of current) if (prevSaved.get(k) !== v) marks.set(k, v);
  return { saved: new Map(server), marks };
}

export function withMark(marks: Marks, key: string, status: AttendanceStatus): Map<string, AttendanceStatus> {
  const next = new Map(marks);
  next.set(key, status);
  return next;
}

/** Every learner without a mark for the session gets "có mặt" (the usual case); others stay. */
export function fillPresent(marks: Marks, enrolmentIds: readonly number[], sessionId: number) {
  const next = new Map(marks);
  for (const id of enrolmentIds) {
    const k = markKey(id, sessionId);
    if (!next.has(k)) next.set(k, 'present');
  }
  return next;
}

/** Sessions with a mark that differs from the saved one. */
export function dirtySessions(saved: Marks, current: Marks): Set<number> {
  const out = new Set<number>();
  for (const [k, v] of current) {
    if (saved.get(k) !== v) out.add(Number(k.split(':')[1]));
  }
  return out;
}

/** The entries one session's save sends: every learner with a mark for it. */
export function sessionEntries(marks: Marks, enrolmentIds: readonly number[], sessionId: number) {
  const entries: { enrolmentId: number; status: AttendanceStatus }[] = [];
  for (const id of enrolmentIds) {
    const s = marks.get(markKey(id, sessionId));
    if (s) entries.push({ enrolmentId: id, status: s });
  }
  return entries;
}

/** Per-session counts for the column header: có mặt / total. */
export function sessionCounts(marks: Marks, enrolmentIds: readonly number[], sessionId: number) {
  let present = 0;
  let absent = 0;
  let excused = 0;
  for (const id of enrolmentIds) {
    const s = marks.get(markKey(id, sessionId));
    if (s === 'present') present++;
    else if (s === 'absent') absent++;
    else if (s === 'excused') excused++;
  }
  return { present, absent, excused, missing: enrolmentIds.length - present - absent - excused };
}
