/**
 * Training plans of units (issue 6 item 2): list, create (a draft from today's needs), read,
 * edit while draft or returned, delete drafts. The workflow (submit, return, approve) is in
 * workflow.ts. Plans of units outside the actor's scope answer 404, as if they did not exist.
 */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type {
  Plan,
  PlanCreateBody,
  PlanKind,
  PlanStatus,
  PlanSummary,
  PlansQuery,
  PlanUpdateBody,
} from '../../../core/contracts/plans';
import type { Db, DbOrTx, Tx } from '../../db/client';
import type { AuditContext } from '../../http/actor';
import { AppError } from '../../http/errors';
import { mutate } from '../audit/audit';
import { resolveRoot } from '../compliance/service';
import { orgUnit } from '../org/schema';
import { inScope, pathInScope } from '../org/scope';
import { type BudgetLine, draftFromNeeds } from './generate';
import { isEditable, type PlanRow, planOr404, presentPlan, type Who } from './present';
import { planAllocation, planBudget, planEvent, planTarget, trainingPlan } from './schema';
import { type ValidTarget, validatePlan } from './validate';

/** Plans listed at most (a province has a few thousand units; the list is filtered by unit). */
const LIST_LIMIT = 2000;

export async function listPlans(db: Db, actor: Who, q: PlansQuery): Promise<{ items: PlanSummary[] }> {
  const root = q.unit ? (await resolveRoot(db, actor, q.unit)).root : null;
  const where: SQL[] = [inScope(actor.scope, sql`u.path`)];
  if (root) where.push(sql`u.path like ${`${root.path}%`}`);
  if (q.year !== undefined) where.push(sql`p.from_year <= ${q.year} and p.to_year >= ${q.year}`);
  if (q.status) where.push(sql`p.status = ${q.status}`);
  const res = await db.execute<{
    id: string;
    code: string;
    name: string;
    kind: PlanKind;
    from_year: number;
    to_year: number;
    title: string;
    status: PlanStatus;
    targets: string;
    cost: string;
    submitted_at: Date | null;
    decided_at: Date | null;
  }>(sql`
    select p.id, u.code, u.name, p.kind, p.from_year, p.to_year, p.title, p.status, p.submitted_at, p.decided_at,
      (select count(*) from plan_target t where t.plan_id = p.id) as targets,
      (select coalesce(sum(t.estimated_cost), 0) from plan_target t where t.plan_id = p.id) as cost
    from training_plan p join org_unit u on u.id = p.unit_id
    where ${sql.join(where, sql` and `)}
    order by p.created_at desc, p.id desc
    limit ${LIST_LIMIT}`);
  const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
  return {
    items: res.rows.map((r) => ({
      id: Number(r.id),
      unit: { code: r.code, name: r.name },
      kind: r.kind,
      fromYear: Number(r.from_year),
      toYear: Number(r.to_year),
      title: r.title,
      status: r.status,
      targets: Number(r.targets),
      estimatedCost: Number(r.cost),
      submittedAt: iso(r.submitted_at),
      decidedAt: iso(r.decided_at),
    })),
  };
}

export async function getPlan(db: Db, actor: Who, id: number): Promise<Plan> {
  return presentPlan(db, actor, await planOr404(db, actor, id));
}

export async function addEvent(
  tx: Tx,
  planId: number,
  action: string,
  userId: number,
  comment?: string | null,
) {
  await tx.insert(planEvent).values({ planId, action, userId, comment: comment || null });
}

/** Writes targets (in order, as positions) with their allocations, and the budget lines. */
async function writeContents(tx: Tx, planId: number, targets: ValidTarget[], budget: BudgetLine[]) {
  if (targets.length > 0) {
    const rows = await tx
      .insert(planTarget)
      .values(
        targets.map((t, position) => ({
          planId,
          kind: t.kind,
          programmeId: t.programmeId,
          dimension: t.dimension,
          level: t.level,
          persons: t.persons,
          personTimes: t.personTimes,
          dueDate: t.dueDate,
          estimatedCost: t.estimatedCost,
          note: t.note,
          position,
        })),
      )
      .returning({ id: planTarget.id, position: planTarget.position });
    const allocations = rows.flatMap((r) =>
      (targets[r.position]?.allocations ?? []).map((a) => ({ targetId: r.id, ...a })),
    );
    if (allocations.length > 0) await tx.insert(planAllocation).values(allocations);
  }
  if (budget.length > 0) await tx.insert(planBudget).values(budget.map((b) => ({ planId, ...b })));
}

