/**
 * Figures of the training report (contracts §6): enrolments completed in [from, to] whose
 * nominating unit lies in the subtree, by programme content type and awarded level. Persons are
 * distinct people, person-times enrolments; women and ethnic minority count distinct persons. A
 * course's cost lines are shared equally by all its completed enrolments; each share follows its
 * enrolment into the rows, rounded to whole đồng per row and funding source.
 */
import { sql } from 'drizzle-orm';
import type { TrainingReportRow } from '../../../../core/contracts/training-results';
import type { DbOrTx } from '../../../db/client';

type Figures = Omit<TrainingReportRow, 'contentType' | 'level'>;

export interface ReportFigures {
  rows: TrainingReportRow[];
  /** Distinct persons and their counts over all course rows (not the sum of the rows). */
  courseTotals: Figures;
}

/**
 * The completed enrolments of the period under `prefix`. Served by enrolment_completed_idx
 * (completed_on where status = 'completed'), then org_unit by primary key for the path test.
 */
const done = (prefix: string, from: string, to: string) => sql`
  done as materialized (
    select e.id, e.person_id, e.course_id, pr.content_type, pr.awards_level as level, p.gender, p.ethnicity
    from enrolment e
    join org_unit u on u.id = e.unit_id
    join course c on c.id = e.course_id
    join programme pr on pr.id = c.programme_id
    join person p on p.id = e.person_id
    where e.status = 'completed' and e.completed_on >= ${from} and e.completed_on <= ${to}
      and u.path like ${`${prefix}%`}
  )`;

export async function courseFigures(
  db: DbOrTx,
  prefix: string,
  from: string,
  to: string,
): Promise<ReportFigures> {
  // One statement: the period's completions are read once (a materialised CTE) for both the
  // counts and the cost shares; rows with kind 'c' are counts, 'm' are money.
  const res = await db.execute<{
    kind: 'c' | 'm';
    content_type: string | null;
    level: string | null;
    total: number;
    persons: string | null;
    person_times: string | null;
    women: string | null;
    ethnic_minority: string | null;
    funding_source: string | null;
    amount: string | null;
  }>(sql`
    with ${done(prefix, from, to)},
    completed as (
      select e.course_id, count(*) as n from enrolment e
      where e.status = 'completed' and e.course_id in (select distinct course_id from done)
      group by e.course_id
    ),
    share as (
      select cc.course_id, cc.funding_source, sum(cc.amount)::numeric / min(k.n) as per_enrolment
      from course_cost cc join completed k on k.course_id = cc.course_id
      group by cc.course_id, cc.funding_source
    )
    select 'c' as kind, content_type, level, grouping(content_type, level) as total,
      count(distinct person_id) as persons, count(*) as person_times,
      count(distinct person_id) filter (where gender = 'female') as women,
      count(distinct person_id) filter (where ethnicity is not null and ethnicity <> 'Kinh') as ethnic_minority,
      null as funding_source, null as amount
    from done
    group by grouping sets ((content_type, level), ())
    union all
    select 'm', d.content_type, d.level, 0, null, null, null, null, s.funding_source, round(sum(s.per_enrolment))
    from done d join share s on s.course_id = d.course_id
    group by d.content_type, d.level, s.funding_source`);
  const byLevel = (a: string | null, b: string | null) =>
    a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;
  const counts = {
    rows: res.rows
      .filter((r) => r.kind === 'c')
      .sort((a, b) => byLevel(a.content_type, b.content_type) || byLevel(a.level, b.level)),
  };
  const costs = {
    rows: res.rows
      .filter((r) => r.kind === 'm')
      .map((r) => ({
        content_type: r.content_type ?? 'other',
        level: r.level,
        funding_source: r.funding_source ?? '',
        amount: r.amount ?? '0',
      })),
  };
  const key = (t: string | null, l: string | null) => `${t}|${l ?? ''}`;
  const costOf = new Map<string, Record<string, number>>();
  for (const c of costs.rows) {
    const k = key(c.content_type, c.level);
    const m = costOf.get(k) ?? {};
    m[c.funding_source] = Number(c.amount);
    costOf.set(k, m);
  }
  const empty: Figures = { persons: 0, personTimes: 0, women: 0, ethnicMinority: 0, cost: {} };
  let courseTotals = empty;
  const rows: TrainingReportRow[] = [];
  for (const r of counts.rows) {
    const figures = {
      persons: Number(r.persons),
      personTimes: Number(r.person_times),
      women: Number(r.women),
      ethnicMinority: Number(r.ethnic_minority),
    };
    if (Number(r.total) !== 0) {
      courseTotals = { ...figures, cost: {} };
      continue;
    }
    const contentType = r.content_type ?? 'other';
    rows.push({ contentType, level: r.level, ...figures, cost: costOf.get(key(contentType, r.level)) ?? {} });
  }
  return { rows, courseTotals };
}

/** Training activities of the period in the subtree: one row per kind (persons = participants). */
export async function activityFigures(
  db: DbOrTx,
  prefix: string,
  from: string,
  to: string,
): Promise<TrainingReportRow[]> {
  // training_activity_unit_idx (unit_id, date) per unit of the subtree.
  const rows = await db.execute<{
    kind: string;
    participants: string;
    women: string;
    ethnic_minority: string;
  }>(sql`
    select a.kind, sum(a.participants) as participants,
      count(*) filter (where p.gender = 'female') as women,
      count(*) filter (where p.ethnicity is not null and p.ethnicity <> 'Kinh') as ethnic_minority
    from training_activity a
    join org_unit u on u.id = a.unit_id
    left join person p on p.id = a.person_id
    where u.path like ${`${prefix}%`} and a.date >= ${from} and a.date <= ${to}
    group by a.kind order by a.kind`);
  return rows.rows.map((r) => ({
    contentType: `activity:${r.kind}`,
    level: null,
    persons: Number(r.participants),
    personTimes: Number(r.participants),
    women: Number(r.women),
    ethnicMinority: Number(r.ethnic_minority),
    cost: {},
  }));
}
