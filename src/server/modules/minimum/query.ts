/**
 * Who is below the annual refresher minimum: active people of a subtree in the rule's categories,
 * with the tiết of bồi dưỡng they completed in the year (completed enrolments of boi_duong
 * programmes by the programme's duration, plus their training activity hours).
 */
import { sql } from 'drizzle-orm';
import { PERIODS_PER_DAY, PERIODS_PER_WEEK } from '../../../core/training/annual-minimum';
import type { DbOrTx } from '../../db/client';

export interface MinimumFigures {
  people: number;
  below: number;
  total: number;
  rows: {
    id: number;
    fullName: string;
    birthDate: string;
    category: string;
    unitCode: string | null;
    unitName: string | null;
    periods: number;
  }[];
}

export async function minimumFigures(
  db: DbOrTx,
  p: {
    prefix: string;
    categories: string[];
    minimum: number;
    from: string;
    to: string;
    /** null: every row below (spreadsheet). */
    limit: number | null;
    offset: number;
  },
): Promise<MinimumFigures> {
  const categories = sql`array[${sql.join(
    p.categories.map((c) => sql`${c}`),
    sql`, `,
  )}]::text[]`;
  const page = p.limit === null ? sql`` : sql`limit ${p.limit} offset ${p.offset}`;
  // people: person_unit_path_idx (current_unit_path text_pattern_ops) for the subtree;
  // courses: enrolment_person_idx per person (or enrolment_completed_idx for the year), then
  // course and programme by primary key; activities: the year's rows of those people.
  const res = await db.execute<{
    kind: 't' | 'r';
    people: string | null;
    below: string | null;
    id: string | null;
    full_name: string | null;
    birth_date: string | null;
    category: string | null;
    unit_code: string | null;
    unit_name: string | null;
    periods: string | null;
  }>(sql`
    with people as materialized (
      select p.id, p.full_name, p.birth_date, p.category, p.current_unit_id, p.name_sort
      from person p
      where p.current_unit_path like ${`${p.prefix}%`} and p.status = 'active'
        and p.category = any(${categories})
    ),
    courses as (
      select e.person_id, sum(case pr.duration_unit
          when 'tiet' then pr.duration_value
          when 'day' then pr.duration_value * ${PERIODS_PER_DAY}::int
          when 'week' then pr.duration_value * ${PERIODS_PER_WEEK}::int
          else 0 end)::numeric as periods
      from enrolment e
      join course c on c.id = e.course_id
      join programme pr on pr.id = c.programme_id
      where e.status = 'completed' and e.completed_on >= ${p.from} and e.completed_on <= ${p.to}
        and pr.training_kind = 'boi_duong'
        and e.person_id in (select id from people)
      group by e.person_id
    ),
    acts as (
      select a.person_id, sum(a.hours)::numeric as periods
      from training_activity a
      where a.person_id in (select id from people) and a.date >= ${p.from} and a.date <= ${p.to}
      group by a.person_id
    ),
    scored as materialized (
      select pe.*, coalesce(c.periods, 0) + coalesce(a.periods, 0) as periods
      from people pe
      left join courses c on c.person_id = pe.id
      left join acts a on a.person_id = pe.id
    )
    select 't' as kind, count(*) as people, count(*) filter (where periods < ${p.minimum}::numeric) as below,
      null as id, null as full_name, null as birth_date, null as category, null as unit_code,
      null as unit_name, null as periods
    from scored
    union all
    (select 'r', null, null, s.id, s.full_name, s.birth_date::text, s.category, u.code, u.name, s.periods
     from scored s left join org_unit u on u.id = s.current_unit_id
     where s.periods < ${p.minimum}::numeric
     order by s.periods, s.name_sort, s.id
     ${page})`);
  const t = res.rows.find((r) => r.kind === 't');
  const below = Number(t?.below ?? 0);
  return {
    people: Number(t?.people ?? 0),
    below,
    total: below,
    rows: res.rows
      .filter((r) => r.kind === 'r')
      .map((r) => ({
        id: Number(r.id),
        fullName: r.full_name ?? '',
        birthDate: r.birth_date ?? '',
        category: r.category ?? '',
        unitCode: r.unit_code,
        unitName: r.unit_name,
        periods: Number(r.periods ?? 0),
      })),
  };
}
