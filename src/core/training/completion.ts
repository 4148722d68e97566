/**
 * The completion rule of a course (domain §6, Thông tư 01/2018/TT-BNV): full attendance and every
 * assessment at least the programme's minimum score; the result is classified by the average.
 * Scores carry at most two decimals, so sums are kept in hundredths to compare exactly.
 */
import type { CompletionRule } from './types';

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** xuat_sac ≥ 9, gioi ≥ 8, kha ≥ 6.5, trung_binh ≥ 5; khong_dat for a learner who fails. */
export const RESULTS = ['xuat_sac', 'gioi', 'kha', 'trung_binh', 'khong_dat'] as const;
export type CourseResult = (typeof RESULTS)[number];

export const RESULT_LABELS: Record<CourseResult, string> = {
  xuat_sac: 'Xuất sắc',
  gioi: 'Giỏi',
  kha: 'Khá',
  trung_binh: 'Trung bình',
  khong_dat: 'Không đạt',
};

export interface LearnerRecord {
  /** Every session of the course. */
  sessionIds: readonly number[];
  /** The learner's attendance by session id (missing = not recorded). */
  attendance: ReadonlyMap<number, AttendanceStatus>;
  /** Every assessment of the course. */
  assessmentIds: readonly number[];
  /** The learner's scores by assessment id (missing = not scored). */
  scores: ReadonlyMap<number, number>;
}

export type CompletionFailure =
  | { kind: 'attendance_missing'; sessionId: number }
  | { kind: 'absent'; sessionId: number }
  | { kind: 'score_missing'; assessmentId: number }
  | { kind: 'score_below'; assessmentId: number; score: number };

export interface CompletionOutcome {
  passed: boolean;
  /** Mean of the scores (2 decimals); null without assessments. */
  average: number | null;
  /** Null for a pass in a course without assessments (nothing to classify). */
  result: CourseResult | null;
  failures: CompletionFailure[];
}

const hundredths = (score: number) => Math.round(score * 100);

/** Classification of an average given as a sum of hundredths over `n` scores (exact). */
function classifyHundredths(sum: number, n: number): Exclude<CourseResult, 'khong_dat'> | null {
  if (sum >= 900 * n) return 'xuat_sac';
  if (sum >= 800 * n) return 'gioi';
  if (sum >= 650 * n) return 'kha';
  if (sum >= 500 * n) return 'trung_binh';
  return null;
}

/** The classification of an average score (0–10); khong_dat below 5. */
export function classifyAverage(average: number): CourseResult {
  return classifyHundredths(hundredths(average), 1) ?? 'khong_dat';
}

export function evaluateCompletion(rule: CompletionRule, learner: LearnerRecord): CompletionOutcome {
  const failures: CompletionFailure[] = [];
  if (rule.fullAttendance) {
    for (const sessionId of learner.sessionIds) {
      const status = learner.attendance.get(sessionId);
      if (status === undefined) failures.push({ kind: 'attendance_missing', sessionId });
      else if (status === 'absent') failures.push({ kind: 'absent', sessionId });
    }
  }
  const min = hundredths(rule.minScore);
  let sum = 0;
  let scored = 0;
  for (const assessmentId of learner.assessmentIds) {
    const score = learner.scores.get(assessmentId);
    if (score === undefined) {
      failures.push({ kind: 'score_missing', assessmentId });
      continue;
    }
    sum += hundredths(score);
    scored += 1;
    if (hundredths(score) < min) failures.push({ kind: 'score_below', assessmentId, score });
  }
  const average = scored > 0 ? Math.round(sum / scored) / 100 : null;
  if (failures.length > 0) return { passed: false, average, result: 'khong_dat', failures };
  // Every assessment is scored ≥ the minimum; an average under 5 (a programme with a lower
  // minimum) still completes, classified trung_binh at worst.
  const result = scored > 0 ? (classifyHundredths(sum, scored) ?? 'trung_binh') : null;
  return { passed: true, average, result, failures };
}

/** Vietnamese explanation of why a learner did not complete, for the roster and the audit row. */
export function failureText(f: CompletionFailure): string {
  switch (f.kind) {
    case 'attendance_missing':
      return `Chưa điểm danh buổi học ${f.sessionId}`;
    case 'absent':
      return `Vắng không phép buổi học ${f.sessionId}`;
    case 'score_missing':
      return `Chưa có điểm bài kiểm tra ${f.assessmentId}`;
    case 'score_below':
      return `Điểm bài kiểm tra ${f.assessmentId} (${f.score}) dưới mức đạt`;
  }
}
