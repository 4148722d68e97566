/**
 * Keeps the materialised compliance (compliance_post, person_compliance, compliance_rollup)
 * current. Every change that can move a person's compliance calls `refreshCompliance` for that
 * person inside its own transaction; the full recompute runs the same function over everyone and
 * then rebuilds the roll-ups from the person rows, so incremental upkeep and a full rebuild agree.
 */
import { sql } from 'drizzle-orm';
import { nextChange, type PersonCompliance, personCompliance } from '../../../core/standards/person';
import type { AppliesTo, Gap, StandardSet } from '../../../core/standards/types';
import type { DbOrTx } from '../../db/client';
import { loadStandards } from '../standards/queries';
import { loadBundles } from './facts';

type Counts = { meets: number; inProgress: number; gap: number };

/** Rows as the JSON the bulk inserts read (column names). */
interface PostRow {
  assignment_id: number;
  person_id: number;
  position_id: number;
  unit_id: number;
  status: string;
  gaps: Gap[];
  version_ids: number[];
}
interface PersonRow {
  person_id: number;
  status: string;
  home_assignment_id: number;
  home_unit_id: number;
  home_position_id: number;
  position_group: string;
  key_cadre: boolean;
  gap_count: number;
  next_change: string | null;
  computed_on: string;
}
const FIELD = { meets: 'meets', in_progress: 'inProgress', gap: 'gap' } as const;

function bump(m: Map<string, Counts>, key: string, status: string, by: number) {
  const c = m.get(key) ?? { meets: 0, inProgress: 0, gap: 0 };
  c[FIELD[status as keyof typeof FIELD]] += by;
  m.set(key, c);
}

const chunks = <T>(xs: readonly T[], n: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

/**
 * Re-evaluates the given people as of `today` and moves the roll-ups by the difference.
 * `standards` can be passed by a caller that already loaded them (batches of a full recompute).
 */
export async function refreshCompliance(
  tx: DbOrTx,
  personIds: readonly number[],
  today: string,
  standards?: readonly StandardSet[],
): Promise<void> {
  const ids = [...new Set(personIds)].sort((a, b) => a - b);
  if (ids.length === 0) return;
  const arr = `{${ids.join(',')}}`;
  const sets = standards ?? (await loadStandards(tx));
  const old = await tx.execute<{
    status: string;
    home_unit_id: string;
    position_group: string;
    key_cadre: boolean;
  }>(
    sql`delete from person_compliance where person_id = any(${arr}::bigint[])
        returning status, home_unit_id, position_group, key_cadre`,
  );
  await tx.execute(sql`delete from compliance_post where person_id = any(${arr}::bigint[])`);
  const deltas = new Map<string, Counts>();
  for (const o of old.rows)
    bump(deltas, `${o.home_unit_id}|${o.position_group}|${o.key_cadre}`, o.status, -1);

  const bundles = await loadBundles(tx, ids, today);
  const postRows: PostRow[] = [];
  const personRows: PersonRow[] = [];
  for (const b of bundles) {
    const c: PersonCompliance | null = personCompliance(sets, b.facts, b.holdings, today);
    if (!c) continue;
    for (const p of c.posts) {
      postRows.push({
        assignment_id: p.assignmentId,
        person_id: b.personId,
        position_id: p.position.id ?? 0,
        unit_id: p.unitId,
        status: p.status,
        gaps: p.gaps,
        version_ids: p.versionIds,
      });
    }
    const home = c.home;
    personRows.push({
      person_id: b.personId,
      status: c.status,
      home_assignment_id: home.assignmentId,
      home_unit_id: home.unitId,
      home_position_id: home.position.id ?? 0,
      position_group: home.position.group,
      key_cadre: home.position.keyCadre,
      gap_count: c.posts.reduce((n, p) => n + p.gaps.length, 0),
      next_change: nextChange(sets, b.facts, b.holdings, today),
      computed_on: today,
    });
    bump(deltas, `${home.unitId}|${home.position.group}|${home.position.keyCadre}`, c.status, 1);
  }
  // One JSON parameter per table: binding thousands of rows as parameters costs more than the insert.
  if (postRows.length)
    await tx.execute(sql`
      insert into compliance_post (assignment_id, person_id, position_id, unit_id, status, gaps, version_ids)
      select assignment_id, person_id, position_id, unit_id, status, gaps, version_ids
      from jsonb_to_recordset(${JSON.stringify(postRows)}::jsonb) as x(
        assignment_id bigint, person_id bigint, position_id bigint, unit_id bigint, status text,
        gaps jsonb, version_ids bigint[])`);
  if (personRows.length)
    await tx.execute(sql`
      insert into person_compliance (person_id, status, home_assignment_id, home_unit_id, home_position_id,
        position_group, key_cadre, gap_count, next_change, computed_on)
      select person_id, status, home_assignment_id, home_unit_id, home_position_id,
        position_group, key_cadre, gap_count, next_change, computed_on
      from jsonb_to_recordset(${JSON.stringify(personRows)}::jsonb) as x(
        person_id bigint, status text, home_assignment_id bigint, home_unit_id bigint, home_position_id bigint,
        position_group text, key_cadre boolean, gap_count int, next_change date, computed_on date)`);
  await applyDeltas(tx, deltas);
}

/** Adds the deltas to the roll-ups, in key order so concurrent transactions cannot deadlock. */
async function applyDeltas(tx: DbOrTx, deltas: Map<string, Counts>) {
  const rows = [...deltas.entries()]
    .filter(([, c]) => c.meets !== 0 || c.inProgress !== 0 || c.gap !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, c]) => {
      const [unit, group, kc] = key.split('|');
      return { unit: Number(unit), group: group ?? '', kc: kc === 'true', ...c };
    });
  for (const part of chunks(rows, 1000)) {
    const values = sql.join(
      part.map(
        (r) =>
          sql`(${r.unit}::bigint, ${r.group}, ${r.kc}::boolean, ${r.meets}::int, ${r.inProgress}::int, ${r.gap}::int)`,
      ),
      sql`, `,
    );
    await tx.execute(sql`
      insert into compliance_rollup as r (unit_id, position_group, key_cadre, meets, in_progress, gap)
      values ${values}
      on conflict (unit_id, position_group, key_cadre) do update set
        meets = r.meets + excluded.meets,
        in_progress = r.in_progress + excluded.in_progress,
        gap = r.gap + excluded.gap`);
  }
}

