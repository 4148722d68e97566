import { and, eq } from 'drizzle-orm';
import { todayVn, yearsBetween } from '../../../core/catalog/dates';
import {
  type AssignmentKind,
  OVERLAPPING_KINDS,
  UNIT_KIND_LABELS,
  type UnitKind,
} from '../../../core/catalog/enums';
import { levelRank } from '../../../core/catalog/levels';
import { postFitsUnit } from '../../../core/catalog/posts';
import type {
  AssignmentBody,
  EvaluationBody,
  PeopleQuery,
  PersonBody,
  QualificationBody,
  RewardDisciplineBody,
} from '../../../core/contracts/people';
import { cleanText, foldVietnamese, nameSortKey } from '../../../core/text/fold';
import type { Db, Tx } from '../../db/client';
import type { Actor, AuditContext } from '../../http/actor';
import { AppError, fieldError } from '../../http/errors';
import { type AuditEntry, mutate } from '../audit/audit';
import { enforceGate } from '../compliance/gate';
import { pathInScope, type Scope } from '../org/scope';
import { FilterError, type ResolvedFilters } from './filters';
import { listPeopleAsOf } from './history-list';
import { presentRecord } from './present';
import {
  findPersonInScope,
  listPeople,
  overlappingSamePost,
  type PersonRow,
  personHistory,
  positionByCode,
  unitByCode,
} from './queries';
import { assignment, evaluation, person, qualification, rewardDiscipline } from './schema';
import { keepPeopleCurrent } from './upkeep';

type Who = Pick<Actor, 'scope'> & Partial<Pick<Actor, 'role'>>;

function personValues(b: PersonBody, partyUnitId: number | null) {
  const fullName = cleanText(b.fullName);
  return {
    cccd: b.cccd,
    cmnd: b.cmnd ?? null,
    fullName,
    nameFolded: foldVietnamese(fullName),
    nameSort: nameSortKey(fullName),
    birthDate: b.birthDate,
    gender: b.gender,
    ethnicity: b.ethnicity ?? null,
    religion: b.religion ? cleanText(b.religion) : null,
    hometown: b.hometown ? cleanText(b.hometown) : null,
    category: b.category,
    partyJoinDate: b.partyJoinDate ?? null,
    partyOfficialDate: b.partyOfficialDate ?? null,
    status: b.status,
    partyUnitId,
  };
}

export async function list(db: Db, actor: Who, q: PeopleQuery) {
  const today = todayVn();
  let unitPath: string | null = null;
  let unitId: number | null = null;
  if (q.unit) {
    const unit = await unitByCode(db, q.unit);
    // The unit's subtree intersected with the scope; an unknown unit matches nothing.
    unitPath = unit ? unit.path : '/-none-/';
    unitId = unit ? unit.id : -1;
  }
  let positionId: number | null = null;
  if (q.position) positionId = (await positionByCode(db, q.position))?.id ?? -1;
  try {
    const result = await listWithNameFallback(db, actor.scope, q, { unitPath, unitId, positionId }, today);
    return { items: result.items, total: result.total, page: q.page, pageSize: q.pageSize };
  } catch (err) {
    if (err instanceof FilterError) throw fieldError(err.field, err.message);
    throw err;
  }
}

/**
 * Lists with the fast name match first; when nobody's name starts with the query, looks for its
 * words inside names ("van cha" → "Nguyễn Văn Chà"). Returns the mode used, for the export.
 */
export async function listWithNameFallback(
  db: Db,
  scope: Scope,
  q: PeopleQuery,
  resolved: ResolvedFilters & { unitId?: number | null },
  today: string,
) {
  const run = (nameMatch: 'start' | 'words') =>
    q.asOf && q.asOf !== today
      ? listPeopleAsOf(db, scope, q, { ...resolved, unitId: resolved.unitId ?? null, nameMatch }, q.asOf)
      : listPeople(db, scope, q, { ...resolved, nameMatch }, today);
  const start = await run('start');
  if (start.total > 0 || !q.q || /^\d+$/.test(q.q.trim())) return { ...start, nameMatch: 'start' as const };
  const words = await run('words');
  return { ...words, nameMatch: 'words' as const };
}

