/**
 * Progress of a plan on a date: actual figures of the plan unit's subtree against each target.
 * Programme targets: completions of courses of the programme by people the subtree nominated,
 * within the plan's years up to the date (one grouped query for all targets). Qualification
 * targets: the qualification-structure report of the subtree on the date (the same figures as
 * GET /api/reports/qualifications), summed over the levels at or above the target's.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { todayVn } from '../../../core/catalog/dates';
import {
  DIMENSION_LABELS,
  type Dimension,
  LEVEL_LABELS,
  LEVELS,
  levelRank,
} from '../../../core/catalog/levels';
import type { PlanProgress } from '../../../core/contracts/plans';
import type { Db } from '../../db/client';
import { type ByDimension, qualificationsAsOf, qualificationsToday } from '../reports/qualifications';
import { programme } from '../training/schema';
import { planOr404, type Who } from './present';
import { planTarget } from './schema';

interface ProgrammeActual {
  persons: number;
  times: number;
  inTraining: number;
}

/**
 * course_programme_idx → enrolment_course_idx; the nominating unit (enrolment.unit_id) is in the
 * subtree by path prefix on org_unit (org_unit_path_idx).
 */
async function programmeActuals(
  db: Db,
  programmeIds: number[],
  unitPath: string,
  from: string,
  to: string,
): Promise<Map<number, ProgrammeActual>> {
  const out = new Map<number, ProgrammeActual>();
  if (programmeIds.length === 0) return out;
  const done = sql`e.status = 'completed' and e.completed_on between ${from}::date and ${to}::date`;
  const current = sql`e.status = 'enrolled' and c.status in ('open', 'running')`;
  const res = await db.execute<{
    programme_id: string;
    persons: string;
    times: string;
    in_training: string;
  }>(sql`
    select c.programme_id,
      count(distinct e.person_id) filter (where ${done}) as persons,
      count(*) filter (where ${done}) as times,
      count(distinct e.person_id) filter (where ${current}) as in_training
    from course c
    join enrolment e on e.course_id = c.id
    join org_unit u on u.id = e.unit_id
    where c.programme_id = any(${`{${programmeIds.join(',')}}`}::bigint[])
      and u.path like ${`${unitPath}%`}
      and ((${done}) or (${current}))
    group by c.programme_id`);
  for (const r of res.rows)
    out.set(Number(r.programme_id), {
      persons: Number(r.persons),
      times: Number(r.times),
      inTraining: Number(r.in_training),
    });
  return out;
}

/** People holding the level or a higher one of its dimension. */
export function atOrAbove(by: ByDimension, dimension: Dimension, level: string): number {
  const rank = levelRank(dimension, level);
  return LEVELS[dimension].reduce((s, l, i) => s + (i + 1 >= rank ? (by[dimension][l] ?? 0) : 0), 0);
}

const percentOf = (actual: number, target: number) =>
  target === 0 ? null : Math.round((actual / target) * 1000) / 10;

export async function planProgress(db: Db, actor: Who, id: number, asOf?: string): Promise<PlanProgress> {
  const today = todayVn();
  const date = asOf ?? today;
  const { plan, unit } = await planOr404(db, actor, id);
  const targets = await db
    .select({ t: planTarget, name: programme.name })
    .from(planTarget)
    .leftJoin(programme, eq(programme.id, planTarget.programmeId))
    .where(eq(planTarget.planId, id))
    .orderBy(asc(planTarget.position), asc(planTarget.id));
  const end = `${plan.toYear}-12-31`;
  const programmeIds = [
    ...new Set(targets.flatMap(({ t }) => (t.programmeId === null ? [] : [t.programmeId]))),
  ];
  const actuals = await programmeActuals(
    db,
    programmeIds,
    unit.path,
    `${plan.fromYear}-01-01`,
    date < end ? date : end,
  );
  const needsStructure = targets.some(({ t }) => t.kind === 'qualification');
  // Today from the derived columns, another date from history: the report's own choice.
  const structure = needsStructure
    ? date === today
      ? await qualificationsToday(db, unit.path)
      : await qualificationsAsOf(db, unit.id, date)
    : null;
  return {
    planId: id,
    asOf: date,
    targets: targets.map(({ t, name }) => {
      if (t.kind === 'programme') {
        const a = t.programmeId === null ? undefined : actuals.get(t.programmeId);
        const actual = a?.persons ?? 0;
        return {
          targetId: t.id,
          kind: 'programme' as const,
          label: name ?? 'Chương trình',
          persons: t.persons,
          personTimes: t.personTimes,
          actualPersons: actual,
          actualPersonTimes: a?.times ?? 0,
          inTraining: a?.inTraining ?? 0,
          percent: percentOf(actual, t.persons),
        };
      }
      const d = t.dimension as Dimension;
      const level = t.level ?? '';
      const actual = structure ? atOrAbove(structure.byDimension, d, level) : 0;
      return {
        targetId: t.id,
        kind: 'qualification' as const,
        label: `${DIMENSION_LABELS[d]}: ${LEVEL_LABELS[d][level] ?? level} trở lên`,
        persons: t.persons,
        personTimes: t.personTimes,
        actualPersons: actual,
        actualPersonTimes: null,
        inTraining: null,
        percent: percentOf(actual, t.persons),
      };
    }),
  };
}
