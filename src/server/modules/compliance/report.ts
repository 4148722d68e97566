/**
 * Compliance counts for a unit's subtree (contracts §6): today from the roll-ups (a sum over the
 * subtree's units), any other date from history through the engine. Both count distinct persons
 * once, under their home post's unit, with the same filters.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type PersonCompliance, personCompliance } from '../../../core/standards/person';
import type { StandardSet } from '../../../core/standards/types';
import type { DbOrTx } from '../../db/client';
import { subtreeOn } from '../org/tree';
import { loadBundles, type PersonBundle } from './facts';

export interface Filters {
  group?: string | undefined;
  keyCadre?: boolean | undefined;
  areaClass?: string | undefined;
}

export interface Counts {
  total: number;
  meets: number;
  inProgress: number;
  gap: number;
  rate: number;
}

export const rateOf = (meets: number, total: number) =>
  total ? Math.round((meets / total) * 10_000) / 10_000 : 0;

export function counts(meets: number, inProgress: number, gap: number): Counts {
  const total = meets + inProgress + gap;
  return { total, meets, inProgress, gap, rate: rateOf(meets, total) };
}

/** Root of a report: a unit (id and today's path) or the nation. */
export type Root = { id: number; path: string } | null;

export interface Breakdown {
  totals: Counts;
  /** Counts per direct child unit id (today's tree, or the tree on the date for as-of). */
  byChild: Map<number, Counts>;
}

function rollupFilters(f: Filters): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.group) parts.push(sql`r.position_group = ${f.group}`);
  if (f.keyCadre !== undefined) parts.push(sql`r.key_cadre = ${f.keyCadre}`);
  if (f.areaClass) parts.push(sql`u.area_class = ${f.areaClass}`);
  return sql.join(parts, sql` and `);
}

/** Today: sums of the per-unit roll-ups over the subtree, grouped by direct child. */
export async function complianceToday(db: DbOrTx, root: Root, f: Filters): Promise<Breakdown> {
  const child = root
    ? sql`case when u.id = ${root.id} then 0 else split_part(substr(u.path, ${root.path.length + 1}), '/', 1)::bigint end`
    : sql`split_part(u.path, '/', 2)::bigint`;
  const where = root ? sql`u.path like ${`${root.path}%`}` : sql`true`;
  const res = await db.execute<{ child: string; meets: string; in_progress: string; gap: string }>(sql`
    select ${child} as child, sum(r.meets) as meets, sum(r.in_progress) as in_progress, sum(r.gap) as gap
    from compliance_rollup r join org_unit u on u.id = r.unit_id
    where ${where} and ${rollupFilters(f)}
    group by 1`);
  const byChild = new Map<number, Counts>();
  let m = 0;
  let ip = 0;
  let g = 0;
  for (const r of res.rows) {
    const c = counts(Number(r.meets), Number(r.in_progress), Number(r.gap));
    m += c.meets;
    ip += c.inProgress;
    g += c.gap;
    if (Number(r.child) !== 0) byChild.set(Number(r.child), c);
  }
  return { totals: counts(m, ip, g), byChild };
}

/** Units of the subtree on a date, each with the direct child of the root it lies under (0 = the root). */
async function unitsOn(db: DbOrTx, root: Root, date: string): Promise<Map<number, number>> {
  const res = root
    ? await db.execute<{ id: string; child: string | null }>(sql`
        with recursive sub(id, child) as (
          select ${root.id}::bigint, null::bigint
          union
          select v.unit_id, coalesce(sub.child, v.unit_id)
          from org_unit_version v join sub on v.parent_id = sub.id
          where v.valid_from <= ${date}::date and (v.valid_to is null or v.valid_to > ${date}::date)
        ) select id, child from sub`)
    : await db.execute<{ id: string; child: string | null }>(sql`
        with recursive sub(id, child) as (
          select v.unit_id, v.unit_id from org_unit_version v
          where v.parent_id is null and v.valid_from <= ${date}::date and (v.valid_to is null or v.valid_to > ${date}::date)
          union
          select v.unit_id, sub.child
          from org_unit_version v join sub on v.parent_id = sub.id
          where v.valid_from <= ${date}::date and (v.valid_to is null or v.valid_to > ${date}::date)
        ) select id, child from sub`);
  return new Map(res.rows.map((r) => [Number(r.id), r.child === null ? 0 : Number(r.child)]));
}