/** Rebuilds the roll-ups exactly from the person rows (end of a full recompute). */
export async function rebuildRollups(tx: DbOrTx): Promise<void> {
  // Incremental upkeep waits while the counts are replaced, so none of its deltas is lost.
  await tx.execute(sql`lock table compliance_rollup in exclusive mode`);
  await tx.execute(sql`delete from compliance_rollup`);
  await tx.execute(sql`
    insert into compliance_rollup (unit_id, position_group, key_cadre, meets, in_progress, gap)
    select home_unit_id, position_group, key_cadre,
      count(*) filter (where status = 'meets'),
      count(*) filter (where status = 'in_progress'),
      count(*) filter (where status = 'gap')
    from person_compliance group by home_unit_id, position_group, key_cadre`);
}

/**
 * People holding on `date` a post that any of `scopes` covers (by post code or group). With
 * `future`, also those who will hold one later: their next-change date depends on its rules too.
 */
export async function holdersOf(
  db: DbOrTx,
  scopes: readonly AppliesTo[],
  date: string,
  opts: { future?: boolean } = {},
): Promise<number[]> {
  const codes = [...new Set(scopes.flatMap((a) => a.positions))];
  const groups = [...new Set(scopes.flatMap((a) => a.groups ?? []))];
  const starts = opts.future ? sql`true` : sql`a.valid_from <= ${date}::date`;
  const res = await db.execute<{ person_id: string }>(sql`
    select distinct a.person_id from assignment a join position pos on pos.id = a.position_id
    where ${starts} and (a.valid_to is null or a.valid_to > ${date}::date)
      and (pos.code = any(${`{${codes.join(',')}}`}::text[]) or pos."group" = any(${`{${groups.join(',')}}`}::text[]))`);
  return res.rows.map((r) => Number(r.person_id));
}

/**
 * People whose compliance may need re-evaluating for `today`: anyone holding a post a set
 * applies to, plus anyone with a row now (their post may have ended). Ascending, for batching.
 */
export async function candidatePeople(
  db: DbOrTx,
  sets: readonly StandardSet[],
  today: string,
): Promise<number[]> {
  const holders = await holdersOf(
    db,
    sets.map((s) => s.appliesTo),
    today,
  );
  const rows = await db.execute<{ person_id: string }>(sql`select person_id from person_compliance`);
  const ids = new Set([...holders, ...rows.rows.map((r) => Number(r.person_id))]);
  return [...ids].sort((a, b) => a - b);
}
