/**
 * Courses (lớp học): create and edit, status transitions, timetable, quotas, lecturers, cost lines
 * and assessments. Reads check that the actor may see the course; writes that it may manage it.
 */
import { and, eq, sql } from 'drizzle-orm';
import { todayVn } from '../../../../core/catalog/dates';
import { DIMENSIONS, type Dimension, LEVELS, levelRank } from '../../../../core/catalog/levels';
import {
  type AssessmentBody,
  COURSE_STATUS_LABELS,
  COURSE_TRANSITIONS,
  type CostBody,
  type CourseBody,
  type CourseQuery,
  type CourseStatus,
  type LecturerBody,
  type OpenCoursesQuery,
  type QuotasBody,
  type SessionBody,
} from '../../../../core/contracts/training-courses';
import { cleanText } from '../../../../core/text/fold';
import type { Db, Tx } from '../../../db/client';
import type { Actor, AuditContext } from '../../../http/actor';
import { AppError, fieldError } from '../../../http/errors';
import { mutate } from '../../audit/audit';
import { pathInScope, type Scope } from '../../org/scope';
import { unitByCode } from '../../people/queries';
import { keepPeopleCurrent } from '../../people/upkeep';
import { institutionByCode, programmeByCode } from '../catalogue/queries';
import {
  course,
  courseAssessment,
  courseCost,
  courseLecturer,
  courseQuota,
  courseSession,
  enrolment,
} from '../schema';
import { courseDetail, listCourses, openCoursesFor } from './listing';
import { type CourseRow, courseInScope, courseManagedInScope, lockCourse } from './queries';

type Who = Pick<Actor, 'scope'>;

