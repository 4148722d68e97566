/** SQL of course results: the learners of a course with their attendance and scores. */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import type { Scope } from '../../org/scope';
import { courseManageable } from '../courses/queries';

export interface LearnerRow {
  id: number;
  personId: number;
  status: string;
}

/** The given enrolments of a course (any status), for validating attendance and score entries. */
export async function courseEnrolments(
  db: DbOrTx,
  courseId: number,
  ids: readonly number[],
): Promise<Map<number, LearnerRow>> {
  const rows = await db.execute<{ id: string; person_id: string; status: string }>(sql`
    select id, person_id, status from enrolment
    where course_id = ${courseId} and id = any(${`{${ids.join(',')}}`}::bigint[])`);
  return new Map(
    rows.rows.map((r) => [
      Number(r.id),
      { id: Number(r.id), personId: Number(r.person_id), status: r.status },
    ]),
  );
}

/** Whether a session (or assessment) belongs to the course. */
export async function sessionOfCourse(db: DbOrTx, courseId: number, sessionId: number): Promise<boolean> {
  const r = await db.execute(
    sql`select 1 from course_session where id = ${sessionId} and course_id = ${courseId}`,
  );
  return r.rows.length > 0;
}
export async function assessmentOfCourse(
  db: DbOrTx,
  courseId: number,
  assessmentId: number,
): Promise<boolean> {
  const r = await db.execute(
    sql`select 1 from course_assessment where id = ${assessmentId} and course_id = ${courseId}`,
  );
  return r.rows.length > 0;
}

export interface CourseRecords {
  sessionIds: number[];
  assessmentIds: number[];
  learners: LearnerRow[];
  attendance: Map<number, Map<number, 'present' | 'absent' | 'excused'>>;
  scores: Map<number, Map<number, number>>;
}

/** Everything completion needs about the 'enrolled' learners of a course, in four set-wise reads. */
export async function courseRecords(db: DbOrTx, courseId: number): Promise<CourseRecords> {
  // Sequential: inside a transaction they share one connection.
  const sessions = await db.execute<{ id: string }>(
    sql`select id from course_session where course_id = ${courseId} order by date, id`,
  );
  const assessments = await db.execute<{ id: string }>(
    sql`select id from course_assessment where course_id = ${courseId} order by id`,
  );
  // enrolment_course_idx (course_id, status)
  const learners = await db.execute<{ id: string; person_id: string; status: string }>(sql`
    select id, person_id, status from enrolment
    where course_id = ${courseId} and status = 'enrolled' order by id`);
  const marks = await db.execute<{ enrolment_id: string; kind: string; ref: string; value: string }>(sql`
    select a.enrolment_id, 'a' as kind, a.session_id as ref, a.status as value
      from attendance a join enrolment e on e.id = a.enrolment_id
      where e.course_id = ${courseId} and e.status = 'enrolled'
    union all
    select s.enrolment_id, 's', s.assessment_id, s.score::text
      from assessment_score s join enrolment e on e.id = s.enrolment_id
      where e.course_id = ${courseId} and e.status = 'enrolled'`);
  const attendance: CourseRecords['attendance'] = new Map();
  const scores: CourseRecords['scores'] = new Map();
  for (const m of marks.rows) {
    const eid = Number(m.enrolment_id);
    if (m.kind === 'a') {
      const a = attendance.get(eid) ?? new Map();
      a.set(Number(m.ref), m.value as 'present');
      attendance.set(eid, a);
    } else {
      const s = scores.get(eid) ?? new Map();
      s.set(Number(m.ref), Number(m.value));
      scores.set(eid, s);
    }
  }
  return {
    sessionIds: sessions.rows.map((r) => Number(r.id)),
    assessmentIds: assessments.rows.map((r) => Number(r.id)),
    learners: learners.rows.map((r) => ({
      id: Number(r.id),
      personId: Number(r.person_id),
      status: r.status,
    })),
    attendance,
    scores,
  };
}

export interface ManagedEnrolment {
  id: number;
  courseId: number;
  personId: number;
  status: string;
  completedOn: string | null;
  qualificationId: number | null;
}

/** An enrolment whose course the actor may manage (else null → 404), locked for the transaction. */
export async function managedEnrolment(
  db: DbOrTx,
  scope: Scope,
  id: number,
): Promise<ManagedEnrolment | null> {
  const rows = await db.execute<{
    id: string;
    course_id: string;
    person_id: string;
    status: string;
    completed_on: string | null;
    qualification_id: string | null;
  }>(sql`
    select e.id, e.course_id, e.person_id, e.status, e.completed_on, e.qualification_id
    from enrolment e join course c on c.id = e.course_id
    where e.id = ${id} and (${courseManageable(scope, sql.raw('c'))})
    for update of e`);
  const r = rows.rows[0];
  if (!r) return null;
  return {
    id: Number(r.id),
    courseId: Number(r.course_id),
    personId: Number(r.person_id),
    status: r.status,
    completedOn: r.completed_on,
    qualificationId: r.qualification_id === null ? null : Number(r.qualification_id),
  };
}
