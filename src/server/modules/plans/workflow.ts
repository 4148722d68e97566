/**
 * The plan workflow: draft | returned → submitted → approved, or → returned with a comment.
 * Each step checks the version seen by the user, writes a plan_event, an audit row and the
 * notifications in one transaction. Approvers never decide on a plan they drafted or submitted.
 */
import { eq, sql } from 'drizzle-orm';
import type { Plan, PlanDecisionBody, PlanReturnBody } from '../../../core/contracts/plans';
import type { Db, Tx } from '../../db/client';
import type { AuditContext } from '../../http/actor';
import { AppError } from '../../http/errors';
import { mutate } from '../audit/audit';
import { notify } from '../notifications/notify';
import {
  isEditable,
  isOwnPlan,
  type LoadedPlan,
  type PlanRow,
  planOr404,
  presentPlan,
  type Who,
} from './present';
import { planTarget, trainingPlan } from './schema';
import { addEvent } from './service';

const link = (id: number) => `/ke-hoach/dao-tao/${id}`;

/**
 * Active leaders whose scope covers the plan's unit: one of their scope units' path is a prefix of
 * the unit's path. Leaders are few (app_user_role_idx); the prefix test runs on their scope rows.
 */
async function approversOf(tx: Tx, unitPath: string): Promise<{ userId: number }[]> {
  const res = await tx.execute<{ id: string }>(sql`
    select distinct u.id from app_user u
    join user_scope s on s.user_id = u.id
    join org_unit su on su.id = s.unit_id
    where u.role = 'leader' and u.active and ${unitPath} like su.path || '%'`);
  return res.rows.map((r) => ({ userId: Number(r.id) }));
}

type Step = (tx: Tx, p: PlanRow, loaded: LoadedPlan) => Promise<Partial<typeof trainingPlan.$inferInsert>>;

/** Runs one workflow step on a locked, in-scope plan whose version matches. */
async function step(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  id: number,
  version: number,
  action: 'submitted' | 'returned' | 'approved',
  comment: string | null | undefined,
  run: Step,
): Promise<Plan> {
  const loaded = await mutate(db, ctx, async (tx) => {
    const current = await planOr404(tx, actor, id, true);
    const before = current.plan;
    if (before.version !== version) throw new AppError('VERSION_CONFLICT');
    const changes = await run(tx, before, current);
    const [after] = await tx
      .update(trainingPlan)
      .set({ ...changes, version: before.version + 1, updatedAt: new Date() })
      .where(eq(trainingPlan.id, id))
      .returning();
    await addEvent(tx, id, action, actor.userId, comment);
    return {
      result: { ...current, plan: after ?? before },
      audit: {
        action: `training_plan.${action === 'submitted' ? 'submit' : action === 'returned' ? 'return' : 'approve'}`,
        entity: 'training_plan',
        entityId: id,
        before,
        after: { ...after, comment: comment || null },
      },
    };
  });
  return presentPlan(db, actor, loaded);
}

export async function submitPlan(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  id: number,
  body: PlanDecisionBody,
): Promise<Plan> {
  return step(db, ctx, actor, id, body.version, 'submitted', body.comment, async (tx, p, { unit }) => {
    if (!isEditable(p.status))
      throw new AppError('PLAN_STATE', { message: 'Kế hoạch đã trình hoặc đã được phê duyệt' });
    const [n] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(planTarget)
      .where(eq(planTarget.planId, id));
    if (!n?.n) throw new AppError('PLAN_EMPTY', { message: 'Kế hoạch chưa có chỉ tiêu nào' });
    await notify(tx, await approversOf(tx, unit.path), {
      kind: 'plan_submitted',
      title: `Kế hoạch chờ phê duyệt: ${p.title}`,
      body: body.comment
        ? `${unit.name} trình kế hoạch. Ý kiến: ${body.comment}`
        : `${unit.name} trình kế hoạch.`,
      link: link(id),
    });
    // A new submission waits for a new decision.
    return {
      status: 'submitted',
      submittedBy: actor.userId,
      submittedAt: new Date(),
      decidedBy: null,
      decidedAt: null,
    };
  });
}

/** Checks common to return and approve: a submitted plan, decided by someone else. */
function assertDecidable(actor: Who, p: PlanRow): void {
  if (p.status !== 'submitted')
    throw new AppError('PLAN_STATE', {
      message: 'Chỉ phê duyệt hoặc trả lại được kế hoạch đang chờ phê duyệt',
    });
  if (isOwnPlan(actor, p)) throw new AppError('PLAN_SELF_APPROVAL');
}

async function notifySubmitter(tx: Tx, p: PlanRow, title: string, body: string): Promise<void> {
  const to = p.submittedBy ?? p.createdBy;
  if (to === null) return;
  await notify(tx, [{ userId: to }], { kind: 'plan_decision', title, body, link: link(p.id) });
}

export async function returnPlan(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  id: number,
  body: PlanReturnBody,
): Promise<Plan> {
  return step(db, ctx, actor, id, body.version, 'returned', body.comment, async (tx, p) => {
    assertDecidable(actor, p);
    await notifySubmitter(tx, p, `Kế hoạch bị trả lại: ${p.title}`, `Ý kiến: ${body.comment}`);
    return { status: 'returned', decidedBy: actor.userId, decidedAt: new Date() };
  });
}

export async function approvePlan(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  id: number,
  body: PlanDecisionBody,
): Promise<Plan> {
  return step(db, ctx, actor, id, body.version, 'approved', body.comment, async (tx, p) => {
    assertDecidable(actor, p);
    await notifySubmitter(
      tx,
      p,
      `Kế hoạch đã được phê duyệt: ${p.title}`,
      body.comment ? `Ý kiến: ${body.comment}` : 'Kế hoạch đã được phê duyệt.',
    );
    return { status: 'approved', decidedBy: actor.userId, decidedAt: new Date() };
  });
}
