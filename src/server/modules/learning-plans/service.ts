/**
 * Personal learning plans (issue 6 item 3). Officers (people.read / people.write, person in their
 * scope) see and edit a person's plan of a year; the person themself (a self-service account
 * linked to the person) and the plan's monitor (an account linked to the monitor's person record)
 * see it and mark items done. Anyone else gets 404, as if the person did not exist.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { todayVn } from '../../../core/catalog/dates';
import type {
  LearningPlan,
  MonitoredPlans,
  PlanBody,
  PlanItem,
  PlanItemFields,
  PlanItemStatus,
  PlanItemStatusBody,
  PlanItemUpdateBody,
} from '../../../core/contracts/learning-plans';
import { roleHasPermission } from '../../../core/roles';
import type { Db, DbOrTx, Tx } from '../../db/client';
import type { Actor, AuditContext } from '../../http/actor';
import { AppError, fieldError } from '../../http/errors';
import { mutate } from '../audit/audit';
import { orgUnit } from '../org/schema';
import { pathInScope } from '../org/scope';
import { person } from '../people/schema';
import { programme } from '../training/schema';
import { learningPlan, learningPlanItem } from './schema';

type Who = Pick<Actor, 'scope' | 'role' | 'personId'>;
type PlanRow = typeof learningPlan.$inferSelect;
type ItemRow = typeof learningPlanItem.$inferSelect;

/** Plans listed on "Người tôi theo dõi" at most. */
const MONITORED_LIMIT = 500;

/** The first `n` segments of a materialised path ("/1/5/9/" → "/1/5/" for n = 2), or null. */
function topSegments(path: string, n: number): string | null {
  const parts = path.split('/').filter(Boolean);
  if (parts.length < n) return null;
  return `/${parts.slice(0, n).join('/')}/`;
}

/**
 * Whether a monitor belongs to the person's unit tree (the subtree of the person's commune or
 * agency root). Rule, kept simple on today's materialised paths (current_unit_path, "/province/
 * commune-or-agency/…/"): the monitor's unit is the person's unit or one of its ancestors (path
 * prefix), or both paths share their top two segments — the same province and the same commune
 * or agency directly below it. A monitor without a current unit is never in the tree.
 */
export function monitorInTree(personPath: string | null, monitorPath: string | null): boolean {
  if (!personPath || !monitorPath) return false;
  if (personPath.startsWith(monitorPath)) return true;
  const root = topSegments(personPath, 2);
  return root !== null && root === topSegments(monitorPath, 2);
}

interface PersonRef {
  id: number;
  fullName: string;
  path: string | null;
  unit: { code: string; name: string } | null;
}

async function peopleByIds(db: DbOrTx, ids: number[]): Promise<Map<number, PersonRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: person.id,
      fullName: person.fullName,
      path: person.currentUnitPath,
      code: orgUnit.code,
      name: orgUnit.name,
    })
    .from(person)
    .leftJoin(orgUnit, eq(orgUnit.id, person.currentUnitId))
    .where(inArray(person.id, ids));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        fullName: r.fullName,
        path: r.path,
        unit: r.code && r.name ? { code: r.code, name: r.name } : null,
      },
    ]),
  );
}

const publicRef = (p: PersonRef) => ({ id: p.id, fullName: p.fullName, unit: p.unit });

