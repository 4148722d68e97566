/**
 * Test data for training results, inserted directly (no dependency on the course services):
 * an institution, a course of a default programme with sessions and assessments, enrolments.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import type { Unit } from '../../../testing/factories';
import { uniq } from '../../../testing/harness';
import {
  course,
  courseAssessment,
  courseCost,
  courseSession,
  enrolment,
  institution,
  programme,
} from '../schema';

export interface CourseInput {
  programmeCode?: string;
  status?: 'planned' | 'open' | 'running' | 'closed' | 'cancelled';
  startDate?: string;
  endDate?: string;
  sessions?: number;
  assessments?: number;
  mode?: 'full_time' | 'part_time' | 'online' | 'blended';
  costs?: { fundingSource: string; amount: number }[];
}

export interface TestCourse {
  id: number;
  code: string;
  institutionName: string;
  sessionIds: number[];
  assessmentIds: number[];
}

export async function makeCourse(db: Db, organiser: Unit, input: CourseInput = {}): Promise<TestCourse> {
  const [prog] = await db
    .select({ id: programme.id })
    .from(programme)
    .where(eq(programme.code, input.programmeCode ?? 'LLCT_TRUNG_CAP'));
  if (!prog) throw new Error(`programme ${input.programmeCode} missing`);
  const [inst] = await db
    .insert(institution)
    .values({
      code: uniq('TCT'),
      name: `Trường Chính trị ${uniq()}`,
      kind: 'political_school',
      unitId: organiser.id,
    })
    .returning();
  if (!inst) throw new Error('institution not inserted');
  const startDate = input.startDate ?? '2025-03-03';
  const endDate = input.endDate ?? '2025-08-29';
  const [c] = await db
    .insert(course)
    .values({
      code: uniq('LOP'),
      name: 'Lớp thử nghiệm',
      programmeId: prog.id,
      institutionId: inst.id,
      organiserUnitId: organiser.id,
      mode: input.mode ?? 'part_time',
      startDate,
      endDate,
      capacity: 100,
      status: input.status ?? 'running',
    })
    .returning();
  if (!c) throw new Error('course not inserted');
  const sessionIds: number[] = [];
  for (let i = 0; i < (input.sessions ?? 2); i++) {
    const [s] = await db
      .insert(courseSession)
      .values({ courseId: c.id, date: startDate, topic: `Chuyên đề ${i + 1}`, periods: 4 })
      .returning({ id: courseSession.id });
    if (s) sessionIds.push(s.id);
  }
  const assessmentIds: number[] = [];
  for (let i = 0; i < (input.assessments ?? 2); i++) {
    const [a] = await db
      .insert(courseAssessment)
      .values({ courseId: c.id, name: `Bài kiểm tra ${i + 1}` })
      .returning({ id: courseAssessment.id });
    if (a) assessmentIds.push(a.id);
  }
  for (const cost of input.costs ?? []) await db.insert(courseCost).values({ courseId: c.id, ...cost });
  return { id: c.id, code: c.code, institutionName: inst.name, sessionIds, assessmentIds };
}

/** Enrols people nominated by `unit` (status 'enrolled'); returns the enrolment ids in order. */
export async function enrol(db: Db, courseId: number, unit: Unit, personIds: number[]): Promise<number[]> {
  const rows = await db
    .insert(enrolment)
    .values(
      personIds.map((personId) => ({
        courseId,
        personId,
        unitId: unit.id,
        status: 'enrolled',
        decisionNo: '12/QĐ-UBND',
        decisionDate: '2025-02-20',
      })),
    )
    .returning({ id: enrolment.id });
  return rows.map((r) => r.id);
}
