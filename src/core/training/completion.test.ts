import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AttendanceStatus, classifyAverage, evaluateCompletion, type LearnerRecord } from './completion';

const rule = { fullAttendance: true, minScore: 5 };

function learner(
  attendance: AttendanceStatus[] | (AttendanceStatus | undefined)[],
  scores: (number | undefined)[],
): LearnerRecord {
  const sessionIds = attendance.map((_, i) => i + 1);
  const assessmentIds = scores.map((_, i) => 100 + i);
  return {
    sessionIds,
    attendance: new Map(
      attendance.flatMap((s, i) => (s === undefined ? [] : [[i + 1, s] as [number, AttendanceStatus]])),
    ),
    assessmentIds,
    scores: new Map(scores.flatMap((s, i) => (s === undefined ? [] : [[100 + i, s] as [number, number]]))),
  };
}

describe('classifyAverage', () => {
  it.each([
    [10, 'xuat_sac'],
    [9, 'xuat_sac'],
    [8.99, 'gioi'],
    [8, 'gioi'],
    [7.99, 'kha'],
    [6.5, 'kha'],
    [6.49, 'trung_binh'],
    [5, 'trung_binh'],
    [4.99, 'khong_dat'],
    [0, 'khong_dat'],
  ])('%s → %s', (avg, result) => {
    expect(classifyAverage(avg)).toBe(result);
  });
});

describe('evaluateCompletion', () => {
  it('passes full attendance with every score ≥ 5 and classifies the average', () => {
    const out = evaluateCompletion(rule, learner(['present', 'present'], [8, 9]));
    expect(out).toEqual({ passed: true, average: 8.5, result: 'gioi', failures: [] });
  });
  it('accepts excused sessions but not absences', () => {
    expect(evaluateCompletion(rule, learner(['present', 'excused'], [7])).passed).toBe(true);
    const out = evaluateCompletion(rule, learner(['present', 'absent'], [9.5]));
    expect(out.passed).toBe(false);
    expect(out.result).toBe('khong_dat');
    expect(out.failures).toEqual([{ kind: 'absent', sessionId: 2 }]);
  });
  it('fails a session without attendance and an assessment without a score', () => {
    const out = evaluateCompletion(rule, learner(['present', undefined], [7, undefined]));
    expect(out.failures).toEqual([
      { kind: 'attendance_missing', sessionId: 2 },
      { kind: 'score_missing', assessmentId: 101 },
    ]);
    expect(out.average).toBe(7);
  });
  it('fails a score below the minimum even with a high average', () => {
    const out = evaluateCompletion(rule, learner(['present'], [10, 10, 4.99]));
    expect(out.passed).toBe(false);
    expect(out.failures).toEqual([{ kind: 'score_below', assessmentId: 102, score: 4.99 }]);
  });
  it('ignores attendance when the rule does not require it', () => {
    const out = evaluateCompletion({ fullAttendance: false, minScore: 5 }, learner(['absent'], [6.5]));
    expect(out).toMatchObject({ passed: true, result: 'kha' });
  });
  it('passes without assessments, with no classification', () => {
    expect(evaluateCompletion(rule, learner(['present'], []))).toEqual({
      passed: true,
      average: null,
      result: null,
      failures: [],
    });
  });
  it('compares exactly at the thresholds (no floating drift)', () => {
    // 6.49 + 6.51 = 13 → average 6.5 exactly: khá.
    expect(evaluateCompletion(rule, learner([], [6.49, 6.51])).result).toBe('kha');
    expect(evaluateCompletion(rule, learner([], [8.99, 9.01])).result).toBe('xuat_sac');
  });

  const status = fc.constantFrom<AttendanceStatus | undefined>('present', 'absent', 'excused', undefined);
  const score = fc.integer({ min: 0, max: 1000 }).map((h) => h / 100);
  it('passes exactly when nothing is missing, no one is absent and every score reaches the minimum', () => {
    fc.assert(
      fc.property(
        fc.array(status, { maxLength: 8 }),
        fc.array(fc.option(score), { maxLength: 5 }),
        (a, s) => {
          const scores = s.map((x) => x ?? undefined);
          const out = evaluateCompletion(rule, learner(a, scores));
          const expected =
            a.every((x) => x === 'present' || x === 'excused') &&
            scores.every((x) => x !== undefined && x >= 5);
          expect(out.passed).toBe(expected);
          expect(out.result === 'khong_dat').toBe(!expected);
          if (expected && scores.length > 0) expect(out.result).toBe(classifyAverage(out.average ?? 0));
        },
      ),
    );
  });
});
