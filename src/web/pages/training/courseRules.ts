/**
 * Pure rules of the course pages: allowed status moves, date ranges, money, cost totals, the
 * completion preview (who passes), result classes and the quality band. No React here.
 */
import { COURSE_TRANSITIONS } from '../../../core/contracts/training-courses';
import { classifyAverage } from '../../../core/training/completion';
import type { CompletionRule } from '../../../core/training/types';
import { formatDate, formatNumber } from '../../lib/format';
import type { CourseDetail, CourseStatus, Enrolment, FundingSource, Result } from './trainingApi';

export { qualityBand } from '../../../core/training/quality';

/**
 * Status moves a user makes with a button, as the server allows them; closing happens only
 * through "Kết thúc lớp và xét hoàn thành".
 */
export function nextStatuses(status: CourseStatus): CourseStatus[] {
  return COURSE_TRANSITIONS[status].filter((s) => s !== 'closed');
}

export const STATUS_COLORS: Record<CourseStatus, string> = {
  planned: 'default',
  open: 'blue',
  running: 'green',
  closed: 'purple',
  cancelled: 'red',
};

/** "01/03/2026 – 30/06/2026"; one day when start = end. */
export function dateRange(start: string, end: string | null | undefined): string {
  if (!end || end === start) return formatDate(start);
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** Whole đồng grouped the Vietnamese way: 12500000 → "12.500.000 đ". */
export function formatMoney(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || Number.isNaN(amount)) return '';
  return `${formatNumber(Math.round(amount))} đ`;
}

/** Summaries: "1,2 tỷ đồng", "350 triệu đồng", else grouped đồng. */
export function formatMoneyShort(amount: number): string {
  if (Math.abs(amount) >= 1_000_000_000) return `${formatNumber(Math.round(amount / 1e8) / 10)} tỷ đồng`;
  if (Math.abs(amount) >= 1_000_000) return `${formatNumber(Math.round(amount / 1e5) / 10)} triệu đồng`;
  return formatMoney(amount);
}

/** Cost lines summed per funding source, in the order given, with the grand total. */
export function costTotals(costs: readonly { fundingSource: FundingSource; amount: number }[]): {
  bySource: { fundingSource: FundingSource; amount: number }[];
  total: number;
} {
  const map = new Map<FundingSource, number>();
  for (const c of costs) map.set(c.fundingSource, (map.get(c.fundingSource) ?? 0) + c.amount);
  const bySource = [...map].map(([fundingSource, amount]) => ({ fundingSource, amount }));
  return { bySource, total: bySource.reduce((s, x) => s + x.amount, 0) };
}

/** Result class of a passing learner by the average score (≥ 9, ≥ 8, ≥ 6,5, ≥ 5). */
export function resultOf(average: number | null): Result {
  return average === null ? 'trung_binh' : classifyAverage(average);
}

export type FailReason =
  | { kind: 'absent'; n: number }
  | { kind: 'unrecorded'; n: number }
  | { kind: 'unscored'; n: number }
  | { kind: 'lowScore'; score: number };

export interface CompletionLine {
  enrolment: Enrolment;
  pass: boolean;
  average: number | null;
  result: Result;
  reasons: FailReason[];
}

/**
 * What "Kết thúc lớp và xét hoàn thành" will decide for each enrolled learner, by the programme's
 * rule (default: full attendance and every score ≥ 5). The server decides; this shows it first.
 */
export function completionPreview(
  course: Pick<CourseDetail, 'sessions' | 'assessments'>,
  rule: CompletionRule,
  roster: readonly Enrolment[],
): CompletionLine[] {
  const sessions = course.sessions.length;
  return roster
    .filter((e) => e.status === 'enrolled')
    .map((e) => {
      const reasons: FailReason[] = [];
      if (rule.fullAttendance) {
        if (e.attendance.absent > 0) reasons.push({ kind: 'absent', n: e.attendance.absent });
        const recorded = e.attendance.present + e.attendance.absent + e.attendance.excused;
        if (recorded < sessions) reasons.push({ kind: 'unrecorded', n: sessions - recorded });
      }
      const scores: number[] = [];
      let unscored = 0;
      for (const a of course.assessments) {
        const s = e.scores.find((x) => x.assessmentId === a.id)?.score;
        if (s === null || s === undefined) unscored++;
        else scores.push(s);
      }
      if (unscored > 0) reasons.push({ kind: 'unscored', n: unscored });
      const low = scores.filter((s) => s < rule.minScore);
      if (low.length) reasons.push({ kind: 'lowScore', score: Math.min(...low) });
      const average = scores.length
        ? Math.round((scores.reduce((s, x) => s + x, 0) / scores.length) * 100) / 100
        : null;
      const pass = reasons.length === 0;
      const result = pass
        ? average !== null && average < 5
          ? 'trung_binh'
          : resultOf(average)
        : 'khong_dat';
      return { enrolment: e, pass, average, result, reasons };
    });
}

/** A score typed 0–10 with at most two decimals, or null when it is not one. */
export function validScore(v: unknown): number | null {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 10) return null;
  return Math.abs(Math.round(v * 100) - v * 100) < 1e-9 ? v : null;
}

/** Seats left: capacity minus enrolled (never below 0). */
export function seatsLeft(c: { capacity: number; counts: { enrolled: number } }): number {
  return Math.max(0, c.capacity - c.counts.enrolled);
}

const collator = new Intl.Collator('vi');

/**
 * Vietnamese order of names (ui.md): by the given name (the last word), then by the rest —
 * "Nguyễn Văn An" before "Trần Thị Bình".
 */
export function compareNames(a: string, b: string): number {
  const split = (n: string) => {
    const words = n.trim().split(/\s+/);
    return [words[words.length - 1] ?? '', words.slice(0, -1).join(' ')] as const;
  };
  const [ga, ra] = split(a);
  const [gb, rb] = split(b);
  return collator.compare(ga, gb) || collator.compare(ra, rb);
}
