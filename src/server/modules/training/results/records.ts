/** Attendance per session and assessment scores, entered while a course is running. */
import { sql } from 'drizzle-orm';
import type { AttendanceBody, ScoresBody } from '../../../../core/contracts/training-results';
import type { Db, Tx } from '../../../db/client';
import type { AuditContext } from '../../../http/actor';
import { AppError, fieldError } from '../../../http/errors';
import { mutate } from '../../audit/audit';
import { managedCourse, type Who } from './course-access';
import { assessmentOfCourse, courseEnrolments, sessionOfCourse } from './queries';

/** Every entry names a distinct learner of this course who is still studying. */
async function checkLearners(tx: Tx, courseId: number, entries: readonly { enrolmentId: number }[]) {
  const found = await courseEnrolments(
    tx,
    courseId,
    entries.map((e) => e.enrolmentId),
  );
  const seen = new Set<number>();
  entries.forEach((e, i) => {
    const path = `entries.${i}.enrolmentId`;
    if (seen.has(e.enrolmentId)) throw fieldError(path, 'Học viên bị nhập trùng trong danh sách');
    seen.add(e.enrolmentId);
    const row = found.get(e.enrolmentId);
    if (!row) throw fieldError(path, 'Học viên không thuộc lớp này');
    if (row.status !== 'enrolled')
      throw fieldError(path, 'Học viên không còn trong danh sách đang học của lớp');
  });
}

export async function recordAttendance(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  courseId: number,
  sessionId: number,
  body: AttendanceBody,
) {
  return mutate(db, ctx, async (tx) => {
    await managedCourse(tx, actor, courseId, ['running'], 'điểm danh');
    if (!(await sessionOfCourse(tx, courseId, sessionId)))
      throw new AppError('COURSE_NOT_FOUND', { message: 'Không tìm thấy buổi học trong lớp.' });
    await checkLearners(tx, courseId, body.entries);
    const ids = `{${body.entries.map((e) => e.enrolmentId).join(',')}}`;
    const statuses = `{${body.entries.map((e) => e.status).join(',')}}`;
    await tx.execute(sql`
      insert into attendance (enrolment_id, session_id, status)
      select v.id, ${sessionId}, v.status from unnest(${ids}::bigint[], ${statuses}::text[]) as v(id, status)
      on conflict (enrolment_id, session_id) do update set status = excluded.status`);
    return {
      result: { recorded: body.entries.length },
      audit: {
        action: 'attendance.record',
        entity: 'course_session',
        entityId: sessionId,
        after: { courseId, entries: body.entries },
      },
    };
  });
}

export async function recordScores(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  courseId: number,
  assessmentId: number,
  body: ScoresBody,
) {
  return mutate(db, ctx, async (tx) => {
    await managedCourse(tx, actor, courseId, ['running'], 'nhập điểm');
    if (!(await assessmentOfCourse(tx, courseId, assessmentId)))
      throw new AppError('COURSE_NOT_FOUND', { message: 'Không tìm thấy bài kiểm tra trong lớp.' });
    await checkLearners(tx, courseId, body.entries);
    const ids = `{${body.entries.map((e) => e.enrolmentId).join(',')}}`;
    const scores = `{${body.entries.map((e) => e.score).join(',')}}`;
    await tx.execute(sql`
      insert into assessment_score (enrolment_id, assessment_id, score)
      select v.id, ${assessmentId}, v.score from unnest(${ids}::bigint[], ${scores}::numeric[]) as v(id, score)
      on conflict (enrolment_id, assessment_id) do update set score = excluded.score`);
    return {
      result: { recorded: body.entries.length },
      audit: {
        action: 'scores.record',
        entity: 'course_assessment',
        entityId: assessmentId,
        after: { courseId, entries: body.entries },
      },
    };
  });
}
