import { type SQL, sql } from 'drizzle-orm';
import type { PersonTraining, RosterItem } from '../../../../core/contracts/training-enrolment';
import type { DbOrTx } from '../../../db/client';
import { inScope, type Scope } from '../../org/scope';
import { type EnrolmentRow, enrolmentById } from '../courses/queries';

/**
 * The enrolment if the actor may act on it: the nominating unit or the person's current unit is in
 * the scope. Null otherwise (404).
 */
export async function enrolmentInScope(db: DbOrTx, scope: Scope, id: number): Promise<EnrolmentRow | null> {
  if (scope.kind !== 'all') {
    const r = await db.execute<{ ok: boolean }>(sql`
      select true as ok from enrolment e
        join org_unit u on u.id = e.unit_id join person p on p.id = e.person_id
      where e.id = ${id} and (${inScope(scope, sql`u.path`)} or ${inScope(scope, sql`p.current_unit_path`)})`);
    if (!r.rows[0]) return null;
  }
  return enrolmentById(db, id);
}

interface RosterRow extends Record<string, unknown> {
  id: string;
  person_id: string;
  full_name: string;
  birth_date: string;
  gender: 'male' | 'female';
  ethnicity: string | null;
  unit_code: string;
  unit_name: string;
  status: RosterItem['status'];
  decision_no: string | null;
  decision_date: string | null;
  reason: string | null;
  eligibility_override: string | null;
  waitlisted_at: Date | null;
  result: RosterItem['result'];
  completed_on: string | null;
  present: string;
  absent: string;
  excused: string;
  sessions: string;
  marks: { sessionId: number; status: RosterItem['marks'][number]['status'] }[];
  scores: { assessmentId: number; score: number }[];
  cert_number: string | null;
  cert_issued_on: string | null;
  cert_replacement: string | null;
  version: number;
}

/** A course's roster; `restrict` limits it to learners the actor may see (null = all). */
export async function rosterOf(db: DbOrTx, courseId: number, restrict: Scope | null): Promise<RosterItem[]> {
  const where: SQL = restrict
    ? sql`and (${inScope(restrict, sql`u.path`)} or ${inScope(restrict, sql`p.current_unit_path`)})`
    : sql``;
  const rows = await db.execute<RosterRow>(sql`
    select e.id, p.id as person_id, p.full_name, p.birth_date, p.gender, p.ethnicity,
      u.code as unit_code, u.name as unit_name, e.status, e.decision_no, e.decision_date, e.reason,
      e.eligibility_override, e.waitlisted_at, e.result, e.completed_on, e.version,
      coalesce(a.present, 0) as present, coalesce(a.absent, 0) as absent, coalesce(a.excused, 0) as excused,
      (select count(*) from course_session s where s.course_id = e.course_id) as sessions,
      coalesce((select json_agg(json_build_object('sessionId', am.session_id, 'status', am.status)
          order by am.session_id) from attendance am where am.enrolment_id = e.id), '[]'::json) as marks,
      coalesce((select json_agg(json_build_object('assessmentId', sc.assessment_id, 'score', sc.score)
          order by sc.assessment_id) from assessment_score sc where sc.enrolment_id = e.id), '[]'::json) as scores,
      cert.number as cert_number, cert.issued_on as cert_issued_on, cert.replacement_letter_no as cert_replacement
    from enrolment e
      join person p on p.id = e.person_id
      join org_unit u on u.id = e.unit_id
      left join lateral (
        select count(*) filter (where at.status = 'present') as present,
          count(*) filter (where at.status = 'absent') as absent,
          count(*) filter (where at.status = 'excused') as excused
        from attendance at where at.enrolment_id = e.id
      ) a on true
      left join certificate cert on cert.enrolment_id = e.id
    where e.course_id = ${courseId} ${where}
    order by case e.status when 'waitlisted' then 1 when 'withdrawn' then 2 when 'refused' then 2 else 0 end,
      e.waitlisted_at nulls first, p.name_sort, e.id`);
  return rows.rows.map((r) => ({
    id: Number(r.id),
    person: {
      id: Number(r.person_id),
      fullName: r.full_name,
      birthDate: r.birth_date,
      gender: r.gender,
      ethnicity: r.ethnicity,
    },
    unit: { code: r.unit_code, name: r.unit_name },
    status: r.status,
    decisionNo: r.decision_no,
    decisionDate: r.decision_date,
    reason: r.reason,
    eligibilityOverride: r.eligibility_override,
    waitlistedAt: r.waitlisted_at ? new Date(r.waitlisted_at).toISOString() : null,
    result: r.result,
    completedOn: r.completed_on,
    attendance: {
      present: Number(r.present),
      absent: Number(r.absent),
      excused: Number(r.excused),
      sessions: Number(r.sessions),
    },
    marks: r.marks.map((m) => ({ sessionId: Number(m.sessionId), status: m.status })),
    scores: r.scores.map((s) => ({ assessmentId: Number(s.assessmentId), score: Number(s.score) })),
    certificate:
      r.cert_number && r.cert_issued_on
        ? { number: r.cert_number, issuedOn: r.cert_issued_on, replacementLetterNo: r.cert_replacement }
        : null,
    version: r.version,
  }));
}

