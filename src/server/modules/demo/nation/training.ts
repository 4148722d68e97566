/**
 * Five years of training for the synthetic nation, set-wise in SQL (no row goes through Node):
 * each province gets its political school; every political-theory, state-management and
 * defence-security qualification completed in the last five years becomes a completed enrolment
 * in a class of its province (by programme, year and block of 60), with its cost lines. Used by
 * `cadre generate` and, on a nation generated before training existed, by the training benchmark.
 */
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../db/client';
import { mutate, SYSTEM_CONTEXT } from '../../audit/audit';

export async function hasTraining(db: DbOrTx): Promise<boolean> {
  const r = await db.execute<{ present: boolean }>(sql`select exists (select 1 from enrolment) as present`);
  return r.rows[0]?.present === true;
}

export async function generateNationTraining(
  db: Db,
  today: string,
): Promise<{ courses: number; enrolments: number }> {
  return mutate(db, { ...SYSTEM_CONTEXT, requestId: 'nation-training' }, async (tx) => {
    const result = await build(tx, today);
    return { result, audit: { action: 'nation.training', entity: 'course', entityId: null, after: result } };
  });
}

async function build(db: DbOrTx, today: string): Promise<{ courses: number; enrolments: number }> {
  const since = `${Number(today.slice(0, 4)) - 5}-01-01`;
  await db.execute(sql`
    insert into institution (code, name, kind, unit_id)
    select 'TCT-' || u.code, 'Trường Chính trị ' || u.name, 'political_school', u.id
    from org_unit u where u.kind = 'province' and u.valid_to is null
    on conflict (code) do nothing`);
  await db.execute(sql`
    create temporary table nation_q on commit drop as
    select q.id, q.person_id, q.end_date, q.start_date, pr.id as programme_id, pr.code as programme_code,
      pr.name as programme_name, p.province_id, p.current_unit_id,
      to_char(q.end_date, 'YYYY-MM') as y,
      case pr.duration_unit when 'day' then pr.duration_value when 'week' then pr.duration_value * 7
        else ceil(pr.duration_value / 8.0)::int end as days
    from qualification q
    join programme pr on pr.awards_dimension = q.dimension and pr.awards_level = q.level
      and pr.content_type in ('political_theory', 'state_management', 'defence_security')
    join person p on p.id = q.person_id
    where q.status = 'completed' and q.end_date >= ${since}::date and q.end_date <= ${today}::date
      and q.dimension in ('politicalTheory', 'stateManagement', 'defenceSecurity')
      and p.province_id is not null`);
  await db.execute(sql`
    create temporary table nation_q_block on commit drop as
    select n.*, (row_number() over (partition by province_id, programme_id, y order by person_id) - 1) / 60 as block
    from nation_q n`);
  await db.execute(sql`
    insert into course (code, name, programme_id, institution_id, organiser_unit_id, mode, place,
      start_date, end_date, capacity, status, decision_no)
    select u.code || '-' || b.programme_code || '-' || b.y || '-' || (b.block + 1),
      b.programme_name || ' — lớp ' || (b.block + 1) || ' tháng ' || to_char(to_date(b.y, 'YYYY-MM'), 'MM/YYYY'),
      b.programme_id, i.id, b.province_id, 'part_time', i.name,
      max(b.end_date) - min(b.days), max(b.end_date), greatest(count(*), 30)::int, 'closed',
      (b.block + 1) || '/QĐ-TCT-' || b.y
    from nation_q_block b join org_unit u on u.id = b.province_id
    join institution i on i.code = 'TCT-' || u.code
    group by u.code, b.programme_code, b.programme_name, b.programme_id, b.y, b.block, i.id, i.name, b.province_id`);
  await db.execute(sql`
    insert into enrolment (course_id, person_id, unit_id, status, source, decision_no, decision_date,
      result, completed_on, qualification_id)
    select c.id, b.person_id, coalesce(b.current_unit_id, b.province_id), 'completed', 'nomination',
      c.decision_no, c.start_date - 14,
      (array['xuat_sac', 'gioi', 'kha', 'kha', 'trung_binh'])[1 + abs(hashtext(b.id::text)) % 5],
      b.end_date, b.id
    from nation_q_block b join org_unit u on u.id = b.province_id
    join course c on c.code = u.code || '-' || b.programme_code || '-' || b.y || '-' || (b.block + 1)`);
  await db.execute(sql`
    insert into course_cost (course_id, funding_source, amount, note)
    select c.id, 'local', (c.capacity * 3500000)::bigint, 'Ngân sách tỉnh' from course c
    where c.status = 'closed' and not exists (select 1 from course_cost x where x.course_id = c.id)`);
  await db.execute(sql`analyze course; analyze enrolment; analyze course_cost`);
  const r = await db.execute<{ c: string; e: string }>(
    sql`select (select count(*) from course) as c, (select count(*) from enrolment) as e`,
  );
  return { courses: Number(r.rows[0]?.c ?? 0), enrolments: Number(r.rows[0]?.e ?? 0) };
}
