/**
 * Service commitments after state-funded long training and the compensation owed when someone
 * leaves early (domain §6, Nghị định 101/2017 and 171/2025):
 *   S = F / T1 × (T1 − T2)
 * F the actual cost paid for the person (whole đồng), T1 the committed service in months, T2 the
 * whole months already served. 100% of F when the diploma is not awarded; nothing for serious
 * illness, certified disasters, or a transfer/rotation within the political system.
 */
import { addDays } from '../catalog/dates';

export const LEAVE_REASONS = [
  'resigned',
  'dismissed',
  'illness',
  'disaster',
  'transfer_in_system',
  'not_awarded',
] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];

export const LEAVE_REASON_LABELS: Record<LeaveReason, string> = {
  resigned: 'Tự ý bỏ việc, xin thôi việc',
  dismissed: 'Bị buộc thôi việc',
  illness: 'Ốm đau, bệnh hiểm nghèo (có xác nhận)',
  disaster: 'Thiên tai, hỏa hoạn (có xác nhận)',
  transfer_in_system: 'Điều động, luân chuyển trong hệ thống chính trị',
  not_awarded: 'Không được cấp văn bằng',
};

/** Reasons that owe nothing (status 'exempted'). */
export const EXEMPT_REASONS: readonly LeaveReason[] = ['illness', 'disaster', 'transfer_in_system'];

export const COMMITMENT_STATUSES = ['open', 'fulfilled', 'compensated', 'exempted'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

function parts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

/** Whole calendar months from `from` to `to` (0 when `to` is not after `from`). */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

/**
 * Length of a training in months, counting a started month as a month: 01/09/2024–31/08/2025
 * is 12 months, 01/09/2024–15/09/2025 is 13.
 */
export function trainingMonths(startDate: string, endDateInclusive: string): number {
  const endExclusive = addDays(endDateInclusive, 1);
  const whole = wholeMonthsBetween(startDate, endExclusive);
  const [sy, sm, sd] = parts(startDate);
  // The date `whole` months after the start; any day beyond it starts another month.
  const shifted = new Date(Date.UTC(sy, sm - 1 + whole, 1));
  const lastDay = new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, 0)).getUTCDate();
  shifted.setUTCDate(Math.min(sd, lastDay));
  const reached = shifted.toISOString().slice(0, 10);
  return reached < endExclusive ? whole + 1 : whole;
}

/** Rounds num / den half up, exactly (amounts in đồng can exceed what doubles hold exactly). */
function divideRounded(num: bigint, den: bigint): bigint {
  return (2n * num + den) / (2n * den);
}

export interface CompensationInput {
  /** F: cost paid for the person, whole đồng. */
  cost: number;
  /** T1: committed months. */
  months: number;
  /** T2: whole months served. */
  served: number;
  reason: LeaveReason;
}

export interface CompensationOutcome {
  amount: number;
  status: Exclude<CommitmentStatus, 'open'>;
}

export function compensation({ cost, months, served, reason }: CompensationInput): CompensationOutcome {
  if (!Number.isInteger(cost) || cost < 0) throw new RangeError('cost must be whole đồng ≥ 0');
  if (!Number.isInteger(months) || months < 1) throw new RangeError('months must be a whole number ≥ 1');
  if (EXEMPT_REASONS.includes(reason)) return { amount: 0, status: 'exempted' };
  if (reason === 'not_awarded') return { amount: cost, status: cost > 0 ? 'compensated' : 'fulfilled' };
  const t2 = Math.min(months, Math.max(0, Math.floor(served)));
  const amount = Number(divideRounded(BigInt(cost) * BigInt(months - t2), BigInt(months)));
  return { amount, status: amount > 0 ? 'compensated' : 'fulfilled' };
}
