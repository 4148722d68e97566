/** Course surveys and the course quality index (Thông tư 10/2017/TT-BNV). */
import { sql } from 'drizzle-orm';
import type { QualityAnswer, SurveyBody } from '../../../../core/contracts/training-results';
import { qualityIndex, surveyScore } from '../../../../core/training/quality';
import type { Db, DbOrTx } from '../../../db/client';
import type { Actor, AuditContext } from '../../../http/actor';
import { AppError, fieldError } from '../../../http/errors';
import { mutate } from '../../audit/audit';
import { courseInScope } from '../courses/queries';
import { managedCourse } from '../results/course-access';

type Who = Pick<Actor, 'scope'>;

export async function addSurvey(db: Db, ctx: AuditContext, actor: Who, courseId: number, body: SurveyBody) {
  return mutate(db, ctx, async (tx) => {
    // Learners answer at the end of the course, or during its last days.
    await managedCourse(tx, actor, courseId, ['running', 'closed'], 'nhận phiếu khảo sát');
    if (body.enrolmentId !== undefined) {
      const e = await tx.execute<{ status: string }>(
        sql`select status from enrolment where id = ${body.enrolmentId} and course_id = ${courseId}`,
      );
      if (!e.rows[0]) throw fieldError('enrolmentId', 'Học viên không thuộc lớp này');
      const dup = await tx.execute(sql`select 1 from course_survey where enrolment_id = ${body.enrolmentId}`);
      if (dup.rows.length > 0) throw new AppError('SURVEY_EXISTS');
    }
    const score = surveyScore(body.answers);
    const inserted = await tx.execute<{ id: string }>(sql`
      insert into course_survey (course_id, enrolment_id, answers, score, comment)
      values (${courseId}, ${body.enrolmentId ?? null}, ${JSON.stringify(body.answers)}::jsonb, ${score},
        ${body.comment ?? null})
      on conflict (enrolment_id) do nothing
      returning id`);
    const row = inserted.rows[0];
    if (!row) throw new AppError('SURVEY_EXISTS');
    const result = { id: Number(row.id), courseId, score };
    return {
      result,
      audit: { action: 'survey.add', entity: 'course', entityId: courseId, after: { ...result, ...body } },
    };
  });
}

export async function courseQuality(db: DbOrTx, actor: Who, courseId: number): Promise<QualityAnswer> {
  if (!(await courseInScope(db, actor.scope, courseId))) throw new AppError('COURSE_NOT_FOUND');
  // course_survey_course_idx (course_id)
  const rows = await db.execute<{ score: string }>(
    sql`select score from course_survey where course_id = ${courseId}`,
  );
  return qualityIndex(rows.rows.map((r) => Number(r.score)));
}
