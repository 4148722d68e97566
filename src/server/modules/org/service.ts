import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { todayVn } from '../../../core/catalog/dates';
import type { MergeBody, UnitCreateBody } from '../../../core/contracts/org';
import type { Db, Tx } from '../../db/client';
import type { Actor, AuditContext } from '../../http/actor';
import { AppError, fieldError } from '../../http/errors';
import { mutate } from '../audit/audit';
import { refreshCompliance } from '../compliance/upkeep';
import { assignment } from '../people/schema';
import { keepPeopleCurrent } from '../people/upkeep';
import { orgEvent, orgUnit } from './schema';
import { pathInScope, type Scope } from './scope';
import { endVersions, insertUnit, newVersion, reparentPaths, type UnitRow } from './units';

type Who = Pick<Actor, 'scope'>;

async function unitInScope(tx: Db | Tx, scope: Scope, code: string, field: string): Promise<UnitRow> {
  const [u] = await tx.select().from(orgUnit).where(eq(orgUnit.code, code)).limit(1);
  if (!u || !pathInScope(scope, u.path)) throw fieldError(field, `Không tìm thấy đơn vị mã ${code}`);
  return u;
}

function validOn(u: UnitRow, date: string): boolean {
  return u.validFrom <= date && (u.validTo === null || u.validTo > date);
}

/** Structural changes are recorded when they take effect: today's tree must stay today's. */
function notInFuture(date: string): void {
  if (date > todayVn()) {
    throw fieldError(
      'effectiveDate',
      'Ngày hiệu lực không được sau hôm nay; hãy cập nhật khi quyết định có hiệu lực',
    );
  }
}

export async function detail(db: Db, actor: Who, code: string) {
  const u = await unitInScope(db, actor.scope, code, 'code').catch(() => {
    throw new AppError('UNIT_NOT_FOUND');
  });
  const versions = await db.execute<{
    name: string;
    parent_code: string | null;
    valid_from: string;
    valid_to: string | null;
  }>(sql`
    select v.name, p.code as parent_code, v.valid_from, v.valid_to from org_unit_version v
    left join org_unit p on p.id = v.parent_id where v.unit_id = ${u.id} order by v.valid_from`);
  const related = await db.execute<{ parent_code: string | null; merged_into: string | null }>(sql`
    select p.code as parent_code, m.code as merged_into from org_unit u
    left join org_unit p on p.id = u.parent_id left join org_unit m on m.id = u.merged_into_id where u.id = ${u.id}`);
  const events = await db
    .select()
    .from(orgEvent)
    .where(eq(orgEvent.unitId, u.id))
    .orderBy(orgEvent.effectiveDate);
  return {
    code: u.code,
    name: u.name,
    kind: u.kind,
    tree: u.tree,
    officialCode: u.officialCode,
    areaClass: u.areaClass,
    difficultArea: u.difficultArea,
    validFrom: u.validFrom,
    validTo: u.validTo,
    parentCode: related.rows[0]?.parent_code ?? null,
    mergedInto: related.rows[0]?.merged_into ?? null,
    version: u.version,
    versions: versions.rows.map((v) => ({
      name: v.name,
      parentCode: v.parent_code,
      validFrom: v.valid_from,
      validTo: v.valid_to,
    })),
    events: events.map((e) => ({
      kind: e.kind,
      effectiveDate: e.effectiveDate,
      decisionNo: e.decisionNo,
      details: e.details,
    })),
  };
}

async function createIn(
  tx: Tx,
  actor: Who,
  body: UnitCreateBody & { parentCode?: string | null },
): Promise<UnitRow> {
  const [taken] = await tx
    .select({ id: orgUnit.id })
    .from(orgUnit)
    .where(eq(orgUnit.code, body.code))
    .limit(1);
  if (taken)
    throw new AppError('UNIT_CODE_TAKEN', {
      details: [{ path: 'code', message: 'Mã đơn vị đã được sử dụng' }],
    });
  let parent: UnitRow | null = null;
  if (body.parentCode) {
    parent = await unitInScope(tx, actor.scope, body.parentCode, 'parentCode');
    if (!validOn(parent, body.validFrom))
      throw fieldError('parentCode', 'Đơn vị cấp trên không còn hiệu lực vào ngày này');
  } else if (actor.scope.kind !== 'all') {
    throw fieldError('parentCode', 'Vui lòng chọn đơn vị cấp trên trong phạm vi quản lý');
  }
  return insertUnit(tx, { ...body, parent });
}

export async function create(db: Db, ctx: AuditContext, actor: Who, body: UnitCreateBody) {
  const code = await mutate(db, ctx, async (tx) => {
    const u = await createIn(tx, actor, body);
    await tx.insert(orgEvent).values({ kind: 'create', effectiveDate: body.validFrom, unitId: u.id });
    return {
      result: u.code,
      audit: { action: 'unit.create', entity: 'org_unit', entityId: u.id, after: body },
    };
  });
  return detail(db, actor, code);
}

