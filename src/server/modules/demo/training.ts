/**
 * Five years of training at the demo province's political school and centres, built from the
 * people already loaded, so that records and courses tell one story:
 * - every political-theory, state-management and defence-security qualification the demo people
 *   completed at the province's institutions in the last five years becomes a completed
 *   enrolment in a course of the matching programme (classes of up to 60, by level and year),
 *   the qualification now coming from that course;
 * - yearly job-position and digital-skills refresher classes for commune civil servants, with
 *   certificates;
 * - this year: a running part-time trung cấp LLCT class for leaders who lack it (they are
 *   "đang hoàn thiện"), and a class open for nominations.
 * Deterministic: the choices hash the person id, no randomness.
 */
import { sql } from 'drizzle-orm';
import { addDays } from '../../../core/catalog/dates';
import type { DbOrTx } from '../../db/client';

export interface DemoTrainingSummary {
  institutions: number;
  courses: number;
  enrolments: number;
}

const INSTITUTIONS = [
  ['HS-TCT', 'Trường Chính trị tỉnh Hà Sơn', 'political_school'],
  ['HS-TTQPAN', 'Trung tâm Giáo dục quốc phòng và an ninh tỉnh Hà Sơn', 'centre'],
  ['HS-TTBD', 'Trung tâm Bồi dưỡng cán bộ, công chức tỉnh Hà Sơn', 'centre'],
] as const;