export async function trainingOfPerson(db: DbOrTx, personId: number): Promise<PersonTraining> {
  const enrolments = await db.execute<{
    id: string;
    c_id: string;
    c_code: string;
    c_name: string;
    start_date: string;
    end_date: string;
    c_status: PersonTraining['enrolments'][number]['course']['status'];
    p_code: string;
    p_name: string;
    content_type: string;
    awards_dimension: string | null;
    awards_level: string | null;
    status: PersonTraining['enrolments'][number]['status'];
    result: PersonTraining['enrolments'][number]['result'];
    completed_on: string | null;
    cert_number: string | null;
    cert_issued_on: string | null;
    cert_replacement: string | null;
  }>(sql`
    select e.id, c.id as c_id, c.code as c_code, c.name as c_name, c.start_date, c.end_date, c.status as c_status,
      pr.code as p_code, pr.name as p_name, pr.content_type, pr.awards_dimension, pr.awards_level,
      e.status, e.result, e.completed_on,
      cert.number as cert_number, cert.issued_on as cert_issued_on, cert.replacement_letter_no as cert_replacement
    from enrolment e join course c on c.id = e.course_id join programme pr on pr.id = c.programme_id
      left join certificate cert on cert.enrolment_id = e.id
    where e.person_id = ${personId}
    order by c.start_date desc, e.id desc`);
  const activities = await db.execute<{
    id: string;
    kind: string;
    title: string;
    date: string;
    hours: string;
    unit_code: string;
    unit_name: string;
  }>(sql`
    select a.id, a.kind, a.title, a.date, a.hours, u.code as unit_code, u.name as unit_name
    from training_activity a join org_unit u on u.id = a.unit_id
    where a.person_id = ${personId} order by a.date desc, a.id desc`);
  return {
    enrolments: enrolments.rows.map((r) => ({
      id: Number(r.id),
      course: {
        id: Number(r.c_id),
        code: r.c_code,
        name: r.c_name,
        startDate: r.start_date,
        endDate: r.end_date,
        status: r.c_status,
      },
      programme: {
        code: r.p_code,
        name: r.p_name,
        contentType: r.content_type,
        awardsDimension: r.awards_dimension,
        awardsLevel: r.awards_level,
      },
      status: r.status,
      result: r.result,
      completedOn: r.completed_on,
      certificate:
        r.cert_number && r.cert_issued_on
          ? { number: r.cert_number, issuedOn: r.cert_issued_on, replacementLetterNo: r.cert_replacement }
          : null,
    })),
    activities: activities.rows.map((a) => ({
      id: Number(a.id),
      kind: a.kind,
      title: a.title,
      date: a.date,
      hours: Number(a.hours),
      unit: { code: a.unit_code, name: a.unit_name },
    })),
  };
}
