/**
 * People lists on a past date (`asOf`): who worked in the unit's subtree *as the tree was then*,
 * with the post they held and the levels they had completed by that day. Correct rather than
 * fast (architecture.md): history, not today's derived columns.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { PeopleQuery, PersonListItem } from '../../../core/contracts/people';
import type { DbOrTx } from '../../db/client';
import type { Scope } from '../org/scope';
import { subtreeOn } from '../org/tree';
import { historyConditions, peopleOrder, type ResolvedFilters } from './filters';

interface Row extends Record<string, unknown> {
  id: number;
  cccd: string;
  full_name: string;
  birth_date: string;
  gender: PersonListItem['gender'];
  ethnicity: string | null;
  category: PersonListItem['category'];
  status: PersonListItem['status'];
  unit_code: string;
  unit_name: string;
  position_code: string;
  position_name: string;
  key_cadre: boolean;
  party_member: boolean;
  name_sort: string;
  total: string;
}

/** Each person's primary assignment valid on `asOf` (same choice as the derived columns). */
function primaryOn(unitId: number | null, asOf: string): SQL {
  const sub = unitId === null ? sql`select id from org_unit` : subtreeOn(unitId, asOf);
  return sql`sub as (${sub}),
    cand as (
      select distinct a.person_id from assignment a join sub on sub.id = a.unit_id
      where a.valid_from <= ${asOf}::date and (a.valid_to is null or a.valid_to > ${asOf}::date)
    ),
    prim as (
      select distinct on (a.person_id) a.person_id, a.unit_id, a.position_id
      from assignment a join cand on cand.person_id = a.person_id
      where a.valid_from <= ${asOf}::date and (a.valid_to is null or a.valid_to > ${asOf}::date)
      order by a.person_id, (a.kind in ('concurrent', 'secondment')), a.valid_from desc, a.id desc
    ),
    h as (
      select prim.person_id, prim.unit_id, prim.position_id, u.path as unit_path, u.code as unit_code,
        coalesce(v.name, u.name) as unit_name, pos.code as position_code, pos.name as position_name, pos.key_cadre
      from prim
      join sub on sub.id = prim.unit_id
      join org_unit u on u.id = prim.unit_id
      left join org_unit_version v on v.unit_id = u.id and v.valid_from <= ${asOf}::date
        and (v.valid_to is null or v.valid_to > ${asOf}::date)
      join position pos on pos.id = prim.position_id
    )`;
}

function toItem(r: Row): PersonListItem {
  return {
    id: Number(r.id),
    cccd: r.cccd,
    fullName: r.full_name,
    birthDate: r.birth_date,
    gender: r.gender,
    ethnicity: r.ethnicity,
    category: r.category,
    status: r.status,
    unit: { code: r.unit_code, name: r.unit_name },
    position: { code: r.position_code, name: r.position_name },
    keyCadre: r.key_cadre,
    partyMember: r.party_member,
  };
}

async function select(
  db: DbOrTx,
  scope: Scope,
  q: PeopleQuery,
  resolved: ResolvedFilters & { unitId: number | null },
  asOf: string,
  tail: SQL,
  extra: SQL = sql``,
): Promise<Row[]> {
  const where = sql.join(historyConditions(scope, q, resolved, asOf), sql` and `);
  const res = await db.execute<Row>(sql`
    with ${primaryOn(resolved.unitId, asOf)}
    select p.id, p.cccd, p.full_name, p.birth_date, p.gender, p.ethnicity, p.category, p.status, p.name_sort,
      h.unit_code, h.unit_name, h.position_code, h.position_name, h.key_cadre,
      (p.party_join_date is not null and p.party_join_date <= ${asOf}::date) as party_member,
      count(*) over () as total
    from h join person p on p.id = h.person_id
    where ${where} ${extra}
    ${tail}`);
  return res.rows;
}

export async function listPeopleAsOf(
  db: DbOrTx,
  scope: Scope,
  q: PeopleQuery,
  resolved: ResolvedFilters & { unitId: number | null },
  asOf: string,
): Promise<{ items: PersonListItem[]; total: number }> {
  const order = peopleOrder(q.sort === 'unit' ? 'name' : q.sort);
  const rows = await select(
    db,
    scope,
    q,
    resolved,
    asOf,
    sql`order by ${order} limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
  );
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && q.page > 1) {
    total = Number((await select(db, scope, q, resolved, asOf, sql`limit 1`))[0]?.total ?? 0);
  }
  return { items: rows.map(toItem), total };
}

/** Keyset pages for exports of a past-date list. */
export async function* iteratePeopleAsOf(
  db: DbOrTx,
  scope: Scope,
  q: PeopleQuery,
  resolved: ResolvedFilters & { unitId: number | null },
  asOf: string,
  batch = 2000,
): AsyncGenerator<PersonListItem[]> {
  let after: { sort: string; id: number } | null = null;
  for (;;) {
    const keyset: SQL = after ? sql`and (p.name_sort, p.id) > (${after.sort}, ${after.id})` : sql``;
    const rows = await select(
      db,
      scope,
      q,
      resolved,
      asOf,
      sql`order by p.name_sort, p.id limit ${batch}`,
      keyset,
    );
    if (rows.length === 0) return;
    yield rows.map(toItem);
    const last = rows[rows.length - 1];
    if (!last || rows.length < batch) return;
    after = { sort: last.name_sort, id: Number(last.id) };
  }
}