export async function list(db: Db, actor: Who, q: CourseQuery) {
  let openToPath: string | null = null;
  if (q.openTo) openToPath = (await unitByCode(db, q.openTo))?.path ?? null;
  const { items, total } = await listCourses(db, actor.scope, q, openToPath);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function detail(db: Db | Tx, actor: Who, id: number) {
  if (!(await courseInScope(db, actor.scope, id))) throw new AppError('COURSE_NOT_FOUND');
  const d = await courseDetail(db, id);
  if (!d) throw new AppError('COURSE_NOT_FOUND');
  return d;
}

/** The course the actor may manage, locked for the transaction; 404 otherwise. */
async function managed(tx: Tx, scope: Scope, id: number): Promise<CourseRow> {
  if (!(await courseManagedInScope(tx, scope, id))) throw new AppError('COURSE_NOT_FOUND');
  const c = await lockCourse(tx, id);
  if (!c) throw new AppError('COURSE_NOT_FOUND');
  return c;
}

/** Resolves the codes of a course body; every unknown code is a 400 naming its field. */
async function resolve(tx: Tx, scope: Scope, b: CourseBody, at: string) {
  const programme = await programmeByCode(tx, b.programmeCode);
  if (!programme) throw fieldError(`${at}programmeCode`, `Không tìm thấy chương trình mã ${b.programmeCode}`);
  const inst = await institutionByCode(tx, b.institutionCode);
  if (!inst) throw fieldError(`${at}institutionCode`, `Không tìm thấy cơ sở đào tạo mã ${b.institutionCode}`);
  const organiser = await unitByCode(tx, b.organiserUnitCode);
  if (!organiser || !pathInScope(scope, organiser.path))
    throw fieldError(`${at}organiserUnitCode`, `Không tìm thấy đơn vị mã ${b.organiserUnitCode}`);
  const placeUnitIds: number[] = [];
  for (const [i, code] of (b.placeUnitCodes ?? []).entries()) {
    const u = await unitByCode(tx, code);
    if (!u) throw fieldError(`${at}placeUnitCodes.${i}`, `Không tìm thấy đơn vị mã ${code}`);
    placeUnitIds.push(u.id);
  }
  return { programme, institution: inst.i, organiser, placeUnitIds };
}

function courseValues(b: CourseBody, r: Awaited<ReturnType<typeof resolve>>) {
  return {
    name: cleanText(b.name),
    programmeId: r.programme.id,
    institutionId: r.institution.id,
    organiserUnitId: r.organiser.id,
    mode: b.mode,
    place: b.place ? cleanText(b.place) : null,
    placeUnitIds: r.placeUnitIds.length ? r.placeUnitIds : null,
    startDate: b.startDate,
    endDate: b.endDate,
    capacity: b.capacity,
    decisionNo: b.decisionNo ? cleanText(b.decisionNo) : null,
    note: b.note ? cleanText(b.note) : null,
  };
}

/** A readable code when none is given: programme code, start year and a running number. */
async function nextCode(tx: Tx, programmeCode: string, startDate: string): Promise<string> {
  const prefix = `${programmeCode}-${startDate.slice(0, 4)}-`;
  // Two courses of one programme and year created at once must not draw the same number.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`course-code:${prefix}`}))`);
  const r = await tx.execute<{ n: string | null }>(sql`
    select max(substring(code from ${prefix.length + 1}::int)::int) as n from course
    where code like ${`${prefix}%`} and substring(code from ${prefix.length + 1}::int) ~ '^[0-9]+$'`);
  return `${prefix}${String(Number(r.rows[0]?.n ?? 0) + 1).padStart(2, '0')}`;
}

async function codeFree(tx: Tx, code: string, exceptId: number | null) {
  const r = await tx.select({ id: course.id }).from(course).where(eq(course.code, code)).limit(1);
  if (r[0] && r[0].id !== exceptId)
    throw new AppError('CODE_TAKEN', {
      details: [{ path: 'code', message: `Mã lớp ${code} đã được sử dụng` }],
    });
}

export async function create(db: Db, ctx: AuditContext, actor: Who, b: CourseBody) {
  const id = await mutate(db, ctx, async (tx) => {
    const r = await resolve(tx, actor.scope, b, '');
    const code = b.code || (await nextCode(tx, r.programme.code, b.startDate));
    await codeFree(tx, code, null);
    const [row] = await tx
      .insert(course)
      .values({ code, ...courseValues(b, r) })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    return {
      result: row.id,
      audit: { action: 'course.create', entity: 'course', entityId: row.id, after: row },
    };
  });
  return detail(db, actor, id);
}

export async function update(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  id: number,
  b: CourseBody,
  version: number,
) {
  await mutate(db, ctx, async (tx) => {
    const before = await managed(tx, actor.scope, id);
    if (before.status === 'closed' || before.status === 'cancelled')
      throw new AppError('COURSE_STATUS', {
        message: `Lớp đang ở trạng thái "${COURSE_STATUS_LABELS[before.status as CourseStatus]}", không sửa được.`,
      });
    const r = await resolve(tx, actor.scope, b, 'course.');
    const code = b.code || before.code;
    await codeFree(tx, code, id);
    const outside = await tx.execute<{ date: string }>(sql`
      select date from course_session where course_id = ${id}
        and (date < ${b.startDate}::date or date > ${b.endDate}::date) order by date limit 1`);
    if (outside.rows[0])
      throw fieldError(
        'course.startDate',
        `Có buổi học ngày ${outside.rows[0].date} nằm ngoài thời gian mới của lớp; hãy xóa hoặc dời buổi học trước`,
      );
    const [row] = await tx
      .update(course)
      .set({ code, ...courseValues(b, r), version: version + 1 })
      .where(and(eq(course.id, id), eq(course.version, version)))
      .returning();
    if (!row) throw new AppError('VERSION_CONFLICT');
    return {
      result: row,
      audit: { action: 'course.update', entity: 'course', entityId: id, before, after: row },
    };
  });
  return detail(db, actor, id);
}

export async function changeStatus(db: Db, ctx: AuditContext, actor: Who, id: number, status: CourseStatus) {
  await mutate(db, ctx, async (tx) => {
    const before = await managed(tx, actor.scope, id);
    const from = before.status as CourseStatus;
    if (!COURSE_TRANSITIONS[from].includes(status))
      throw new AppError('COURSE_STATUS', {
        message: `Không chuyển được lớp từ trạng thái "${COURSE_STATUS_LABELS[from]}" sang "${COURSE_STATUS_LABELS[status]}".`,
        details: { from, to: status },
      });
    await tx
      .update(course)
      .set({ status, version: sql`${course.version} + 1` })
      .where(eq(course.id, id));
    if (status === 'cancelled') {
      // Learners of a cancelled course are no longer "đang hoàn thiện" through it.
      const people = await tx
        .select({ personId: enrolment.personId })
        .from(enrolment)
        .where(and(eq(enrolment.courseId, id), eq(enrolment.status, 'enrolled')));
      await keepPeopleCurrent(
        tx,
        people.map((p) => p.personId),
        todayVn(),
      );
    }
    return {
      result: null,
      audit: {
        action: 'course.status',
        entity: 'course',
        entityId: id,
        before: { status: from },
        after: { status },
      },
    };
  });
  return detail(db, actor, id);
}

export async function addSession(db: Db, ctx: AuditContext, actor: Who, id: number, b: SessionBody) {
  await mutate(db, ctx, async (tx) => {
    const c = await managed(tx, actor.scope, id);
    if (b.date < c.startDate || b.date > c.endDate)
      throw fieldError('date', `Ngày học phải trong thời gian của lớp (${c.startDate} đến ${c.endDate})`);
    const [row] = await tx
      .insert(courseSession)
      .values({ courseId: id, date: b.date, topic: cleanText(b.topic), periods: b.periods })
      .returning();
    return {
      result: row,
      audit: { action: 'course.session.add', entity: 'course', entityId: id, after: row },
    };
  });
  return detail(db, actor, id);
}

export async function deleteSession(db: Db, ctx: AuditContext, actor: Who, id: number, sid: number) {
  await mutate(db, ctx, async (tx) => {
    await managed(tx, actor.scope, id);
    const [row] = await tx
      .select()
      .from(courseSession)
      .where(and(eq(courseSession.id, sid), eq(courseSession.courseId, id)));
    if (!row) throw new AppError('SESSION_NOT_FOUND');
    const recorded = await tx.execute<{ n: string }>(
      sql`select count(*) as n from attendance where session_id = ${sid}`,
    );
    if (Number(recorded.rows[0]?.n ?? 0) > 0)
      throw new AppError('COURSE_STATUS', { message: 'Buổi học đã được điểm danh, không xóa được.' });
    await tx.delete(courseSession).where(eq(courseSession.id, sid));
    return {
      result: null,
      audit: { action: 'course.session.delete', entity: 'course', entityId: id, before: row },
    };
  });
  return detail(db, actor, id);
}

export async function setQuotas(db: Db, ctx: AuditContext, actor: Who, id: number, b: QuotasBody) {
  await mutate(db, ctx, async (tx) => {
    await managed(tx, actor.scope, id);
    const rows: { courseId: number; unitId: number; seats: number }[] = [];
    const seen = new Set<number>();
    for (const [i, q] of b.quotas.entries()) {
      const u = await unitByCode(tx, q.unitCode);
      if (!u) throw fieldError(`quotas.${i}.unitCode`, `Không tìm thấy đơn vị mã ${q.unitCode}`);
      if (seen.has(u.id)) throw fieldError(`quotas.${i}.unitCode`, `Đơn vị ${u.name} có tên hai lần`);
      seen.add(u.id);
      rows.push({ courseId: id, unitId: u.id, seats: q.seats });
    }
    const before = await tx.select().from(courseQuota).where(eq(courseQuota.courseId, id));
    await tx.delete(courseQuota).where(eq(courseQuota.courseId, id));
    if (rows.length) await tx.insert(courseQuota).values(rows);
    return {
      result: null,
      audit: { action: 'course.quotas', entity: 'course', entityId: id, before, after: b.quotas },
    };
  });
  return detail(db, actor, id);
}

export async function addLecturer(db: Db, ctx: AuditContext, actor: Who, id: number, b: LecturerBody) {
  await mutate(db, ctx, async (tx) => {
    await managed(tx, actor.scope, id);
    const [row] = await tx
      .insert(courseLecturer)
      .values({
        courseId: id,
        name: cleanText(b.name),
        kind: b.kind,
        hours: b.hours,
        personId: b.personId ?? null,
      })
      .returning();
    return {
      result: row,
      audit: { action: 'course.lecturer.add', entity: 'course', entityId: id, after: row },
    };
  });
  return detail(db, actor, id);
}

export async function addCost(db: Db, ctx: AuditContext, actor: Who, id: number, b: CostBody) {
  await mutate(db, ctx, async (tx) => {
    await managed(tx, actor.scope, id);
    const [row] = await tx
      .insert(courseCost)
      .values({
        courseId: id,
        fundingSource: b.fundingSource,
        amount: b.amount,
        note: b.note ? cleanText(b.note) : null,
      })
      .returning();
    return { result: row, audit: { action: 'course.cost.add', entity: 'course', entityId: id, after: row } };
  });
  return detail(db, actor, id);
}

export async function addAssessment(db: Db, ctx: AuditContext, actor: Who, id: number, b: AssessmentBody) {
  await mutate(db, ctx, async (tx) => {
    await managed(tx, actor.scope, id);
    const [row] = await tx
      .insert(courseAssessment)
      .values({ courseId: id, name: cleanText(b.name) })
      .returning();
    return {
      result: row,
      audit: { action: 'course.assessment.add', entity: 'course', entityId: id, after: row },
    };
  });
  return detail(db, actor, id);
}

/** Open courses that would close a gap: awarding `dimension` at `level` or higher, open to the unit. */
export async function openCourses(db: Db, actor: Who, q: OpenCoursesQuery) {
  const dimension = q.dimension as Dimension;
  if (!DIMENSIONS.includes(dimension)) throw fieldError('dimension', 'Loại trình độ không có trong danh mục');
  const rank = levelRank(dimension, q.level);
  if (!rank) throw fieldError('level', `Trình độ "${q.level}" không thuộc loại trình độ đã chọn`);
  const unit = await unitByCode(db, q.unitCode);
  if (!unit || !pathInScope(actor.scope, unit.path))
    throw fieldError('unitCode', `Không tìm thấy đơn vị mã ${q.unitCode}`);
  const levels = LEVELS[dimension].slice(rank - 1);
  return { items: await openCoursesFor(db, dimension, levels, unit.path) };
}