export async function loadDemoTraining(
  tx: DbOrTx,
  provinceCode: string,
  today: string,
): Promise<DemoTrainingSummary> {
  for (const [code, name, kind] of INSTITUTIONS) {
    await tx.execute(sql`
      insert into institution (code, name, kind, unit_id, address)
      values (${code}, ${name}, ${kind}, (select id from org_unit where code = ${code}), ${`Tỉnh Hà Sơn`})
      on conflict (code) do nothing`);
  }
  const since = `${Number(today.slice(0, 4)) - 5}-01-01`;
  const province = sql`(select id from org_unit where code = ${provinceCode})`;

  // 1. Completed classes rebuilt from the qualifications people hold (one class per programme,
  //    year and block of 60 learners), at the school or the defence centre.
  await tx.execute(sql`
    with q as (
      select q.id, q.person_id, q.dimension, q.level, q.start_date, q.end_date, q.mode,
        pr.id as programme_id, pr.code as programme_code, pr.name as programme_name,
        case when q.dimension = 'defenceSecurity' then 'HS-TTQPAN' else 'HS-TCT' end as inst,
        to_char(q.end_date, 'YYYY-MM') as y,
        case pr.duration_unit when 'day' then pr.duration_value when 'week' then pr.duration_value * 7
          else ceil(pr.duration_value / 8.0)::int end as days
      from qualification q
      join programme pr on pr.awards_dimension = q.dimension and pr.awards_level = q.level
        and pr.content_type in ('political_theory', 'state_management', 'defence_security')
      where q.status = 'completed' and q.end_date >= ${since}::date and q.end_date <= ${today}::date
        and q.dimension in ('politicalTheory', 'stateManagement', 'defenceSecurity')
        and q.level not in ('cao_cap', 'chuyen_vien_cao_cap', 'dt1', 'dt2')
    ),
    numbered as (
      select q.*, (row_number() over (partition by programme_id, y order by person_id) - 1) / 60 as block
      from q
    ),
    classes as (
      select programme_id, programme_code, programme_name, inst, y, block, min(days) as days,
        min(start_date) as s, max(end_date) as e, count(*) as n, min(mode) as mode
      from numbered group by programme_id, programme_code, programme_name, inst, y, block
    ),
    inserted as (
      insert into course (code, name, programme_id, institution_id, organiser_unit_id, mode, place,
        start_date, end_date, capacity, status, decision_no)
      select 'HS-' || programme_code || '-' || y || '-' || (block + 1),
        programme_name || ' — lớp ' || (block + 1) || ' tháng ' || to_char(to_date(y, 'YYYY-MM'), 'MM/YYYY'),
        programme_id, (select id from institution where code = inst), ${province},
        coalesce(mode, 'part_time'),
        case when inst = 'HS-TTQPAN' then 'Trung tâm Giáo dục QP-AN tỉnh' else 'Trường Chính trị tỉnh Hà Sơn' end,
        e - days, e, greatest(n, 30)::int, 'closed',
        (block + 1) || '/QĐ-TCT-' || y
      from classes
      returning id, code, programme_id, start_date, end_date
    )
    insert into enrolment (course_id, person_id, unit_id, status, source, decision_no, decision_date,
      result, completed_on, qualification_id)
    select c.id, n.person_id, coalesce(p.current_unit_id, ${province}), 'completed', 'nomination',
      c.code, c.start_date - 14,
      (array['xuat_sac', 'gioi', 'kha', 'kha', 'trung_binh'])[1 + abs(hashtext(n.id::text)) % 5],
      n.end_date, n.id
    from numbered n
    join inserted c on c.code = 'HS-' || n.programme_code || '-' || n.y || '-' || (n.block + 1)
    join person p on p.id = n.person_id`);
  await tx.execute(sql`
    update qualification q set source = 'course',
      institution = (select i.name from enrolment e join course c on c.id = e.course_id
                     join institution i on i.id = c.institution_id where e.qualification_id = q.id)
    where q.id in (select qualification_id from enrolment where qualification_id is not null)`);

  // 2. Yearly refresher classes (certificates only) for commune civil servants.
  const years = [0, 1, 2, 3, 4].map((k) => Number(today.slice(0, 4)) - 5 + k);
  for (const y of years) {
    for (const [programme, post] of [
      ['VTVL_XA_VP', 'XA_CC_VP'],
      ['VTVL_XA_TC', 'XA_CC_TC'],
      ['VTVL_XA_DC', 'XA_CC_DC'],
      ['CD_XA_LANH_DAO', 'XA_CT_UBND'],
    ] as const) {
      const code = `HS-${programme}-${y}`;
      const start = `${y}-09-08`;
      await tx.execute(sql`
        with c as (
          insert into course (code, name, programme_id, institution_id, organiser_unit_id, mode, place,
            start_date, end_date, capacity, status, decision_no)
          select ${code}, pr.name || ' năm ' || ${y}, pr.id, (select id from institution where code = 'HS-TTBD'),
            ${province}, 'full_time', 'Trung tâm Bồi dưỡng cán bộ, công chức tỉnh', ${start}::date,
            ${addDays(start, 4)}::date, 80, 'closed', ${`${y}/QĐ-TTBD`}
          from programme pr where pr.code = ${programme}
          returning id, start_date, end_date, code
        ),
        learners as (
          select distinct a.person_id, a.unit_id from assignment a join position pos on pos.id = a.position_id
          where pos.code = ${post} and a.valid_from <= ${start}::date
            and (a.valid_to is null or a.valid_to > ${start}::date)
            and abs(hashtext(a.person_id::text || ${code})) % 3 = 0
          limit 80
        ),
        e as (
          insert into enrolment (course_id, person_id, unit_id, status, source, decision_no, decision_date,
            result, completed_on)
          select c.id, l.person_id, l.unit_id, 'completed', 'nomination', c.code, c.start_date - 10,
            (array['gioi', 'kha', 'kha', 'trung_binh'])[1 + abs(hashtext(l.person_id::text)) % 4], c.end_date
          from c, learners l
          returning id, completed_on
        )
        insert into certificate (enrolment_id, number, issued_on)
        select e.id, ${code} || '-' || lpad(row_number() over (order by e.id)::text, 3, '0'), e.completed_on + 7
        from e`);
    }
  }

  // 3. This year: a running trung cấp LLCT class for commune leaders without it, and an open one.
  const y = Number(today.slice(0, 4));
  const runningStart = addDays(today, -60);
  await tx.execute(sql`
    with c as (
      insert into course (code, name, programme_id, institution_id, organiser_unit_id, mode, place,
        start_date, end_date, capacity, status, decision_no)
      select ${`HS-LLCT_TRUNG_CAP-${y}-VLVH`}, 'Trung cấp lý luận chính trị hệ vừa làm vừa học — lớp cán bộ xã ' || ${y},
        pr.id, (select id from institution where code = 'HS-TCT'), ${province}, 'part_time',
        'Cụm xã phía Bắc (học tại Trường Chính trị tỉnh)', ${runningStart}::date, ${addDays(today, 180)}::date,
        60, 'running', ${`15/QĐ-TCT-${y}`}
      from programme pr where pr.code = 'LLCT_TRUNG_CAP'
      returning id, start_date
    ),
    learners as (
      select distinct on (a.person_id) a.person_id, a.unit_id
      from assignment a join position pos on pos.id = a.position_id
      join person p on p.id = a.person_id
      where pos."group" = 'leadership' and a.valid_to is null and p.status = 'active'
        and not exists (select 1 from qualification q where q.person_id = a.person_id
                        and q.dimension = 'politicalTheory' and q.level in ('trung_cap', 'cao_cap'))
      order by a.person_id
      limit 45
    )
    insert into enrolment (course_id, person_id, unit_id, status, source, decision_no, decision_date)
    select c.id, l.person_id, l.unit_id, 'enrolled', 'nomination', ${`15/QĐ-TCT-${y}`}, c.start_date - 14
    from c, learners l`);
  const openStart = addDays(today, 30);
  await tx.execute(sql`
    insert into course (code, name, programme_id, institution_id, organiser_unit_id, mode, place,
      start_date, end_date, capacity, status, decision_no)
    select ${`HS-QLNN_CHUYEN_VIEN-${y}-MO`}, 'Bồi dưỡng ngạch chuyên viên — lớp ' || ${y}, pr.id,
      (select id from institution where code = 'HS-TCT'), ${province}, 'blended', 'Trường Chính trị tỉnh Hà Sơn',
      ${openStart}::date, ${addDays(openStart, 25)}::date, 60, 'open', ${`21/QĐ-TCT-${y}`}
    from programme pr where pr.code = 'QLNN_CHUYEN_VIEN'`);

  // Timetables, lecturers and costs for every demo course.
  await tx.execute(sql`
    insert into course_session (course_id, date, topic, periods)
    select c.id, d::date, 'Chuyên đề ' || row_number() over (partition by c.id order by d), 4
    from course c, generate_series(c.start_date, least(c.end_date, c.start_date + 60), interval '7 days') d
    where c.code like 'HS-%'`);
  await tx.execute(sql`
    insert into course_lecturer (course_id, name, kind, hours)
    select c.id, l.name, l.kind, l.hours from course c,
      (values ('ThS. Nguyễn Văn Giảng', 'full_time', 40.0), ('Đ/c Phó Trưởng ban Tổ chức Tỉnh ủy', 'part_time', 8.0))
        as l(name, kind, hours)
    where c.code like 'HS-%'`);
  await tx.execute(sql`
    insert into course_cost (course_id, funding_source, amount, note)
    select c.id, 'local', (c.capacity * 3500000)::bigint, 'Ngân sách tỉnh' from course c where c.code like 'HS-%'
    union all
    select c.id, 'central', (c.capacity * 500000)::bigint, 'Hỗ trợ của Trung ương'
    from course c join programme pr on pr.id = c.programme_id
    where c.code like 'HS-%' and pr.content_type = 'political_theory'`);
  await tx.execute(sql`
    insert into course_assessment (course_id, name)
    select c.id, a.name from course c, (values ('Kiểm tra giữa khóa'), ('Thi cuối khóa')) as a(name)
    where c.code like 'HS-%' and c.status in ('running', 'open')`);

  const counts = await tx.execute<{ i: string; c: string; e: string }>(sql`
    select (select count(*) from institution) as i, (select count(*) from course) as c,
      (select count(*) from enrolment) as e`);
  const r = counts.rows[0];
  return { institutions: Number(r?.i ?? 0), courses: Number(r?.c ?? 0), enrolments: Number(r?.e ?? 0) };
}
