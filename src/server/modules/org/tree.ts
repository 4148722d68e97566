/**
 * The organisation tree on a date. Today's tree is the fast path (current paths and each person's
 * derived current unit); any other date walks the dated versions and assignments.
 */
import { sql } from 'drizzle-orm';
import type { TreeNode } from '../../../core/contracts/org';
import type { DbOrTx } from '../../db/client';
import { inScope, type Scope } from './scope';

interface NodeRow extends Record<string, unknown> {
  code: string;
  name: string;
  kind: TreeNode['kind'];
  tree: TreeNode['tree'];
  parent_code: string | null;
  official_code: string | null;
  area_class: TreeNode['areaClass'];
  difficult_area: boolean;
  valid_from: string;
  valid_to: string | null;
  merged_into: string | null;
  people: string | number;
}

export async function treeOn(
  db: DbOrTx,
  scope: Scope,
  tree: 'state' | 'party',
  asOf: string,
  today: string,
): Promise<TreeNode[]> {
  // The same people the qualification report counts: each person once, in the unit of their
  // primary assignment that day (derived columns today, history on other dates).
  const counts =
    asOf === today
      ? sql`select current_unit_id as unit_id, count(*) as n from person p
          where p.current_assigned and ${inScope(scope, sql`p.current_unit_path`)} group by current_unit_id`
      : sql`select unit_id, count(*) as n from (
            select distinct on (a.person_id) a.person_id, a.unit_id from assignment a
            where a.valid_from <= ${asOf}::date and (a.valid_to is null or a.valid_to > ${asOf}::date)
            order by a.person_id, (a.kind in ('concurrent', 'secondment')), a.valid_from desc, a.id desc
          ) prim group by unit_id`;
  const rows = await db.execute<NodeRow>(sql`
    with v as (
      select unit_id, parent_id, name from org_unit_version
      where valid_from <= ${asOf}::date and (valid_to is null or valid_to > ${asOf}::date)
    ), c as (${counts})
    select u.code, v.name, u.kind, u.tree, pu.code as parent_code, u.official_code, u.area_class, u.difficult_area,
      u.valid_from, u.valid_to, mu.code as merged_into, coalesce(c.n, 0) as people
    from v
    join org_unit u on u.id = v.unit_id
    left join org_unit pu on pu.id = v.parent_id
    left join org_unit mu on mu.id = u.merged_into_id
    left join c on c.unit_id = u.id
    where u.tree = ${tree} and ${inScope(scope, sql`u.path`)}
    order by u.path`);
  return rows.rows.map((r) => ({
    code: r.code,
    name: r.name,
    kind: r.kind,
    tree: r.tree,
    parentCode: r.parent_code,
    officialCode: r.official_code,
    areaClass: r.area_class,
    difficultArea: r.difficult_area,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    mergedInto: r.merged_into,
    people: Number(r.people),
  }));
}

/**
 * Ids of the units in X's subtree on a date, through the versions valid then (a merged
 * commune is under its old district before the merger, its successor after).
 */
export function subtreeOn(unitId: number, asOf: string) {
  return sql`with recursive sub(id) as (
      select ${unitId}::bigint
      union
      select v.unit_id from org_unit_version v join sub on v.parent_id = sub.id
      where v.valid_from <= ${asOf}::date and (v.valid_to is null or v.valid_to > ${asOf}::date)
    ) select id from sub`;
}
