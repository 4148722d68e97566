/**
 * Qualification structure of a unit's workforce (contracts §6): each person working in the
 * subtree on `asOf` counted once, at their highest completed level per dimension.
 * Today: one scan over the derived columns of `person` (index on current_unit_path).
 * Another date: from assignment and qualification history, through the tree as it was then.
 * Both paths pick the same primary assignment and the same "completed by the date" rule, so they
 * agree on today's date (a test holds them to it).
 */
import { sql } from 'drizzle-orm';
import { DIMENSIONS, type Dimension, LEVELS, levelOfRank } from '../../../core/catalog/levels';
import type { DbOrTx } from '../../db/client';
import { subtreeOn } from '../org/tree';
import { RANK_COLUMNS } from '../people/derived';

export type ByDimension = Record<Dimension, Record<string, number>>;

export interface QualificationReport {
  unit: { code: string; name: string };
  asOf: string;
  total: number;
  byDimension: ByDimension;
}

function emptyCounts(): ByDimension {
  const out = {} as ByDimension;
  for (const d of DIMENSIONS) out[d] = Object.fromEntries(LEVELS[d].map((l) => [l, 0]));
  return out;
}

/** Today, from derived columns: one pass with a filtered count per (dimension, level). */
export async function qualificationsToday(
  db: DbOrTx,
  unitPath: string,
): Promise<{ total: number; byDimension: ByDimension }> {
  const counts: string[] = ['count(*) as total'];
  for (const d of DIMENSIONS) {
    LEVELS[d].forEach((_, i) => {
      counts.push(`count(*) filter (where ${RANK_COLUMNS[d]} = ${i + 1}) as "${d}:${i + 1}"`);
    });
  }
  const res = await db.execute<Record<string, string>>(sql`
    select ${sql.raw(counts.join(', '))} from person
    where current_assigned and current_unit_path like ${`${unitPath}%`}`);
  const row = res.rows[0] ?? {};
  const byDimension = emptyCounts();
  for (const d of DIMENSIONS) {
    LEVELS[d].forEach((level, i) => {
      byDimension[d][level] = Number(row[`${d}:${i + 1}`] ?? 0);
    });
  }
  return { total: Number(row.total ?? 0), byDimension };
}

/** Any date, from history; `unitId` null = every unit (the nation). */
export async function qualificationsAsOf(
  db: DbOrTx,
  unitId: number | null,
  asOf: string,
): Promise<{ total: number; byDimension: ByDimension }> {
  const res = await db.execute<{ dimension: string | null; rank: number | null; n: string }>(sql`
    with sub as (${unitId === null ? sql`select id from org_unit` : subtreeOn(unitId, asOf)}),
    cand as (
      select distinct a.person_id from assignment a join sub on sub.id = a.unit_id
      where a.valid_from <= ${asOf}::date and (a.valid_to is null or a.valid_to > ${asOf}::date)
    ),
    prim as (
      select distinct on (a.person_id) a.person_id, a.unit_id
      from assignment a join cand on cand.person_id = a.person_id
      where a.valid_from <= ${asOf}::date and (a.valid_to is null or a.valid_to > ${asOf}::date)
      order by a.person_id, (a.kind in ('concurrent', 'secondment')), a.valid_from desc, a.id desc
    ),
    ppl as (select prim.person_id from prim join sub on sub.id = prim.unit_id),
    best as (
      select q.person_id, q.dimension, max(q.rank) as rank
      from qualification q join ppl on ppl.person_id = q.person_id
      where q.status = 'completed' and (q.end_date is null or q.end_date <= ${asOf}::date)
      group by q.person_id, q.dimension
    )
    select null as dimension, null as rank, count(*) as n from ppl
    union all
    select dimension, rank, count(*) from best group by dimension, rank`);
  const byDimension = emptyCounts();
  let total = 0;
  for (const r of res.rows) {
    if (r.dimension === null) {
      total = Number(r.n);
      continue;
    }
    const d = r.dimension as Dimension;
    const level = r.rank === null ? null : levelOfRank(d, Number(r.rank));
    if (byDimension[d] && level) byDimension[d][level] = Number(r.n);
  }
  return { total, byDimension };
}
