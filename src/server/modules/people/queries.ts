import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { PeopleQuery, PersonListItem } from '../../../core/contracts/people';
import type { DbOrTx } from '../../db/client';
import { orgUnit } from '../org/schema';
import { inScope, type Scope } from '../org/scope';
import { position } from '../positions/schema';
import { peopleConditions, peopleOrder, type ResolvedFilters } from './filters';
import { assignment, evaluation, person, qualification, rewardDiscipline } from './schema';

export type PersonRow = typeof person.$inferSelect;

interface ListRow extends Record<string, unknown> {
  id: number;
  cccd: string;
  full_name: string;
  birth_date: string;
  gender: PersonListItem['gender'];
  ethnicity: string | null;
  category: PersonListItem['category'];
  status: PersonListItem['status'];
  unit_code: string | null;
  unit_name: string | null;
  position_code: string | null;
  position_name: string | null;
  key_cadre: boolean;
  party_member: boolean;
}

const listColumns = sql`p.id, p.cccd, p.full_name, p.birth_date, p.gender, p.ethnicity, p.category, p.status,
  u.code as unit_code, u.name as unit_name, pos.code as position_code, pos.name as position_name,
  p.current_key_cadre as key_cadre, (p.party_join_date is not null) as party_member`;

function toItem(r: ListRow): PersonListItem {
  return {
    id: Number(r.id),
    cccd: r.cccd,
    fullName: r.full_name,
    birthDate: r.birth_date,
    gender: r.gender,
    ethnicity: r.ethnicity,
    category: r.category,
    status: r.status,
    unit: r.unit_code && r.unit_name ? { code: r.unit_code, name: r.unit_name } : null,
    position: r.position_code && r.position_name ? { code: r.position_code, name: r.position_name } : null,
    keyCadre: r.key_cadre,
    partyMember: r.party_member,
  };
}

export async function listPeople(
  db: DbOrTx,
  scope: Scope,
  q: PeopleQuery,
  resolved: ResolvedFilters,
  today: string,
): Promise<{ items: PersonListItem[]; total: number }> {
  const where = sql.join(peopleConditions(scope, q, resolved, today), sql` and `);
  if (q.q) {
    // A search matches few rows: collect them first (MATERIALIZED), then count and sort those.
    // Left to itself the planner walked the name-order index over millions of rows hoping to
    // meet 50 matches early (6 s on the 2-million dataset instead of a few milliseconds).
    const rows = await db.execute<ListRow & { total: string }>(sql`
      with m as materialized (select p.* from person p where ${where})
      select ${listColumns}, (select count(*) from m) as total
      from m p
      left join org_unit u on u.id = p.current_unit_id
      left join position pos on pos.id = p.current_position_id
      order by ${peopleOrder(q.sort)}
      limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`);
    const total =
      rows.rows[0]?.total ??
      (await db.execute<{ n: string }>(sql`select count(*) as n from person p where ${where}`)).rows[0]?.n;
    return { items: rows.rows.map(toItem), total: Number(total ?? 0) };
  }
  const count = await db.execute<{ n: string }>(sql`select count(*) as n from person p where ${where}`);
  const rows = await db.execute<ListRow>(sql`
    select ${listColumns}
    from person p
    left join org_unit u on u.id = p.current_unit_id
    left join position pos on pos.id = p.current_position_id
    where ${where}
    order by ${peopleOrder(q.sort)}
    limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`);
  return { items: rows.rows.map(toItem), total: Number(count.rows[0]?.n ?? 0) };
}

/** Streams every matching row in pages of `batch` (exports); keyset paging keeps memory flat. */
export async function* iteratePeople(
  db: DbOrTx,
  scope: Scope,
  q: PeopleQuery,
  resolved: ResolvedFilters,
  today: string,
  batch = 2000,
): AsyncGenerator<PersonListItem[]> {
  const where = sql.join(peopleConditions(scope, q, resolved, today), sql` and `);
  let after: { sort: string; id: number } | null = null;
  for (;;) {
    const keyset: SQL = after ? sql`and (p.name_sort, p.id) > (${after.sort}, ${after.id})` : sql``;
    const rows = await db.execute<ListRow & { name_sort: string }>(sql`
      select ${listColumns}, p.name_sort
      from person p
      left join org_unit u on u.id = p.current_unit_id
      left join position pos on pos.id = p.current_position_id
      where ${where} ${keyset}
      order by p.name_sort, p.id
      limit ${batch}`);
    if (rows.rows.length === 0) return;
    yield rows.rows.map(toItem);
    const last = rows.rows[rows.rows.length - 1];
    if (!last || rows.rows.length < batch) return;
    after = { sort: last.name_sort, id: Number(last.id) };
  }
}

export async function findPersonInScope(db: DbOrTx, scope: Scope, id: number): Promise<PersonRow | null> {
  const rows = await db
    .select()
    .from(person)
    .where(and(eq(person.id, id), inScope(scope, sql`${person.currentUnitPath}`)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findPersonByCccd(db: DbOrTx, cccd: string): Promise<PersonRow | null> {
  const rows = await db.select().from(person).where(eq(person.cccd, cccd)).limit(1);
  return rows[0] ?? null;
}

export async function personHistory(db: DbOrTx, personId: number) {
  const [assignments, qualifications, evaluations, rewards] = await Promise.all([
    db
      .select({
        a: assignment,
        unitCode: orgUnit.code,
        unitName: orgUnit.name,
        positionCode: position.code,
        positionName: position.name,
      })
      .from(assignment)
      .innerJoin(orgUnit, eq(orgUnit.id, assignment.unitId))
      .innerJoin(position, eq(position.id, assignment.positionId))
      .where(eq(assignment.personId, personId))
      .orderBy(desc(assignment.validFrom), desc(assignment.id)),
    db
      .select()
      .from(qualification)
      .where(eq(qualification.personId, personId))
      .orderBy(asc(qualification.dimension), desc(qualification.rank)),
    db.select().from(evaluation).where(eq(evaluation.personId, personId)).orderBy(desc(evaluation.year)),
    db
      .select()
      .from(rewardDiscipline)
      .where(eq(rewardDiscipline.personId, personId))
      .orderBy(desc(rewardDiscipline.decisionDate)),
  ]);
  return { assignments, qualifications, evaluations, rewards };
}

export async function unitByCode(db: DbOrTx, code: string) {
  const rows = await db.select().from(orgUnit).where(eq(orgUnit.code, code)).limit(1);
  return rows[0] ?? null;
}

export async function positionByCode(db: DbOrTx, code: string) {
  const rows = await db.select().from(position).where(eq(position.code, code)).limit(1);
  return rows[0] ?? null;
}

/** Other assignments of the person through the same post that overlap [from, to). */
export async function overlappingSamePost(
  db: DbOrTx,
  personId: number,
  positionId: number,
  from: string,
  to: string | null,
  exceptId: number | null,
) {
  return db.execute<{ id: number; unit_id: number; kind: string }>(sql`
    select id, unit_id, kind from assignment
    where person_id = ${personId} and position_id = ${positionId}
      and (${exceptId}::bigint is null or id <> ${exceptId}::bigint)
      and valid_from < coalesce(${to}::date, 'infinity'::date)
      and coalesce(valid_to, 'infinity'::date) > ${from}::date`);
}