async function loadInScope(db: Db | Tx, scope: Scope, id: number) {
  const p = await findPersonInScope(db, scope, id);
  if (!p) throw new AppError('PERSON_NOT_FOUND');
  return p;
}

export async function record(db: Db, actor: Who, id: number) {
  const p = await loadInScope(db, actor.scope, id);
  return presentRecord(db, p, await personHistory(db, id));
}

/** Checks an assignment against the rules the database can tell; returns unit and post ids. */

async function checkAssignment(
  tx: Tx,
  scope: Scope,
  p: { id: number | null; birthDate: string },
  a: AssignmentBody,
  exceptId: number | null,
  /** Field path prefix: 'assignment.' when the assignment is nested in a larger body. */
  at = '',
): Promise<{ unitId: number; positionId: number }> {
  const unit = await unitByCode(tx, a.unitCode);
  if (!unit || !pathInScope(scope, unit.path))
    throw fieldError(`${at}unitCode`, `Không tìm thấy đơn vị mã ${a.unitCode}`);
  if (unit.validFrom > a.validFrom || (unit.validTo !== null && unit.validTo <= a.validFrom)) {
    throw fieldError(`${at}validFrom`, `Đơn vị ${unit.name} không còn hiệu lực vào ngày bắt đầu`);
  }
  const pos = await positionByCode(tx, a.positionCode);
  if (!pos?.active) throw fieldError(`${at}positionCode`, `Không tìm thấy chức vụ mã ${a.positionCode}`);
  if (!postFitsUnit(pos.level, unit.kind)) {
    throw fieldError(
      `${at}positionCode`,
      `Chức vụ ${pos.name} không áp dụng cho ${UNIT_KIND_LABELS[unit.kind as UnitKind] ?? unit.kind}`,
    );
  }
  if (yearsBetween(p.birthDate, a.validFrom) < 18) {
    throw fieldError(`${at}validFrom`, 'Người chưa đủ 18 tuổi vào ngày bắt đầu công tác');
  }
  if (p.id !== null && !OVERLAPPING_KINDS.includes(a.kind as AssignmentKind)) {
    const overlaps = await overlappingSamePost(tx, p.id, pos.id, a.validFrom, a.validTo ?? null, exceptId);
    const clash = overlaps.rows.find(
      (o) => Number(o.unit_id) !== unit.id && !OVERLAPPING_KINDS.includes(o.kind as AssignmentKind),
    );
    if (clash) {
      throw fieldError(
        `${at}validFrom`,
        'Cán bộ đang giữ cùng chức vụ ở đơn vị khác trong khoảng thời gian này (chỉ kiêm nhiệm, biệt phái được trùng thời gian)',
      );
    }
  }
  return { unitId: unit.id, positionId: pos.id };
}

async function partyUnitIdOf(tx: Tx, scope: Scope, code: string | null | undefined): Promise<number | null> {
  if (!code) return null;
  const unit = await unitByCode(tx, code);
  if (!unit || !pathInScope(scope, unit.path))
    throw fieldError('person.partyUnitCode', `Không tìm thấy tổ chức đảng mã ${code}`);
  return unit.id;
}

/** A new person always comes with their first assignment, which places them in a unit (and a scope). */
export async function create(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  body: { person: PersonBody; assignment: AssignmentBody },
) {
  const id = await mutate(db, ctx, async (tx) => {
    const existing = await tx
      .select({ id: person.id })
      .from(person)
      .where(eq(person.cccd, body.person.cccd))
      .limit(1);
    if (existing.length)
      throw new AppError('CCCD_TAKEN', {
        details: [{ path: 'person.cccd', message: 'Số CCCD đã có trong hồ sơ của người khác' }],
      });
    const ids = await checkAssignment(
      tx,
      actor.scope,
      { id: null, birthDate: body.person.birthDate },
      body.assignment,
      null,
      'assignment.',
    );
    const values = personValues(body.person, await partyUnitIdOf(tx, actor.scope, body.person.partyUnitCode));
    const [row] = await tx.insert(person).values(values).returning({ id: person.id });
    if (!row) throw new Error('person insert returned nothing');
    const a = body.assignment;
    await tx.insert(assignment).values({ personId: row.id, ...assignmentValues(a, ids) });
    await keepPeopleCurrent(tx, [row.id], todayVn());
    return {
      result: row.id,
      audit: {
        action: 'person.create',
        entity: 'person',
        entityId: row.id,
        after: { ...values, assignment: a },
      },
    };
  });
  return record(db, { scope: { kind: 'all' } }, id);
}

