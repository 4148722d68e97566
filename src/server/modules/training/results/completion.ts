/**
 * Completing a course: every learner still studying is judged by the programme's completion rule;
 * a pass becomes 'completed' with its classification and, in the same transaction, the
 * qualification the programme awards (source 'course'); a fail becomes 'failed' (khong_dat). The
 * course closes, commitments are created, and the people's derived data and compliance are
 * brought up to date before the transaction commits.
 */
import { sql } from 'drizzle-orm';
import { todayVn } from '../../../../core/catalog/dates';
import { type Dimension, isLevel, levelRank } from '../../../../core/catalog/levels';
import type { CompleteBody, CompletionAnswer } from '../../../../core/contracts/training-results';
import { evaluateCompletion, failureText } from '../../../../core/training/completion';
import type { Db, Tx } from '../../../db/client';
import type { AuditContext } from '../../../http/actor';
import { fieldError } from '../../../http/errors';
import { mutate } from '../../audit/audit';
import { keepPeopleCurrent } from '../../people/upkeep';
import { createCommitments } from '../commitments/create';
import { type CourseRow, institutionById, type ProgrammeRow, programmeById } from '../courses/queries';
import { managedCourse, type Who } from './course-access';
import { courseRecords } from './queries';

interface Outcome {
  enrolmentId: number;
  personId: number;
  passed: boolean;
  result: string | null;
  reasons: string[];
}

const arr = (xs: readonly (number | string | null)[]) =>
  `{${xs.map((x) => (x === null ? 'NULL' : String(x))).join(',')}}`;

/** The qualification rows the programme awards, one per graduate; returns enrolment → id. */
async function awardQualifications(
  tx: Tx,
  c: CourseRow,
  p: ProgrammeRow,
  completedOn: string,
  graduates: readonly Outcome[],
): Promise<number> {
  const dimension = p.awardsDimension as Dimension | null;
  const level = p.awardsLevel;
  // A programme that awards only a certificate leaves no qualification on the record.
  if (!dimension || !level || !isLevel(dimension, level) || graduates.length === 0) return 0;
  const inst = await institutionById(tx, c.institutionId);
  const inserted = await tx.execute<{ id: string; person_id: string }>(sql`
    insert into qualification
      (person_id, dimension, level, rank, institution, mode, start_date, end_date, status, source)
    select pid, ${dimension}, ${level}, ${levelRank(dimension, level)}, ${inst?.name ?? null}, ${c.mode},
      ${c.startDate}, ${completedOn}, 'completed', 'course'
    from unnest(${arr(graduates.map((g) => g.personId))}::bigint[]) as pid
    returning id, person_id`);
  // One live enrolment per person and course, so the person identifies the enrolment.
  const qids = inserted.rows.map((r) => r.id);
  const pids = inserted.rows.map((r) => r.person_id);
  await tx.execute(sql`
    update enrolment e set qualification_id = v.qid
    from unnest(${`{${qids.join(',')}}`}::bigint[], ${`{${pids.join(',')}}`}::bigint[]) as v(qid, pid)
    where e.course_id = ${c.id} and e.person_id = v.pid and e.status = 'completed'`);
  return inserted.rows.length;
}

export async function completeCourse(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  courseId: number,
  body: CompleteBody,
): Promise<CompletionAnswer> {
  return mutate(db, ctx, async (tx) => {
    const c = await managedCourse(tx, actor, courseId, ['running'], 'kết thúc lớp');
    const completedOn = body.completedOn ?? c.endDate;
    if (completedOn < c.startDate)
      throw fieldError('completedOn', 'Ngày kết thúc khóa học không được trước ngày khai giảng');
    const p = await programmeById(tx, c.programmeId);
    if (!p) throw new Error(`course ${c.id} without programme`);
    const rec = await courseRecords(tx, c.id);
    const outcomes: Outcome[] = rec.learners.map((l) => {
      const o = evaluateCompletion(p.completionRule, {
        sessionIds: rec.sessionIds,
        attendance: rec.attendance.get(l.id) ?? new Map(),
        assessmentIds: rec.assessmentIds,
        scores: rec.scores.get(l.id) ?? new Map(),
      });
      return {
        enrolmentId: l.id,
        personId: l.personId,
        passed: o.passed,
        result: o.result,
        reasons: o.failures.map(failureText),
      };
    });
    if (outcomes.length > 0) {
      await tx.execute(sql`
        update enrolment e set
          status = case when v.passed then 'completed' else 'failed' end,
          result = v.result, completed_on = ${completedOn}, version = e.version + 1
        from unnest(${arr(outcomes.map((o) => o.enrolmentId))}::bigint[],
                    ${`{${outcomes.map((o) => o.passed).join(',')}}`}::boolean[],
                    ${arr(outcomes.map((o) => o.result))}::text[]) as v(id, passed, result)
        where e.id = v.id`);
    }
    const graduates = outcomes.filter((o) => o.passed);
    const qualifications = await awardQualifications(tx, c, p, completedOn, graduates);
    await tx.execute(sql`update course set status = 'closed', version = version + 1 where id = ${c.id}`);
    const commitments = await createCommitments(tx, c, p, completedOn, graduates);
    await keepPeopleCurrent(
      tx,
      outcomes.map((o) => o.personId),
      todayVn(),
    );
    const answer: CompletionAnswer = {
      completed: graduates.length,
      failed: outcomes.length - graduates.length,
      qualifications,
      commitments: commitments?.count ?? 0,
    };
    return {
      result: answer,
      audit: {
        action: 'course.complete',
        entity: 'course',
        entityId: c.id,
        before: { status: c.status },
        after: { status: 'closed', completedOn, ...answer, commitmentTerms: commitments, outcomes },
      },
    };
  });
}
