/** Course lists and details: SQL that reads courses the actor may see, with their counts. */
import { type SQL, sql } from 'drizzle-orm';
import type { CourseDetail, CourseListItem, CourseQuery } from '../../../../core/contracts/training-courses';
import { foldVietnamese } from '../../../../core/text/fold';
import type { DbOrTx } from '../../../db/client';
import type { Scope } from '../../org/scope';
import { courseVisible } from './queries';

/** Enrolment statuses that occupy a seat. */
export const SEATED = sql.raw(`('enrolled', 'completed', 'failed')`);

interface ListRow extends Record<string, unknown> {
  id: string;
  code: string;
  name: string;
  p_code: string;
  p_name: string;
  p_content_type: string;
  p_awards_dimension: string | null;
  p_awards_level: string | null;
  i_code: string;
  i_name: string;
  o_code: string;
  o_name: string;
  mode: string;
  place: string | null;
  start_date: string;
  end_date: string;
  capacity: number;
  status: string;
  enrolled: string;
  waitlisted: string;
  completed: string;
}

const listSelect = sql`c.id, c.code, c.name, p.code as p_code, p.name as p_name, p.content_type as p_content_type,
  p.awards_dimension as p_awards_dimension, p.awards_level as p_awards_level,
  i.code as i_code, i.name as i_name, o.code as o_code, o.name as o_name,
  c.mode, c.place, c.start_date, c.end_date, c.capacity, c.status,
  coalesce(n.enrolled, 0) as enrolled, coalesce(n.waitlisted, 0) as waitlisted, coalesce(n.completed, 0) as completed`;

const listFrom = sql`course c
  join programme p on p.id = c.programme_id
  join institution i on i.id = c.institution_id
  join org_unit o on o.id = c.organiser_unit_id
  left join lateral (
    select count(*) filter (where e.status = 'enrolled') as enrolled,
      count(*) filter (where e.status = 'waitlisted') as waitlisted,
      count(*) filter (where e.status = 'completed') as completed
    from enrolment e where e.course_id = c.id
  ) n on true`;

function toItem(r: ListRow): CourseListItem {
  return {
    id: Number(r.id),
    code: r.code,
    name: r.name,
    programme: {
      code: r.p_code,
      name: r.p_name,
      contentType: r.p_content_type as CourseListItem['programme']['contentType'],
      awardsDimension: r.p_awards_dimension as CourseListItem['programme']['awardsDimension'],
      awardsLevel: r.p_awards_level,
    },
    institution: { code: r.i_code, name: r.i_name },
    organiser: { code: r.o_code, name: r.o_name },
    mode: r.mode as CourseListItem['mode'],
    place: r.place,
    startDate: r.start_date,
    endDate: r.end_date,
    capacity: r.capacity,
    status: r.status as CourseListItem['status'],
    counts: {
      enrolled: Number(r.enrolled),
      waitlisted: Number(r.waitlisted),
      completed: Number(r.completed),
    },
  };
}

/** Condition: the organiser of `c` is the unit with this path or one of its ancestors. */
export function organiserIsUnitOrAncestor(unitPath: string): SQL {
  return sql`${unitPath} like o.path || '%'`;
}

export async function listCourses(
  db: DbOrTx,
  scope: Scope,
  q: CourseQuery,
  openToPath: string | null,
): Promise<{ items: CourseListItem[]; total: number }> {
  const where: SQL[] = [sql`(${courseVisible(scope)})`];
  if (q.institution) where.push(sql`i.code = ${q.institution}`);
  if (q.programme) where.push(sql`p.code = ${q.programme}`);
  if (q.status) where.push(sql`c.status = ${q.status}`);
  if (q.year)
    where.push(
      sql`c.start_date >= ${`${q.year}-01-01`}::date and c.start_date <= ${`${q.year}-12-31`}::date`,
    );
  if (q.openTo !== undefined) where.push(openToPath ? organiserIsUnitOrAncestor(openToPath) : sql`false`);
  if (q.q) {
    const like = `%${foldVietnamese(q.q)}%`;
    where.push(sql`(unaccent(lower(c.name)) ilike ${like} or c.code ilike ${`%${q.q}%`})`);
  }
  const cond = sql.join(where, sql` and `);
  const total = await db.execute<{ n: string }>(sql`
    select count(*) as n from course c join programme p on p.id = c.programme_id
      join institution i on i.id = c.institution_id join org_unit o on o.id = c.organiser_unit_id
    where ${cond}`);
  const rows = await db.execute<ListRow>(sql`
    select ${listSelect} from ${listFrom}
    where ${cond}
    order by c.start_date desc, c.id desc
    limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`);
  return { items: rows.rows.map(toItem), total: Number(total.rows[0]?.n ?? 0) };
}

