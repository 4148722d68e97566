import { describe, expect, it } from 'vitest';
import {
  dirtySessions,
  fillPresent,
  markKey,
  marksFromRoster,
  nextMark,
  rebaseMarks,
  sessionCounts,
  sessionEntries,
  withMark,
} from './attendanceSheet';
import type { AttendanceStatus, Enrolment } from './trainingApi';

const learner = (id: number, marks: Enrolment['marks']) => ({ id, marks }) as unknown as Enrolment;

describe('attendance sheet', () => {
  it('cycles on one tap: blank → present → absent → excused → present', () => {
    expect(nextMark(undefined)).toBe('present');
    expect(nextMark('present')).toBe('absent');
    expect(nextMark('absent')).toBe('excused');
    expect(nextMark('excused')).toBe('present');
  });

  it('fills the blanks of a session with present and keeps what was marked', () => {
    const m = new Map<string, AttendanceStatus>([[markKey(1, 10), 'absent']]);
    const filled = fillPresent(m, [1, 2, 3], 10);
    expect(filled.get(markKey(1, 10))).toBe('absent');
    expect(filled.get(markKey(2, 10))).toBe('present');
    expect(filled.get(markKey(3, 11))).toBeUndefined();
    expect(m.size).toBe(1);
  });

  it('knows which sessions changed and sends only that session', () => {
    const saved = new Map<string, AttendanceStatus>([[markKey(1, 10), 'present']]);
    let cur = withMark(saved, markKey(1, 11), 'excused');
    cur = withMark(cur, markKey(1, 10), 'present');
    expect([...dirtySessions(saved, cur)]).toEqual([11]);
    expect(sessionEntries(cur, [1, 2], 11)).toEqual([{ enrolmentId: 1, status: 'excused' }]);
  });

  it('counts a session column', () => {
    const m = new Map<string, AttendanceStatus>([
      [markKey(1, 10), 'present'],
      [markKey(2, 10), 'absent'],
    ]);
    expect(sessionCounts(m, [1, 2, 3], 10)).toEqual({ present: 1, absent: 1, excused: 0, missing: 1 });
  });

  it('reads the marks saved earlier from the roster', () => {
    const m = marksFromRoster([
      learner(1, [
        { sessionId: 10, status: 'present' },
        { sessionId: 11, status: 'excused' },
      ]),
      learner(2, [{ sessionId: 10, status: 'absent' }]),
      learner(3, []),
    ]);
    expect(Object.fromEntries(m)).toEqual({ '1:10': 'present', '1:11': 'excused', '2:10': 'absent' });
  });

  it('takes the reloaded marks as saved and keeps taps not saved yet', () => {
    const saved = new Map<string, AttendanceStatus>([[markKey(1, 10), 'present']]);
    // Tapped 2:10 → absent (unsaved); 1:10 unchanged.
    const current = withMark(saved, markKey(2, 10), 'absent');
    const server = new Map<string, AttendanceStatus>([
      [markKey(1, 10), 'excused'],
      [markKey(1, 11), 'present'],
    ]);
    const next = rebaseMarks(saved, current, server);
    expect(Object.fromEntries(next.saved)).toEqual({ '1:10': 'excused', '1:11': 'present' });
    expect(Object.fromEntries(next.marks)).toEqual({
      '1:10': 'excused',
      '1:11': 'present',
      '2:10': 'absent',
    });
    expect([...dirtySessions(next.saved, next.marks)]).toEqual([10]);
  });
});
