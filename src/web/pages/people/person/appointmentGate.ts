/**
 * The appointment gate on the web side (pure): when a post's assignment is checked against the
 * title standards before saving, and how the server's refusal (422 APPOINTMENT_REFUSED) reads.
 */
import type { AssignmentBody } from '../../../../core/contracts/people';
import { isApiError } from '../../../api/client';
import type { AppointmentCheck } from '../../../api/compliance';
import { issuesOf } from '../../../lib/formErrors';

/** What the refusal dialog shows (a check answered by the server, or read from a 422). */
export type GateCheck = Pick<AppointmentCheck, 'reasons' | 'warnings' | 'standards' | 'canOverride'>;

/** An assignment body with the written reason of an administrator who appoints anyway. */
export type GatedAssignmentBody = AssignmentBody & { gateOverride?: string | null };

export const APPOINTMENT_REFUSED = 'APPOINTMENT_REFUSED';

/** The reasons of a 422 APPOINTMENT_REFUSED (one detail per reason), or null for other errors. */
export function refusalOf(e: unknown, canOverride: boolean): GateCheck | null {
  if (!isApiError(e) || e.code !== APPOINTMENT_REFUSED) return null;
  const codes = Array.isArray(e.details)
    ? (e.details as unknown[]).map((d) =>
        typeof d === 'object' && d !== null && typeof (d as { code?: unknown }).code === 'string'
          ? (d as { code: string }).code
          : APPOINTMENT_REFUSED,
      )
    : [];
  const reasons = issuesOf(e).map((i, n) => ({ code: codes[n] ?? APPOINTMENT_REFUSED, message: i.message }));
  if (reasons.length === 0 && e.message) reasons.push({ code: APPOINTMENT_REFUSED, message: e.message });
  return { reasons, warnings: [], standards: [], canOverride };
}

/** The body sent again with the administrator's reason. */
export function withOverride<B extends AssignmentBody>(
  body: B,
  reason: string,
): B & { gateOverride: string } {
  return { ...body, gateOverride: reason.trim() };
}

type Post = Pick<AssignmentBody, 'unitCode' | 'positionCode' | 'validFrom' | 'validTo'>;

/**
 * The check to run before saving, or null — the same rule as the server's gate on save: an
 * assignment that is current or future (exclusive end after today); an edit only when it changes
 * the post, the unit or the start date.
 */
export function preCheckParams(
  values: Partial<Record<keyof Post, string | null | undefined>>,
  original: Post | null,
  today: string,
): { position: string; unit: string; date: string } | null {
  const { unitCode, positionCode, validFrom } = values;
  if (!unitCode || !positionCode || !validFrom) return null;
  const validTo = values.validTo ?? null;
  if (validTo !== null && validTo <= today) return null;
  if (
    original &&
    original.unitCode === unitCode &&
    original.positionCode === positionCode &&
    original.validFrom === validFrom
  )
    return null;
  return { position: positionCode, unit: unitCode, date: validFrom };
}
