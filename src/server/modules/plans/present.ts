/**
 * Loading a training plan for the API: the row (scope-checked), its targets with allocations,
 * budget, history, what ancestors allocated to its unit, and what the actor may do with it.
 */
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Dimension } from '../../../core/catalog/levels';
import type { Plan, PlanAction, PlanKind, PlanStatus, PlanTarget } from '../../../core/contracts/plans';
import { FUNDING_SOURCES, type FundingSource } from '../../../core/contracts/training-courses';
import { roleHasPermission } from '../../../core/roles';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { appUser } from '../auth/schema';
import { orgUnit } from '../org/schema';
import { pathInScope } from '../org/scope';
import { programme } from '../training/schema';
import { planAllocation, planBudget, planEvent, planTarget, trainingPlan } from './schema';

export type Who = Pick<Actor, 'userId' | 'role' | 'scope'>;
export type PlanRow = typeof trainingPlan.$inferSelect;
export interface PlanUnit {
  id: number;
  code: string;
  name: string;
  path: string;
}
export interface LoadedPlan {
  plan: PlanRow;
  unit: PlanUnit;
}

/** A plan whose unit lies in the actor's scope, else 404 (as if it did not exist). */
export async function planOr404(db: DbOrTx, actor: Who, id: number, lock = false): Promise<LoadedPlan> {
  const q = db
    .select({
      plan: trainingPlan,
      unit: { id: orgUnit.id, code: orgUnit.code, name: orgUnit.name, path: orgUnit.path },
    })
    .from(trainingPlan)
    .innerJoin(orgUnit, eq(orgUnit.id, trainingPlan.unitId))
    .where(eq(trainingPlan.id, id))
    .limit(1);
  // Lock only the plan row: the unit is read, not changed.
  const [row] = lock ? await q.for('update', { of: trainingPlan }) : await q;
  if (!row || !pathInScope(actor.scope, row.unit.path)) throw new AppError('PLAN_NOT_FOUND');
  return row;
}

const EDITABLE: readonly string[] = ['draft', 'returned'];
export const isEditable = (status: string) => EDITABLE.includes(status);

/** Approvers may not decide on a plan they drafted or submitted themselves (four-eyes rule). */
export const isOwnPlan = (actor: Pick<Who, 'userId'>, p: PlanRow) =>
  p.createdBy === actor.userId || p.submittedBy === actor.userId;

export function canOf(actor: Who, p: PlanRow): Plan['can'] {
  const write = roleHasPermission(actor.role, 'plans.write') && isEditable(p.status);
  const decide =
    roleHasPermission(actor.role, 'plans.approve') && p.status === 'submitted' && !isOwnPlan(actor, p);
  return { edit: write, submit: write, approve: decide, return: decide };
}

/**
 * Allocations made to `unitId` by other plans whose years overlap [fromYear, toYear]
 * (plan_allocation_unit_idx). Write-time validation allows allocations only to strict
 * descendants, so these come from ancestors' plans.
 */
export async function allocationsTo(
  db: DbOrTx,
  unitId: number,
  fromYear: number,
  toYear: number,
  exceptPlanId: number | null,
) {
  return db
    .select({
      planId: trainingPlan.id,
      planTitle: trainingPlan.title,
      unitCode: orgUnit.code,
      unitName: orgUnit.name,
      kind: planTarget.kind,
      programmeId: planTarget.programmeId,
      programmeCode: programme.code,
      programmeName: programme.name,
      dimension: planTarget.dimension,
      level: planTarget.level,
      persons: planAllocation.persons,
      personTimes: planAllocation.personTimes,
    })
    .from(planAllocation)
    .innerJoin(planTarget, eq(planTarget.id, planAllocation.targetId))
    .innerJoin(trainingPlan, eq(trainingPlan.id, planTarget.planId))
    .innerJoin(orgUnit, eq(orgUnit.id, trainingPlan.unitId))
    .leftJoin(programme, eq(programme.id, planTarget.programmeId))
    .where(
      and(
        eq(planAllocation.unitId, unitId),
        exceptPlanId === null ? undefined : ne(trainingPlan.id, exceptPlanId),
        sql`${trainingPlan.fromYear} <= ${toYear} and ${trainingPlan.toYear} >= ${fromYear}`,
      ),
    )
    .orderBy(asc(trainingPlan.id), asc(planTarget.position));
}