export async function update(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  id: number,
  body: PersonBody,
  version: number,
) {
  await mutate(db, ctx, async (tx) => {
    const before = await loadInScope(tx, actor.scope, id);
    if (before.cccd !== body.cccd) {
      const clash = await tx
        .select({ id: person.id })
        .from(person)
        .where(eq(person.cccd, body.cccd))
        .limit(1);
      if (clash.length)
        throw new AppError('CCCD_TAKEN', {
          details: [{ path: 'cccd', message: 'Số CCCD đã có trong hồ sơ của người khác' }],
        });
    }
    const values = personValues(body, await partyUnitIdOf(tx, actor.scope, body.partyUnitCode));
    const [after] = await tx
      .update(person)
      .set({ ...values, updatedAt: new Date(), version: before.version + 1 })
      .where(and(eq(person.id, id), eq(person.version, version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT');
    // Birth date, gender and ethnicity move retirement age and grace periods.
    await keepPeopleCurrent(tx, [id], todayVn());
    return {
      result: null,
      audit: {
        action: 'person.update',
        entity: 'person',
        entityId: id,
        before: strip(before),
        after: strip(after),
      },
    };
  });
  return record(db, actor, id);
}

/** Audit copies without the derived columns (they follow from the rest). */
function strip(p: typeof person.$inferSelect) {
  const { nameFolded: _f, nameSort: _s, currentUnitPath: _p, ...rest } = p;
  return rest;
}

/** Columns of an assignment row from its body and the checked unit and post. */
function assignmentValues(a: AssignmentBody, ids: { unitId: number; positionId: number }) {
  return {
    ...ids,
    kind: a.kind,
    decisionNo: a.decisionNo ?? null,
    decisionDate: a.decisionDate ?? null,
    validFrom: a.validFrom,
    validTo: a.validTo ?? null,
    note: a.note ?? null,
  };
}

/**
 * One change to a person's history: loads the person inside the actor's scope (404 otherwise),
 * runs the change with its audit entry in one transaction, keeps the derived columns current when
 * the change can move them, and answers the fresh record.
 */
async function changeRecord(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  personId: number,
  opts: { derived: boolean },
  fn: (tx: Tx, p: PersonRow) => Promise<AuditEntry>,
) {
  await mutate(db, ctx, async (tx) => {
    const p = await loadInScope(tx, actor.scope, personId);
    const audit = await fn(tx, p);
    if (opts.derived) await keepPeopleCurrent(tx, [personId], todayVn());
    return { result: null, audit };
  });
  return record(db, actor, personId);
}

/**
 * The appointment gate for an assignment that is current or future once saved (a closed past
 * assignment is history being recorded, not an appointment). An edit that keeps the post, unit
 * and start date is not a new appointment either.
 */
async function gateIfCurrent(
  tx: Tx,
  actor: Who,
  p: PersonRow,
  a: AssignmentBody,
  before: { positionId: number; unitId: number; validFrom: string } | null,
) {
  if (a.validTo && a.validTo <= todayVn()) return null;
  const pos = await positionByCode(tx, a.positionCode);
  const unit = await unitByCode(tx, a.unitCode);
  if (!pos || !unit) return null;
  if (before && before.positionId === pos.id && before.unitId === unit.id && before.validFrom === a.validFrom)
    return null;
  return enforceGate(tx, actor, p.id, p.status === 'active', pos, unit, a.validFrom, a.gateOverride);
}

export async function addAssignment(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  personId: number,
  a: AssignmentBody,
) {
  return changeRecord(db, ctx, actor, personId, { derived: true }, async (tx, p) => {
    const ids = await checkAssignment(tx, actor.scope, p, a, null);
    const gate = await gateIfCurrent(tx, actor, p, a, null);
    const [row] = await tx
      .insert(assignment)
      .values({ personId, ...assignmentValues(a, ids) })
      .returning();
    if (!row) throw new Error('assignment insert returned nothing');
    return {
      action: 'assignment.create',
      entity: 'assignment',
      entityId: row.id,
      after: { personId, ...a, ...(gate ? { gate } : {}) },
    };
  });
}

export async function updateAssignment(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  personId: number,
  assignmentId: number,
  a: AssignmentBody,
  version: number,
) {
  return changeRecord(db, ctx, actor, personId, { derived: true }, async (tx, p) => {
    const [before] = await tx
      .select()
      .from(assignment)
      .where(and(eq(assignment.id, assignmentId), eq(assignment.personId, personId)));
    if (!before) throw new AppError('ASSIGNMENT_NOT_FOUND');
    const ids = await checkAssignment(tx, actor.scope, p, a, assignmentId);
    const gate = await gateIfCurrent(tx, actor, p, a, before);
    const [after] = await tx
      .update(assignment)
      .set({ ...assignmentValues(a, ids), version: before.version + 1 })
      .where(and(eq(assignment.id, assignmentId), eq(assignment.version, version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT');
    return {
      action: 'assignment.update',
      entity: 'assignment',
      entityId: assignmentId,
      before,
      after: gate ? { ...after, gate } : after,
    };
  });
}

function qualificationValues(q: QualificationBody) {
  return {
    dimension: q.dimension,
    level: q.level,
    rank: levelRank(q.dimension, q.level),
    major: q.major ?? null,
    institution: q.institution ?? null,
    mode: q.mode ?? null,
    language: q.language ?? null,
    startDate: q.startDate ?? null,
    endDate: q.endDate ?? null,
    status: q.status,
    certificateNo: q.certificateNo ?? null,
  };
}

export async function addQualification(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  personId: number,
  q: QualificationBody,
) {
  return changeRecord(db, ctx, actor, personId, { derived: true }, async (tx) => {
    const [row] = await tx
      .insert(qualification)
      .values({ personId, ...qualificationValues(q) })
      .returning();
    if (!row) throw new Error('qualification insert returned nothing');
    return { action: 'qualification.create', entity: 'qualification', entityId: row.id, after: row };
  });
}

/** Corrects a qualification record (a typo, a late certificate); optimistic concurrency. */
export async function updateQualification(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  personId: number,
  qid: number,
  q: QualificationBody,
  version: number,
) {
  return changeRecord(db, ctx, actor, personId, { derived: true }, async (tx) => {
    const [before] = await tx
      .select()
      .from(qualification)
      .where(and(eq(qualification.id, qid), eq(qualification.personId, personId)));
    if (!before) throw new AppError('QUALIFICATION_NOT_FOUND');
    const [after] = await tx
      .update(qualification)
      .set({ ...qualificationValues(q), version: before.version + 1 })
      .where(and(eq(qualification.id, qid), eq(qualification.version, version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT');
    return { action: 'qualification.update', entity: 'qualification', entityId: qid, before, after };
  });
}

export async function setEvaluation(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  personId: number,
  e: EvaluationBody,
) {
  return changeRecord(db, ctx, actor, personId, { derived: false }, async (tx) => {
    const [before] = await tx
      .select()
      .from(evaluation)
      .where(and(eq(evaluation.personId, personId), eq(evaluation.year, e.year)));
    const [after] = await tx
      .insert(evaluation)
      .values({ personId, year: e.year, rating: e.rating, note: e.note ?? null })
      .onConflictDoUpdate({
        target: [evaluation.personId, evaluation.year],
        set: { rating: e.rating, note: e.note ?? null },
      })
      .returning();
    return {
      action: 'evaluation.set',
      entity: 'evaluation',
      entityId: after?.id ?? null,
      before: before ?? null,
      after,
    };
  });
}

export async function addRewardDiscipline(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  personId: number,
  r: RewardDisciplineBody,
) {
  return changeRecord(db, ctx, actor, personId, { derived: false }, async (tx) => {
    const [row] = await tx
      .insert(rewardDiscipline)
      .values({
        personId,
        type: r.type,
        authority: r.authority,
        form: r.form,
        decisionNo: r.decisionNo ?? null,
        decisionDate: r.decisionDate,
        reason: r.reason ?? null,
        effectiveTo: r.effectiveTo ?? null,
      })
      .returning();
    return { action: `${r.type}.create`, entity: 'reward_discipline', entityId: row?.id ?? null, after: row };
  });
}