/** Open courses awarding `dimension` at one of `levels`, organised by the unit or an ancestor. */
export async function openCoursesFor(
  db: DbOrTx,
  dimension: string,
  levels: readonly string[],
  unitPath: string,
): Promise<CourseListItem[]> {
  const rows = await db.execute<ListRow>(sql`
    select ${listSelect} from ${listFrom}
    where c.status = 'open' and p.awards_dimension = ${dimension}
      and p.awards_level = any(${`{${levels.join(',')}}`}::text[])
      and ${organiserIsUnitOrAncestor(unitPath)}
    order by c.start_date, c.id
    limit 100`);
  return rows.rows.map(toItem);
}

export async function courseDetail(db: DbOrTx, id: number): Promise<CourseDetail | null> {
  const rows = await db.execute<
    ListRow & {
      p_training_kind: string;
      p_awards_certificate: string | null;
      p_completion_rule: { fullAttendance: boolean; minScore: number };
      decision_no: string | null;
      note: string | null;
      version: number;
      place_units: { code: string; name: string }[] | null;
    }
  >(sql`
    select ${listSelect}, p.training_kind as p_training_kind, p.awards_certificate as p_awards_certificate,
      p.completion_rule as p_completion_rule, c.decision_no, c.note, c.version,
      (select json_agg(json_build_object('code', pu.code, 'name', pu.name) order by pu.name)
         from org_unit pu where pu.id = any(c.place_unit_ids)) as place_units
    from ${listFrom}
    where c.id = ${id}`);
  const r = rows.rows[0];
  if (!r) return null;
  const [sessions, quotas, lecturers, costs, assessments] = [
    await db.execute<{ id: string; date: string; topic: string; periods: number }>(
      sql`select id, date, topic, periods from course_session where course_id = ${id} order by date, id`,
    ),
    await db.execute<{ code: string; name: string; seats: number; used: string }>(sql`
      select u.code, u.name, q.seats,
        (select count(*) from enrolment e join org_unit eu on eu.id = e.unit_id
          where e.course_id = q.course_id and e.status in ${SEATED} and eu.path like u.path || '%') as used
      from course_quota q join org_unit u on u.id = q.unit_id
      where q.course_id = ${id} order by u.name`),
    await db.execute<{ id: string; name: string; kind: string; hours: string }>(
      sql`select id, name, kind, hours from course_lecturer where course_id = ${id} order by id`,
    ),
    await db.execute<{ id: string; funding_source: string; amount: string; note: string | null }>(
      sql`select id, funding_source, amount, note from course_cost where course_id = ${id} order by id`,
    ),
    await db.execute<{ id: string; name: string }>(
      sql`select id, name from course_assessment where course_id = ${id} order by id`,
    ),
  ];
  const item = toItem(r);
  return {
    ...item,
    programme: {
      ...item.programme,
      trainingKind: r.p_training_kind as 'dao_tao' | 'boi_duong',
      awardsCertificate: r.p_awards_certificate,
      completionRule: r.p_completion_rule,
    },
    completionRule: r.p_completion_rule,
    placeUnits: r.place_units ?? [],
    decisionNo: r.decision_no,
    note: r.note,
    version: r.version,
    sessions: sessions.rows.map((s) => ({
      id: Number(s.id),
      date: s.date,
      topic: s.topic,
      periods: s.periods,
    })),
    quotas: quotas.rows.map((q) => ({
      unit: { code: q.code, name: q.name },
      seats: q.seats,
      used: Number(q.used),
    })),
    lecturers: lecturers.rows.map((l) => ({
      id: Number(l.id),
      name: l.name,
      kind: l.kind as 'full_time' | 'part_time',
      hours: Number(l.hours),
    })),
    costs: costs.rows.map((c) => ({
      id: Number(c.id),
      fundingSource: c.funding_source as CourseDetail['costs'][number]['fundingSource'],
      amount: Number(c.amount),
      note: c.note,
    })),
    assessments: assessments.rows.map((a) => ({ id: Number(a.id), name: a.name })),
  };
}