const ref = (code: string | null, name: string | null) => (code && name ? { code, name } : null);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function usersByIds(db: DbOrTx, ids: (number | null)[]) {
  const wanted = [...new Set(ids.filter((i): i is number => i !== null))];
  if (wanted.length === 0) return new Map<number, { id: number; displayName: string }>();
  const rows = await db
    .select({ id: appUser.id, displayName: appUser.displayName })
    .from(appUser)
    .where(inArray(appUser.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

async function targetsOf(db: DbOrTx, planId: number): Promise<PlanTarget[]> {
  const rows = await db
    .select({ t: planTarget, code: programme.code, name: programme.name })
    .from(planTarget)
    .leftJoin(programme, eq(programme.id, planTarget.programmeId))
    .where(eq(planTarget.planId, planId))
    .orderBy(asc(planTarget.position), asc(planTarget.id));
  const ids = rows.map((r) => r.t.id);
  const allocs =
    ids.length === 0
      ? []
      : await db
          .select({ a: planAllocation, code: orgUnit.code, name: orgUnit.name })
          .from(planAllocation)
          .innerJoin(orgUnit, eq(orgUnit.id, planAllocation.unitId))
          .where(inArray(planAllocation.targetId, ids))
          .orderBy(asc(orgUnit.name));
  return rows.map(({ t, code, name }) => ({
    id: t.id,
    kind: t.kind as PlanTarget['kind'],
    programme: ref(code, name),
    dimension: t.dimension as Dimension | null,
    level: t.level,
    persons: t.persons,
    personTimes: t.personTimes,
    dueDate: t.dueDate,
    estimatedCost: t.estimatedCost,
    note: t.note,
    allocations: allocs
      .filter((a) => a.a.targetId === t.id)
      .map((a) => ({
        unit: { code: a.code, name: a.name },
        persons: a.a.persons,
        personTimes: a.a.personTimes,
      })),
  }));
}

export async function presentPlan(db: DbOrTx, actor: Who, { plan: p, unit }: LoadedPlan): Promise<Plan> {
  const [targets, budget, events, allocated] = await Promise.all([
    targetsOf(db, p.id),
    db.select().from(planBudget).where(eq(planBudget.planId, p.id)),
    db
      .select({ e: planEvent, displayName: appUser.displayName })
      .from(planEvent)
      .leftJoin(appUser, eq(appUser.id, planEvent.userId))
      .where(eq(planEvent.planId, p.id))
      .orderBy(asc(planEvent.at), asc(planEvent.id)),
    allocationsTo(db, p.unitId, p.fromYear, p.toYear, p.id),
  ]);
  const users = await usersByIds(db, [p.createdBy, p.submittedBy, p.decidedBy]);
  const user = (id: number | null) => (id === null ? null : (users.get(id) ?? null));
  const order = (s: string) => FUNDING_SOURCES.indexOf(s as FundingSource);
  return {
    id: p.id,
    unit: { code: unit.code, name: unit.name },
    kind: p.kind as PlanKind,
    fromYear: p.fromYear,
    toYear: p.toYear,
    title: p.title,
    status: p.status as PlanStatus,
    subUnitDue: p.subUnitDue,
    note: p.note,
    targets,
    budget: budget
      .sort((a, b) => order(a.fundingSource) - order(b.fundingSource))
      .map((b) => ({ fundingSource: b.fundingSource as FundingSource, amount: b.amount })),
    estimatedCost: targets.reduce((s, t) => s + t.estimatedCost, 0),
    allocatedToUnit: allocated.map((a) => ({
      plan: { id: a.planId, title: a.planTitle, unit: { code: a.unitCode, name: a.unitName } },
      programme: ref(a.programmeCode, a.programmeName),
      dimension: a.dimension as Dimension | null,
      level: a.level,
      persons: a.persons,
      personTimes: a.personTimes,
    })),
    createdBy: user(p.createdBy),
    submittedBy: user(p.submittedBy),
    submittedAt: iso(p.submittedAt),
    decidedBy: user(p.decidedBy),
    decidedAt: iso(p.decidedAt),
    events: events.map(({ e, displayName }) => ({
      action: e.action as PlanAction,
      comment: e.comment,
      user: e.userId !== null && displayName ? { id: e.userId, displayName } : null,
      at: e.at.toISOString(),
    })),
    can: canOf(actor, p),
    version: p.version,
  };
}