function defaultTitle(body: PlanCreateBody, unitName: string): string {
  const years = body.kind === 'annual' ? `năm ${body.fromYear}` : `giai đoạn ${body.fromYear}–${body.toYear}`;
  return `Kế hoạch đào tạo, bồi dưỡng ${years} — ${unitName}`;
}

export async function createPlan(db: Db, ctx: AuditContext, actor: Who, body: PlanCreateBody): Promise<Plan> {
  const [unit] = await db
    .select({ id: orgUnit.id, code: orgUnit.code, name: orgUnit.name, path: orgUnit.path })
    .from(orgUnit)
    .where(eq(orgUnit.code, body.unit))
    .limit(1);
  if (!unit || !pathInScope(actor.scope, unit.path)) throw new AppError('UNIT_NOT_FOUND');
  // Read-only and possibly slow (needs of a subtree): computed before the transaction.
  const draft = body.fromNeeds
    ? await draftFromNeeds(db, actor, unit, body.fromYear, body.toYear)
    : { targets: [], budget: [] };
  const plan = await mutate(db, ctx, async (tx) => {
    const [after] = await tx
      .insert(trainingPlan)
      .values({
        unitId: unit.id,
        kind: body.kind,
        fromYear: body.fromYear,
        toYear: body.toYear,
        title: body.title || defaultTitle(body, unit.name),
        createdBy: actor.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!after) throw new AppError('PLAN_EXISTS');
    await writeContents(
      tx,
      after.id,
      draft.targets.map((t) => ({ ...t, note: null, allocations: [] })),
      draft.budget,
    );
    await addEvent(tx, after.id, 'created', actor.userId);
    return {
      result: after,
      audit: {
        action: 'training_plan.create',
        entity: 'training_plan',
        entityId: after.id,
        after: { ...after, targets: draft.targets, budget: draft.budget },
      },
    };
  });
  return presentPlan(db, actor, { plan, unit });
}

async function contentsOf(db: DbOrTx, planId: number) {
  const [targets, budget] = await Promise.all([
    db.select().from(planTarget).where(eq(planTarget.planId, planId)),
    db.select().from(planBudget).where(eq(planBudget.planId, planId)),
  ]);
  return { targets, budget };
}

/** Only draft and returned plans change; anything else is 409 with the reason. */
export function assertEditable(p: PlanRow): void {
  if (!isEditable(p.status))
    throw new AppError('PLAN_STATE', { message: 'Kế hoạch đã trình/đã phê duyệt, không sửa được' });
}

export async function updatePlan(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  id: number,
  body: PlanUpdateBody,
): Promise<Plan> {
  const loaded = await mutate(db, ctx, async (tx) => {
    const { plan: before, unit } = await planOr404(tx, actor, id, true);
    assertEditable(before);
    if (before.version !== body.version) throw new AppError('VERSION_CONFLICT');
    const targets = await validatePlan(tx, actor, before, unit, body.plan);
    const old = await contentsOf(tx, id);
    // Replaced as a whole: the form sends every target and budget line.
    await tx.delete(planTarget).where(eq(planTarget.planId, id));
    await tx.delete(planBudget).where(eq(planBudget.planId, id));
    await writeContents(tx, id, targets, body.plan.budget);
    const [after] = await tx
      .update(trainingPlan)
      .set({
        title: body.plan.title,
        subUnitDue: body.plan.subUnitDue ?? null,
        note: body.plan.note ?? null,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(trainingPlan.id, id))
      .returning();
    await addEvent(tx, id, 'updated', actor.userId);
    return {
      result: { plan: after ?? before, unit },
      audit: {
        action: 'training_plan.update',
        entity: 'training_plan',
        entityId: id,
        before: { ...before, ...old },
        after: { ...after, targets, budget: body.plan.budget },
      },
    };
  });
  return presentPlan(db, actor, loaded);
}

export async function deletePlan(db: Db, ctx: AuditContext, actor: Who, id: number): Promise<void> {
  await mutate(db, ctx, async (tx) => {
    const { plan: before } = await planOr404(tx, actor, id, true);
    if (before.status !== 'draft')
      throw new AppError('PLAN_STATE', {
        message: 'Chỉ xóa được kế hoạch dự thảo; kế hoạch đã trình hoặc bị trả lại được lưu lại làm hồ sơ',
      });
    const old = await contentsOf(tx, id);
    // Targets, allocations, budget and events go with the plan (on delete cascade).
    await tx.delete(trainingPlan).where(and(eq(trainingPlan.id, id), eq(trainingPlan.status, 'draft')));
    return {
      result: null,
      audit: {
        action: 'training_plan.delete',
        entity: 'training_plan',
        entityId: id,
        before: { ...before, ...old },
      },
    };
  });
}