async function planOf(db: DbOrTx, personId: number, year: number, lock = false): Promise<PlanRow | null> {
  const q = db
    .select()
    .from(learningPlan)
    .where(and(eq(learningPlan.personId, personId), eq(learningPlan.year, year)))
    .limit(1);
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

function presentItem(
  r: ItemRow & { programmeCode: string | null; programmeName: string | null },
  today: string,
): PlanItem {
  return {
    id: r.id,
    programme: r.programmeCode && r.programmeName ? { code: r.programmeCode, name: r.programmeName } : null,
    title: r.title,
    dueDate: r.dueDate,
    status: r.status as PlanItemStatus,
    doneOn: r.doneOn,
    note: r.note,
    overdue: r.status === 'open' && r.dueDate < today,
    version: r.version,
  };
}

/** Items of some plans, overdue first, then by due date. */
async function itemsOf(db: DbOrTx, planIds: number[]): Promise<Map<number, PlanItem[]>> {
  const out = new Map<number, PlanItem[]>();
  if (planIds.length === 0) return out;
  const today = todayVn();
  const rows = await db
    .select({
      item: learningPlanItem,
      programmeCode: programme.code,
      programmeName: programme.name,
    })
    .from(learningPlanItem)
    .leftJoin(programme, eq(programme.id, learningPlanItem.programmeId))
    .where(inArray(learningPlanItem.planId, planIds))
    .orderBy(
      sql`(${learningPlanItem.status} = 'open' and ${learningPlanItem.dueDate} < ${today}) desc`,
      asc(learningPlanItem.dueDate),
      asc(learningPlanItem.id),
    );
  for (const r of rows) {
    const list = out.get(r.item.planId) ?? [];
    list.push(
      presentItem({ ...r.item, programmeCode: r.programmeCode, programmeName: r.programmeName }, today),
    );
    out.set(r.item.planId, list);
  }
  return out;
}

type Role = 'officer' | 'self' | 'monitor';

/**
 * Who the caller is for this person's plan, or 404: an officer with people.read and the person in
 * scope; the person themself; the plan's monitor.
 */
function roleFor(actor: Who, p: PersonRef, plan: PlanRow | null): Role {
  if (roleHasPermission(actor.role, 'people.read') && p.path !== null && pathInScope(actor.scope, p.path))
    return 'officer';
  if (actor.personId !== null && actor.personId === p.id) return 'self';
  if (actor.personId !== null && plan?.monitorPersonId === actor.personId) return 'monitor';
  throw new AppError('PERSON_NOT_FOUND');
}

async function personOr404(db: DbOrTx, id: number): Promise<PersonRef> {
  const p = (await peopleByIds(db, [id])).get(id);
  if (!p) throw new AppError('PERSON_NOT_FOUND');
  return p;
}

/** A person in the officer's scope, else 404 (writes). */
async function personInScope(db: DbOrTx, actor: Who, id: number): Promise<PersonRef> {
  const p = await personOr404(db, id);
  if (p.path === null || !pathInScope(actor.scope, p.path)) throw new AppError('PERSON_NOT_FOUND');
  return p;
}

async function present(db: DbOrTx, actor: Who, p: PersonRef, year: number, plan: PlanRow | null) {
  const role = roleFor(actor, p, plan);
  const monitor = plan?.monitorPersonId
    ? ((await peopleByIds(db, [plan.monitorPersonId])).get(plan.monitorPersonId) ?? null)
    : null;
  const items = plan ? ((await itemsOf(db, [plan.id])).get(plan.id) ?? []) : [];
  const result: LearningPlan = {
    person: publicRef(p),
    year,
    exists: plan !== null,
    monitor: monitor ? publicRef(monitor) : null,
    note: plan?.note ?? null,
    version: plan?.version ?? 0,
    items,
    canEdit: role === 'officer' && roleHasPermission(actor.role, 'people.write'),
  };
  return result;
}

export async function getPlan(db: Db, actor: Who, personId: number, year: number): Promise<LearningPlan> {
  const p = await personOr404(db, personId);
  const plan = await planOf(db, personId, year);
  const role = roleFor(actor, p, plan);
  // Only officers see an empty plan; the person sees "no plan yet" too, the monitor cannot be one.
  if (!plan && role === 'monitor') throw new AppError('PERSON_NOT_FOUND');
  return present(db, actor, p, year, plan);
}

async function checkMonitor(tx: Tx, p: PersonRef, monitorId: number | null): Promise<void> {
  if (monitorId === null) return;
  if (monitorId === p.id)
    throw fieldError('monitorPersonId', 'Người theo dõi phải là người khác, không phải chính cán bộ này');
  const m = (await peopleByIds(tx, [monitorId])).get(monitorId);
  if (!m || !monitorInTree(p.path, m.path))
    throw fieldError(
      'monitorPersonId',
      'Người theo dõi phải công tác trong cùng xã, phường hoặc cơ quan với cán bộ (hoặc ở đơn vị cấp trên của cán bộ)',
    );
}

export async function putPlan(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  personId: number,
  year: number,
  body: PlanBody,
): Promise<LearningPlan> {
  const p = await personInScope(db, actor, personId);
  const plan = await mutate(db, ctx, async (tx) => {
    await checkMonitor(tx, p, body.monitorPersonId);
    const before = await planOf(tx, personId, year, true);
    const values = { monitorPersonId: body.monitorPersonId, note: body.note ?? null };
    if (!before) {
      const [after] = await tx
        .insert(learningPlan)
        .values({ personId, year, ...values })
        .onConflictDoNothing()
        .returning();
      if (!after) throw new AppError('VERSION_CONFLICT');
      return {
        result: after,
        audit: { action: 'learning_plan.create', entity: 'learning_plan', entityId: after.id, after },
      };
    }
    if (body.version !== undefined && body.version !== before.version) throw new AppError('VERSION_CONFLICT');
    const [after] = await tx
      .update(learningPlan)
      .set({ ...values, version: before.version + 1, updatedAt: new Date() })
      .where(eq(learningPlan.id, before.id))
      .returning();
    return {
      result: after ?? before,
      audit: { action: 'learning_plan.update', entity: 'learning_plan', entityId: before.id, before, after },
    };
  });
  return present(db, actor, p, year, plan);
}

async function itemValues(tx: Tx, year: number, i: PlanItemFields) {
  if (i.dueDate < `${year}-01-01`)
    throw fieldError('dueDate', `Hạn hoàn thành không được trước ngày 01/01/${year} (đầu năm kế hoạch)`);
  let programmeId: number | null = null;
  if (i.programmeCode) {
    const [prog] = await tx
      .select({ id: programme.id })
      .from(programme)
      .where(eq(programme.code, i.programmeCode))
      .limit(1);
    if (!prog) throw fieldError('programmeCode', 'Không tìm thấy chương trình đào tạo, bồi dưỡng');
    programmeId = prog.id;
  }
  return { programmeId, title: i.title || null, dueDate: i.dueDate, note: i.note ?? null };
}

async function planOr404(tx: Tx, personId: number, year: number): Promise<PlanRow> {
  const plan = await planOf(tx, personId, year, true);
  if (!plan) throw new AppError('LEARNING_PLAN_NOT_FOUND');
  return plan;
}

async function itemOr404(tx: Tx, plan: PlanRow, itemId: number): Promise<ItemRow> {
  const [item] = await tx
    .select()
    .from(learningPlanItem)
    .where(and(eq(learningPlanItem.id, itemId), eq(learningPlanItem.planId, plan.id)))
    .limit(1)
    .for('update');
  if (!item) throw new AppError('LEARNING_PLAN_ITEM_NOT_FOUND');
  return item;
}

/** Bumps the plan's version with any change to its items (optimistic locking of the whole plan). */
async function touchPlan(tx: Tx, plan: PlanRow) {
  await tx
    .update(learningPlan)
    .set({ version: plan.version + 1, updatedAt: new Date() })
    .where(eq(learningPlan.id, plan.id));
}

export async function addItem(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  personId: number,
  year: number,
  body: PlanItemFields,
): Promise<LearningPlan> {
  const p = await personInScope(db, actor, personId);
  const plan = await mutate(db, ctx, async (tx) => {
    const plan = await planOr404(tx, personId, year);
    const [after] = await tx
      .insert(learningPlanItem)
      .values({ planId: plan.id, ...(await itemValues(tx, year, body)) })
      .returning();
    await touchPlan(tx, plan);
    return {
      result: plan,
      audit: {
        action: 'learning_plan_item.create',
        entity: 'learning_plan_item',
        entityId: after?.id ?? null,
        after,
      },
    };
  });
  return present(db, actor, p, year, (await planOf(db, personId, year)) ?? plan);
}

export async function updateItem(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  personId: number,
  year: number,
  itemId: number,
  body: PlanItemUpdateBody,
): Promise<LearningPlan> {
  const p = await personInScope(db, actor, personId);
  await mutate(db, ctx, async (tx) => {
    const plan = await planOr404(tx, personId, year);
    const before = await itemOr404(tx, plan, itemId);
    if (before.version !== body.version) throw new AppError('VERSION_CONFLICT');
    const [after] = await tx
      .update(learningPlanItem)
      .set({ ...(await itemValues(tx, year, body.item)), version: before.version + 1, updatedAt: new Date() })
      .where(eq(learningPlanItem.id, itemId))
      .returning();
    await touchPlan(tx, plan);
    return {
      result: null,
      audit: {
        action: 'learning_plan_item.update',
        entity: 'learning_plan_item',
        entityId: itemId,
        before,
        after,
      },
    };
  });
  return present(db, actor, p, year, await planOf(db, personId, year));
}

export async function deleteItem(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  personId: number,
  year: number,
  itemId: number,
): Promise<LearningPlan> {
  const p = await personInScope(db, actor, personId);
  await mutate(db, ctx, async (tx) => {
    const plan = await planOr404(tx, personId, year);
    const before = await itemOr404(tx, plan, itemId);
    await tx.delete(learningPlanItem).where(eq(learningPlanItem.id, itemId));
    await touchPlan(tx, plan);
    return {
      result: null,
      audit: { action: 'learning_plan_item.delete', entity: 'learning_plan_item', entityId: itemId, before },
    };
  });
  return present(db, actor, p, year, await planOf(db, personId, year));
}

/** Marks an item done (or back to open): the person, the monitor or an officer with people.write. */
export async function setItemStatus(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  personId: number,
  year: number,
  itemId: number,
  body: PlanItemStatusBody,
): Promise<LearningPlan> {
  const p = await personOr404(db, personId);
  const existing = await planOf(db, personId, year);
  const role = roleFor(actor, p, existing);
  if (role === 'officer' && !roleHasPermission(actor.role, 'people.write')) throw new AppError('FORBIDDEN');
  if (!existing) throw new AppError('LEARNING_PLAN_NOT_FOUND');
  const today = todayVn();
  const doneOn = body.status === 'done' ? (body.doneOn ?? today) : null;
  if (doneOn !== null && doneOn > today)
    throw fieldError('doneOn', 'Ngày hoàn thành không được sau ngày hôm nay');
  await mutate(db, ctx, async (tx) => {
    const plan = await planOr404(tx, personId, year);
    const before = await itemOr404(tx, plan, itemId);
    if (before.version !== body.version) throw new AppError('VERSION_CONFLICT');
    const [after] = await tx
      .update(learningPlanItem)
      .set({ status: body.status, doneOn, version: before.version + 1, updatedAt: new Date() })
      .where(eq(learningPlanItem.id, itemId))
      .returning();
    await touchPlan(tx, plan);
    return {
      result: null,
      audit: {
        action: body.status === 'done' ? 'learning_plan_item.done' : 'learning_plan_item.reopen',
        entity: 'learning_plan_item',
        entityId: itemId,
        before,
        after,
      },
    };
  });
  return present(db, actor, p, year, await planOf(db, personId, year));
}

/**
 * "Người tôi theo dõi": the plans whose monitor is the caller's person (learning_plan_monitor_idx),
 * people with overdue items first (most overdue first), then by name.
 */
export async function monitored(db: Db, actor: Pick<Actor, 'personId'>): Promise<MonitoredPlans> {
  if (actor.personId === null) return { linked: false, plans: [] };
  const plans = await db
    .select()
    .from(learningPlan)
    .where(eq(learningPlan.monitorPersonId, actor.personId))
    .orderBy(sql`${learningPlan.year} desc`)
    .limit(MONITORED_LIMIT);
  const people = await peopleByIds(
    db,
    plans.map((p) => p.personId),
  );
  const items = await itemsOf(
    db,
    plans.map((p) => p.id),
  );
  const out = plans.flatMap((plan) => {
    const p = people.get(plan.personId);
    if (!p) return [];
    const list = items.get(plan.id) ?? [];
    return [
      { person: publicRef(p), year: plan.year, overdue: list.filter((i) => i.overdue).length, items: list },
    ];
  });
  out.sort(
    (a, b) =>
      b.overdue - a.overdue || b.year - a.year || a.person.fullName.localeCompare(b.person.fullName, 'vi'),
  );
  return { linked: true, plans: out };
}