export interface EvaluatedPerson {
  bundle: PersonBundle;
  compliance: PersonCompliance;
  /** Direct child of the root the person is counted under (0 = the root itself). */
  child: number;
}

/**
 * Evaluates, from history, everyone counted in the subtree on the date (holders of a post that a
 * set in force applies to), in batches; calls `each` for those passing the filters.
 */
export async function evaluateSubtreeOn(
  db: DbOrTx,
  root: Root,
  date: string,
  sets: readonly StandardSet[],
  f: Filters,
  each: (e: EvaluatedPerson) => void,
): Promise<void> {
  const inForce = sets.filter((s) => s.validFrom <= date && (s.validTo === null || s.validTo > date));
  const codes = [...new Set(inForce.flatMap((s) => s.appliesTo.positions))];
  const groups = [...new Set(inForce.flatMap((s) => s.appliesTo.groups ?? []))];
  if (codes.length + groups.length === 0) return;
  const units = await unitsOn(db, root, date);
  const sub = root ? subtreeOn(root.id, date) : sql`select id from org_unit`;
  const cand = await db.execute<{ person_id: string }>(sql`
    select distinct a.person_id from assignment a
    join position pos on pos.id = a.position_id
    where a.unit_id in (${sub})
      and a.valid_from <= ${date}::date and (a.valid_to is null or a.valid_to > ${date}::date)
      and (pos.code = any(${`{${codes.join(',')}}`}::text[]) or pos."group" = any(${`{${groups.join(',')}}`}::text[]))
    order by 1`);
  const ids = cand.rows.map((r) => Number(r.person_id));
  const areas = await db.execute<{ id: string; area_class: string | null }>(
    sql`select id, area_class from org_unit where area_class is not null`,
  );
  const areaOf = new Map(areas.rows.map((r) => [Number(r.id), r.area_class]));
  for (let i = 0; i < ids.length; i += 20_000) {
    const bundles = await loadBundles(db, ids.slice(i, i + 20_000), date);
    for (const bundle of bundles) {
      const c = personCompliance(sets, bundle.facts, bundle.holdings, date);
      if (!c) continue;
      const child = units.get(c.home.unitId);
      if (child === undefined) continue;
      if (f.group && c.home.position.group !== f.group) continue;
      if (f.keyCadre !== undefined && c.home.position.keyCadre !== f.keyCadre) continue;
      if (f.areaClass && areaOf.get(c.home.unitId) !== f.areaClass) continue;
      each({ bundle, compliance: c, child });
    }
  }
}

/** Any date, from history. */
export async function complianceAsOf(
  db: DbOrTx,
  root: Root,
  date: string,
  sets: readonly StandardSet[],
  f: Filters,
): Promise<Breakdown> {
  const tally = new Map<number, { meets: number; in_progress: number; gap: number }>();
  const all = { meets: 0, in_progress: 0, gap: 0 };
  await evaluateSubtreeOn(db, root, date, sets, f, ({ compliance, child }) => {
    all[compliance.status] += 1;
    if (child === 0) return;
    const t = tally.get(child) ?? { meets: 0, in_progress: 0, gap: 0 };
    t[compliance.status] += 1;
    tally.set(child, t);
  });
  const byChild = new Map<number, Counts>();
  for (const [k, t] of tally) byChild.set(k, counts(t.meets, t.in_progress, t.gap));
  return { totals: counts(all.meets, all.in_progress, all.gap), byChild };
}
