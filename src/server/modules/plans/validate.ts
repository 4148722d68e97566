/**
 * Rules of an edited plan that zod cannot check (they need the database or the plan's years and
 * unit): programme codes exist, dates fall inside the plan's years, targets are allocated only to
 * units below the plan's unit (today's tree) that the actor manages. Errors name the field
 * ("plan.targets.2.programmeCode") so the form shows them next to it.
 */
import { inArray } from 'drizzle-orm';
import { formatCivilDate, todayVn } from '../../../core/catalog/dates';
import type { PlanFields } from '../../../core/contracts/plans';
import type { DbOrTx } from '../../db/client';
import { fieldError } from '../../http/errors';
import { orgUnit } from '../org/schema';
import { pathInScope } from '../org/scope';
import { programme } from '../training/schema';
import type { DraftTarget } from './generate';
import type { PlanRow, PlanUnit, Who } from './present';

export interface ValidTarget extends DraftTarget {
  note: string | null;
  allocations: { unitId: number; persons: number; personTimes: number | null }[];
}

/** Due dates must fall within [01/01/fromYear, 31/12/toYear]. */
function checkDue(path: string, due: string, p: Pick<PlanRow, 'fromYear' | 'toYear'>, what: string) {
  const first = `${p.fromYear}-01-01`;
  const last = `${p.toYear}-12-31`;
  if (due < first)
    throw fieldError(path, `${what} không được trước ngày ${formatCivilDate(first)} (đầu năm kế hoạch)`);
  if (due > last)
    throw fieldError(path, `${what} không được sau ngày ${formatCivilDate(last)} (cuối năm kế hoạch)`);
}

export async function validatePlan(
  db: DbOrTx,
  actor: Who,
  p: PlanRow,
  unit: PlanUnit,
  body: PlanFields,
): Promise<ValidTarget[]> {
  // Sub-units submit their plans before or during the plan's years, never after its end.
  if (body.subUnitDue && body.subUnitDue > `${p.toYear}-12-31`)
    throw fieldError(
      'plan.subUnitDue',
      `Hạn nộp kế hoạch của đơn vị cấp dưới không được sau ngày 31/12/${p.toYear} (cuối năm kế hoạch)`,
    );
  const codes = [...new Set(body.targets.flatMap((t) => (t.programmeCode ? [t.programmeCode] : [])))];
  const programmes =
    codes.length === 0
      ? new Map<string, number>()
      : new Map(
          (
            await db
              .select({ id: programme.id, code: programme.code })
              .from(programme)
              .where(inArray(programme.code, codes))
          ).map((r) => [r.code, r.id]),
        );
  const unitCodes = [...new Set(body.targets.flatMap((t) => t.allocations.map((a) => a.unit)))];
  const units =
    unitCodes.length === 0
      ? new Map<string, { id: number; path: string; validTo: string | null }>()
      : new Map(
          (
            await db
              .select({ id: orgUnit.id, code: orgUnit.code, path: orgUnit.path, validTo: orgUnit.validTo })
              .from(orgUnit)
              .where(inArray(orgUnit.code, unitCodes))
          ).map((r) => [r.code, r]),
        );
  const today = todayVn();
  return body.targets.map((t, i) => {
    const at = `plan.targets.${i}`;
    let programmeId: number | null = null;
    if (t.kind === 'programme') {
      programmeId = programmes.get(t.programmeCode ?? '') ?? null;
      if (programmeId === null)
        throw fieldError(`${at}.programmeCode`, 'Không tìm thấy chương trình đào tạo, bồi dưỡng');
    }
    const dueDate = t.dueDate ?? (t.kind === 'qualification' ? `${p.toYear}-12-31` : null);
    if (dueDate) checkDue(`${at}.dueDate`, dueDate, p, 'Hạn chỉ tiêu');
    const allocations = t.allocations.map((a, j) => {
      const u = units.get(a.unit);
      // Strict descendant today (path prefix, not the unit itself), still active, and managed by
      // the actor: an unknown or foreign unit gets the same answer as one outside the subtree.
      const ok =
        u !== undefined &&
        u.path !== unit.path &&
        u.path.startsWith(unit.path) &&
        (u.validTo === null || u.validTo > today) &&
        pathInScope(actor.scope, u.path);
      if (!ok || !u)
        throw fieldError(
          `${at}.allocations.${j}.unit`,
          `Chỉ giao chỉ tiêu cho đơn vị cấp dưới của ${unit.name}`,
        );
      return {
        unitId: u.id,
        persons: a.persons,
        personTimes: t.kind === 'programme' ? (a.personTimes ?? null) : null,
      };
    });
    return {
      kind: t.kind,
      programmeId,
      dimension: t.kind === 'qualification' ? (t.dimension ?? null) : null,
      level: t.kind === 'qualification' ? (t.level ?? null) : null,
      persons: t.persons,
      personTimes: t.kind === 'programme' ? (t.personTimes ?? null) : null,
      dueDate,
      estimatedCost: t.estimatedCost,
      note: t.note ?? null,
      allocations,
    };
  });
}
