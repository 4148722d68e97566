/**
 * A new plan's draft: targets from today's training needs of the unit (one per programme, with
 * the people who need it), raised to what ancestors' plans allocated to the unit, costed from the
 * programmes' history (cost per person-time of their past courses) and split into budget lines by
 * the funding sources that paid for those courses. The officer edits the draft afterwards.
 */
import { inArray, sql } from 'drizzle-orm';
import { FUNDING_SOURCES, type FundingSource } from '../../../core/contracts/training-courses';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { trainingNeeds } from '../needs/service';
import { programme } from '../training/schema';
import { allocationsTo, type PlanUnit } from './present';

export interface DraftTarget {
  kind: 'programme' | 'qualification';
  programmeId: number | null;
  dimension: string | null;
  level: string | null;
  persons: number;
  personTimes: number | null;
  dueDate: string | null;
  estimatedCost: number;
}
export interface BudgetLine {
  fundingSource: FundingSource;
  amount: number;
}
export interface ProgrammeCost {
  /** Whole đồng per person-time; 0 without history. */
  perPersonTime: number;
  bySource: Map<string, number>;
}

/** Array parameter as a Postgres literal (ids are integers: nothing to escape). */
const idArray = (ids: number[]) => `{${ids.join(',')}}`;

/**
 * Historical cost of programmes: sum of course_cost over their non-cancelled courses divided by
 * the people those courses took (enrolled, completed or failed). course_programme_idx →
 * course_cost_course_idx / enrolment_course_idx.
 */
export async function programmeCosts(db: DbOrTx, ids: number[]): Promise<Map<number, ProgrammeCost>> {
  const out = new Map<number, ProgrammeCost>();
  if (ids.length === 0) return out;
  const res = await db.execute<{
    programme_id: string;
    funding_source: string;
    amount: string;
    n: string | null;
  }>(sql`
    with c as (
      select id, programme_id from course
      where programme_id = any(${idArray(ids)}::bigint[]) and status <> 'cancelled'
    ),
    n as (
      select c.programme_id, count(*) as n from c join enrolment e on e.course_id = c.id
      where e.status in ('enrolled', 'completed', 'failed')
      group by c.programme_id
    )
    select c.programme_id, cc.funding_source, sum(cc.amount) as amount, max(n.n) as n
    from c join course_cost cc on cc.course_id = c.id left join n on n.programme_id = c.programme_id
    group by c.programme_id, cc.funding_source`);
  const totals = new Map<number, { total: number; n: number }>();
  for (const r of res.rows) {
    const id = Number(r.programme_id);
    const entry = out.get(id) ?? { perPersonTime: 0, bySource: new Map<string, number>() };
    entry.bySource.set(r.funding_source, Number(r.amount));
    out.set(id, entry);
    const t = totals.get(id) ?? { total: 0, n: Number(r.n ?? 0) };
    t.total += Number(r.amount);
    totals.set(id, t);
  }
  for (const [id, t] of totals) {
    const entry = out.get(id);
    if (entry) entry.perPersonTime = t.n > 0 ? t.total / t.n : 0;
  }
  return out;
}

/**
 * Splits `total` by the shares of `weights` (largest remainder, so the lines add up exactly);
 * without any weight, one line of local budget (ngân sách địa phương) carries it all.
 */
export function splitBudget(total: number, weights: Map<string, number>): BudgetLine[] {
  const known = FUNDING_SOURCES.filter((s) => (weights.get(s) ?? 0) > 0);
  const sum = known.reduce((s, k) => s + (weights.get(k) ?? 0), 0);
  if (sum === 0) return [{ fundingSource: 'local', amount: total }];
  const exact = known.map((k) => ({ k, v: (total * (weights.get(k) ?? 0)) / sum }));
  const lines = exact.map((e) => ({ fundingSource: e.k, amount: Math.floor(e.v) }));
  let rest = total - lines.reduce((s, l) => s + l.amount, 0);
  const byRemainder = exact
    .map((e, i) => ({ i, r: e.v - Math.floor(e.v) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (rest <= 0) break;
    const line = lines[i];
    if (line) line.amount += 1;
    rest -= 1;
  }
  return lines;
}

/** Raises (or adds) targets so that each allocation from an ancestor's plan is covered. */
function applyAllocations(
  targets: DraftTarget[],
  allocations: Awaited<ReturnType<typeof allocationsTo>>,
  toYear: number,
): void {
  for (const a of allocations) {
    const same = targets.find((t) =>
      a.kind === 'programme'
        ? t.kind === 'programme' && t.programmeId === a.programmeId
        : t.kind === 'qualification' && t.dimension === a.dimension && t.level === a.level,
    );
    const t: DraftTarget = same ?? {
      kind: a.kind === 'programme' ? 'programme' : 'qualification',
      programmeId: a.programmeId,
      dimension: a.dimension,
      level: a.level,
      persons: 0,
      personTimes: a.kind === 'programme' ? 0 : null,
      dueDate: a.kind === 'programme' ? null : `${toYear}-12-31`,
      estimatedCost: 0,
    };
    if (!same) targets.push(t);
    t.persons = Math.max(t.persons, a.persons);
    if (t.kind === 'programme')
      t.personTimes = Math.max(t.personTimes ?? 0, a.personTimes ?? a.persons, t.persons);
  }
}

export async function draftFromNeeds(
  db: DbOrTx,
  actor: Pick<Actor, 'scope'>,
  unit: PlanUnit,
  fromYear: number,
  toYear: number,
): Promise<{ targets: DraftTarget[]; budget: BudgetLine[] }> {
  // pageSize 1: only the per-programme summary is used, not the people listed.
  const needs = await trainingNeeds(db, actor, { unit: unit.code, page: 1, pageSize: 1 });
  const codes = needs.summary.flatMap((s) => (s.programme ? [s.programme.code] : []));
  const ids =
    codes.length === 0
      ? new Map<string, number>()
      : new Map(
          (
            await db
              .select({ id: programme.id, code: programme.code })
              .from(programme)
              .where(inArray(programme.code, codes))
          ).map((p) => [p.code, p.id]),
        );
  const targets: DraftTarget[] = needs.summary.flatMap((s) => {
    const id = s.programme ? ids.get(s.programme.code) : undefined;
    if (id === undefined) return [];
    return [
      {
        kind: 'programme' as const,
        programmeId: id,
        dimension: null,
        level: null,
        persons: s.people,
        personTimes: s.people,
        dueDate: null,
        estimatedCost: 0,
      },
    ];
  });
  applyAllocations(targets, await allocationsTo(db, unit.id, fromYear, toYear, null), toYear);
  const programmeIds = targets.flatMap((t) => (t.programmeId === null ? [] : [t.programmeId]));
  const costs = await programmeCosts(db, programmeIds);
  const weights = new Map<string, number>();
  for (const t of targets) {
    const c = t.programmeId === null ? undefined : costs.get(t.programmeId);
    if (!c) continue;
    t.estimatedCost = Math.round(t.persons * c.perPersonTime);
    for (const [s, v] of c.bySource) weights.set(s, (weights.get(s) ?? 0) + v);
  }
  const total = targets.reduce((s, t) => s + t.estimatedCost, 0);
  return { targets, budget: splitBudget(total, weights) };
}
