/**
 * What the commitments page shows and previews: months served so far and the compensation owed
 * when someone leaves, computed by the same pure rule the server applies (core/training/compensation).
 */
import type { CommitmentItem } from '../../../../core/contracts/training-results';
import {
  type CompensationOutcome,
  compensation,
  EXEMPT_REASONS,
  type LeaveReason,
  wholeMonthsBetween,
} from '../../../../core/training/compensation';

export type Commitment = CommitmentItem;

/** T2: whole months served from the start of the commitment to `asOf` (never more than T1). */
export function servedMonths(c: Pick<Commitment, 'startsOn' | 'months'>, asOf: string): number {
  return Math.min(c.months, wholeMonthsBetween(c.startsOn, asOf));
}

export type LeavePreview =
  | { kind: 'incomplete' }
  | { kind: 'beforeStart' }
  | ({
      kind: 'ok';
      /** T2 as the server counts it (whole months, capped at T1). */
      served: number;
      remaining: number;
      exempt: boolean;
      fullCost: boolean;
    } & CompensationOutcome);

/** The compensation the server would compute for leaving on `leftOn` for `reason`. */
export function previewLeave(
  c: Pick<Commitment, 'startsOn' | 'months' | 'cost'>,
  leftOn: string | null | undefined,
  reason: LeaveReason | null | undefined,
): LeavePreview {
  if (!leftOn || !reason || !/^\d{4}-\d{2}-\d{2}$/.test(leftOn)) return { kind: 'incomplete' };
  if (leftOn < c.startsOn) return { kind: 'beforeStart' };
  const served = servedMonths(c, leftOn);
  const outcome = compensation({ cost: c.cost, months: c.months, served, reason });
  return {
    kind: 'ok',
    served,
    remaining: c.months - served,
    exempt: EXEMPT_REASONS.includes(reason),
    fullCost: reason === 'not_awarded',
    ...outcome,
  };
}