export async function update(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  code: string,
  body: {
    name?: string;
    officialCode?: string | null;
    areaClass?: string | null;
    difficultArea?: boolean;
    effectiveDate: string;
    version: number;
  },
) {
  await mutate(db, ctx, async (tx) => {
    const before = await unitInScope(tx, actor.scope, code, 'code');
    if (before.version !== body.version) throw new AppError('VERSION_CONFLICT');
    const renamed = body.name !== undefined && body.name !== before.name;
    if (renamed) {
      if (!validOn(before, body.effectiveDate))
        throw fieldError('effectiveDate', 'Đơn vị không còn hiệu lực vào ngày này');
      await newVersion(tx, before.id, body.effectiveDate, { name: body.name });
      await tx.insert(orgEvent).values({
        kind: 'rename',
        effectiveDate: body.effectiveDate,
        unitId: before.id,
        details: { from: before.name, to: body.name },
      });
    }
    const [after] = await tx
      .update(orgUnit)
      .set({
        // The unit's current name is the one valid today.
        name: renamed && body.effectiveDate <= todayVn() ? body.name : before.name,
        officialCode: body.officialCode === undefined ? before.officialCode : body.officialCode,
        areaClass: body.areaClass === undefined ? before.areaClass : body.areaClass,
        difficultArea: body.difficultArea ?? before.difficultArea,
        version: before.version + 1,
      })
      .where(and(eq(orgUnit.id, before.id), eq(orgUnit.version, body.version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT');
    // The area class and difficult-area flag decide grace periods: re-evaluate the unit's people.
    if (after.areaClass !== before.areaClass || after.difficultArea !== before.difficultArea) {
      const holders = await tx.execute<{ person_id: string }>(sql`
        select distinct person_id from assignment
        where unit_id = ${before.id} and (valid_to is null or valid_to > ${todayVn()}::date)`);
      await refreshCompliance(
        tx,
        holders.rows.map((r) => Number(r.person_id)),
        todayVn(),
      );
    }
    return {
      result: null,
      audit: { action: 'unit.update', entity: 'org_unit', entityId: before.id, before, after },
    };
  });
  return detail(db, actor, code);
}

export async function move(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  code: string,
  body: { parentCode: string; effectiveDate: string; decisionNo?: string | null },
) {
  notInFuture(body.effectiveDate);
  await mutate(db, ctx, async (tx) => {
    const unit = await unitInScope(tx, actor.scope, code, 'code');
    const parent = await unitInScope(tx, actor.scope, body.parentCode, 'parentCode');
    if (parent.path.startsWith(unit.path))
      throw fieldError('parentCode', 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị trực thuộc nó');
    if (!validOn(unit, body.effectiveDate) || !validOn(parent, body.effectiveDate)) {
      throw fieldError('effectiveDate', 'Đơn vị không còn hiệu lực vào ngày này');
    }
    await newVersion(tx, unit.id, body.effectiveDate, { parentId: parent.id });
    await reparentPaths(tx, unit, parent);
    await tx.insert(orgEvent).values({
      kind: 'move',
      effectiveDate: body.effectiveDate,
      unitId: unit.id,
      decisionNo: body.decisionNo ?? null,
      details: { to: parent.code },
    });
    return {
      result: null,
      audit: {
        action: 'unit.move',
        entity: 'org_unit',
        entityId: unit.id,
        before: { parent: unit.parentId },
        after: { parent: parent.code, effectiveDate: body.effectiveDate },
      },
    };
  });
  return detail(db, actor, code);
}

/**
 * Merger (sáp nhập) on a date: the sources end, the successor (existing or new) continues them.
 * Their sub-units move under the successor; their people's open assignments end the day before
 * and continue in the successor as a transfer (điều động), so history stays untouched.
 */
export async function merge(db: Db, ctx: AuditContext, actor: Who, body: MergeBody) {
  notInFuture(body.effectiveDate);
  const date = body.effectiveDate;
  const successorCode = await mutate(db, ctx, async (tx) => {
    const sources: UnitRow[] = [];
    for (const [i, code] of body.sourceCodes.entries()) {
      const u = await unitInScope(tx, actor.scope, code, `sourceCodes.${i}`);
      if (!validOn(u, date) || u.validFrom === date)
        throw fieldError(`sourceCodes.${i}`, `Đơn vị ${u.name} không còn hiệu lực vào ngày sáp nhập`);
      sources.push(u);
    }
    const first = sources[0];
    if (!first) throw fieldError('sourceCodes', 'Chọn ít nhất một đơn vị bị sáp nhập');
    let successor: UnitRow;
    if (body.successorCode) {
      successor = await unitInScope(tx, actor.scope, body.successorCode, 'successorCode');
      if (sources.some((s) => s.id === successor.id))
        throw fieldError('successorCode', 'Đơn vị kế thừa không được nằm trong danh sách bị sáp nhập');
      if (!validOn(successor, date))
        throw fieldError('successorCode', 'Đơn vị kế thừa không còn hiệu lực vào ngày sáp nhập');
    } else if (body.successor) {
      const parentCode =
        body.successor.parentCode ??
        (first.parentId
          ? (await tx.select().from(orgUnit).where(eq(orgUnit.id, first.parentId)))[0]?.code
          : null);
      successor = await createIn(tx, actor, {
        ...body.successor,
        parentCode: parentCode ?? null,
        validFrom: date,
      });
      await tx.insert(orgEvent).values({
        kind: 'create',
        effectiveDate: date,
        unitId: successor.id,
        decisionNo: body.decisionNo ?? null,
      });
    } else {
      throw fieldError('successorCode', 'Chọn đơn vị kế thừa');
    }

    const moved = new Set<number>();
    for (const s of sources) {
      await tx
        .update(orgUnit)
        .set({ validTo: date, mergedIntoId: successor.id, version: s.version + 1 })
        .where(eq(orgUnit.id, s.id));
      await endVersions(tx, s.id, date);
      // Sub-units still valid after the date continue under the successor.
      const children = await tx
        .select()
        .from(orgUnit)
        .where(and(eq(orgUnit.parentId, s.id), or(isNull(orgUnit.validTo), gt(orgUnit.validTo, date))));
      for (const child of children) {
        await newVersion(tx, child.id, date, { parentId: successor.id });
        await reparentPaths(tx, child, successor);
      }
      // Open assignments end and continue in the successor; ones starting later simply move.
      const open = await tx
        .select()
        .from(assignment)
        .where(
          and(
            eq(assignment.unitId, s.id),
            lt(assignment.validFrom, date),
            or(isNull(assignment.validTo), gt(assignment.validTo, date)),
          ),
        );
      for (const a of open) {
        await tx
          .update(assignment)
          .set({ validTo: date, version: a.version + 1 })
          .where(eq(assignment.id, a.id));
        await tx.insert(assignment).values({
          personId: a.personId,
          unitId: successor.id,
          positionId: a.positionId,
          kind: 'transfer',
          decisionNo: body.decisionNo ?? a.decisionNo,
          decisionDate: date,
          validFrom: date,
          validTo: a.validTo,
          note: `Sáp nhập ${s.name} vào ${successor.name}`,
        });
        moved.add(a.personId);
      }
      const later = await tx
        .update(assignment)
        .set({ unitId: successor.id })
        .where(and(eq(assignment.unitId, s.id), sql`${assignment.validFrom} >= ${date}::date`))
        .returning({ personId: assignment.personId });
      for (const l of later) moved.add(l.personId);
      await tx.insert(orgEvent).values({
        kind: 'merge',
        effectiveDate: date,
        unitId: s.id,
        decisionNo: body.decisionNo ?? null,
        details: { into: successor.code },
      });
    }
    await tx.insert(orgEvent).values({
      kind: 'merge_successor',
      effectiveDate: date,
      unitId: successor.id,
      decisionNo: body.decisionNo ?? null,
      details: { from: sources.map((s) => s.code) },
    });
    if (moved.size) await keepPeopleCurrent(tx, [...moved], todayVn());
    return {
      result: successor.code,
      audit: {
        action: 'unit.merge',
        entity: 'org_unit',
        entityId: successor.id,
        before: { sources: sources.map((s) => s.code) },
        after: { successor: successor.code, effectiveDate: date, peopleMoved: moved.size },
      },
    };
  });
  return detail(db, actor, successorCode);
}

export async function dissolve(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  code: string,
  body: { effectiveDate: string; decisionNo?: string | null },
) {
  notInFuture(body.effectiveDate);
  await mutate(db, ctx, async (tx) => {
    const u = await unitInScope(tx, actor.scope, code, 'code');
    if (!validOn(u, body.effectiveDate))
      throw fieldError('effectiveDate', 'Đơn vị không còn hiệu lực vào ngày này');
    const busy = await tx.execute<{ n: string }>(sql`select
      (select count(*) from assignment where unit_id = ${u.id} and (valid_to is null or valid_to > ${body.effectiveDate}::date))
      + (select count(*) from org_unit where parent_id = ${u.id} and (valid_to is null or valid_to > ${body.effectiveDate}::date)) as n`);
    if (Number(busy.rows[0]?.n ?? 0) > 0) throw new AppError('UNIT_HAS_MEMBERS');
    await tx
      .update(orgUnit)
      .set({ validTo: body.effectiveDate, version: u.version + 1 })
      .where(eq(orgUnit.id, u.id));
    await endVersions(tx, u.id, body.effectiveDate);
    await tx.insert(orgEvent).values({
      kind: 'dissolve',
      effectiveDate: body.effectiveDate,
      unitId: u.id,
      decisionNo: body.decisionNo ?? null,
    });
    return {
      result: null,
      audit: { action: 'unit.dissolve', entity: 'org_unit', entityId: u.id, after: body },
    };
  });
  return detail(db, actor, code);
}
