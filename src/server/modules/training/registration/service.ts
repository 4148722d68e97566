/**
 * Self-registration (tự đăng ký học): a self-service account linked to a person record registers
 * for an open course organised by the person's unit or an ancestor ('pending', source 'self');
 * an officer of the unit approves it — the seat, quota and eligibility rules of a nomination
 * decide between 'enrolled' and 'waitlisted' — or rejects it with a reason.
 */
import { eq, sql } from 'drizzle-orm';
import { todayVn } from '../../../../core/catalog/dates';
import { COURSE_STATUS_LABELS, type CourseStatus } from '../../../../core/contracts/training-courses';
import {
  ENROLMENT_STATUS_LABELS,
  type EnrolmentChange,
  type EnrolmentStatus,
} from '../../../../core/contracts/training-enrolment';
import type {
  ApproveBody,
  MyCourses,
  RegistrationResult,
} from '../../../../core/contracts/training-registration';
import { cleanText } from '../../../../core/text/fold';
import { eligibilityMessage } from '../../../../core/training/eligibility';
import type { Db, Tx } from '../../../db/client';
import type { Actor, AuditContext } from '../../../http/actor';
import { AppError } from '../../../http/errors';
import { mutate } from '../../audit/audit';
import { notifyRegistrationDecision } from '../../notifications/training';
import { pathInScope } from '../../org/scope';
import { person } from '../../people/schema';
import { keepPeopleCurrent } from '../../people/upkeep';
import { listCourses } from '../courses/listing';
import { type CourseRow, enrolmentById, lockCourse, programmeById, unitById } from '../courses/queries';
import { ineligibleNominees } from '../enrolment/eligibility';
import { trainingOfPerson } from '../enrolment/queries';
import { seatOrWait } from '../enrolment/seats';
import { enrolment } from '../schema';

type Self = Pick<Actor, 'personId'>;
type Officer = Pick<Actor, 'scope'>;

/** Courses listed on "Khóa học của tôi" at most (open ones of the person's unit and ancestors). */
const MY_COURSES_LIMIT = 100;

function linkedPerson(actor: Self): number {
  if (actor.personId === null) throw new AppError('PERSON_NOT_LINKED');
  return actor.personId;
}

async function personOf(db: Db | Tx, id: number) {
  const [p] = await db
    .select({
      id: person.id,
      fullName: person.fullName,
      unitId: person.currentUnitId,
      unitPath: person.currentUnitPath,
    })
    .from(person)
    .where(eq(person.id, id))
    .limit(1);
  return p ?? null;
}

function notOpen(c: CourseRow): AppError {
  return new AppError('COURSE_STATUS', {
    message: `Lớp "${c.name}" đang ở trạng thái "${COURSE_STATUS_LABELS[c.status as CourseStatus]}"; chỉ đăng ký, duyệt vào lớp đang chiêu sinh.`,
  });
}

export async function myCourses(db: Db, actor: Self): Promise<MyCourses> {
  const p = await personOf(db, linkedPerson(actor));
  if (!p) throw new AppError('PERSON_NOT_LINKED');
  const unit = p.unitId === null ? null : await unitById(db, p.unitId);
  const courses =
    unit === null
      ? []
      : (
          await listCourses(
            db,
            { kind: 'all' },
            { status: 'open', openTo: unit.code, page: 1, pageSize: MY_COURSES_LIMIT },
            unit.path,
          )
        ).items;
  const { enrolments } = await trainingOfPerson(db, p.id);
  return {
    person: { id: p.id, fullName: p.fullName, unit: unit ? { code: unit.code, name: unit.name } : null },
    courses,
    enrolments,
  };
}

export async function register(
  db: Db,
  ctx: AuditContext,
  actor: Self,
  courseId: number,
): Promise<RegistrationResult> {
  const personId = linkedPerson(actor);
  return mutate(db, ctx, async (tx) => {
    const p = await personOf(tx, personId);
    if (!p) throw new AppError('PERSON_NOT_LINKED');
    if (p.unitId === null || p.unitPath === null)
      throw new AppError('PERSON_NOT_LINKED', {
        message:
          'Hồ sơ của bạn chưa có đơn vị công tác hiện tại. Vui lòng liên hệ cán bộ tổ chức của đơn vị.',
      });
    // Only courses open to the person's unit: the organiser is the unit or one of its ancestors.
    const visible = await tx.execute<{ ok: boolean }>(sql`
      select true as ok from course c join org_unit o on o.id = c.organiser_unit_id
      where c.id = ${courseId} and ${p.unitPath} like o.path || '%'`);
    if (!visible.rows[0]) throw new AppError('COURSE_NOT_FOUND');
    const c = await lockCourse(tx, courseId);
    if (!c) throw new AppError('COURSE_NOT_FOUND');
    if (c.status !== 'open') throw notOpen(c);
    const live = await tx.execute<{ status: EnrolmentStatus }>(sql`
      select status from enrolment
      where course_id = ${c.id} and person_id = ${p.id} and status not in ('withdrawn', 'refused')`);
    const current = live.rows[0];
    if (current)
      throw new AppError('ALREADY_ENROLLED', {
        message: `Bạn đã có tên trong lớp "${c.name}" (${ENROLMENT_STATUS_LABELS[current.status]}).`,
      });
    const [row] = await tx
      .insert(enrolment)
      .values({ courseId: c.id, personId: p.id, unitId: p.unitId, status: 'pending', source: 'self' })
      .returning({ id: enrolment.id });
    if (!row) throw new Error('enrolment insert returned nothing');
    return {
      result: { id: row.id, status: 'pending' },
      audit: {
        action: 'enrolment.register',
        entity: 'enrolment',
        entityId: row.id,
        after: { courseId: c.id, personId: p.id, unitId: p.unitId, status: 'pending', source: 'self' },
      },
    };
  });
}

/**
 * A pending registration the officer may decide on, under the course lock: its unit must be in
 * the officer's scope (else 404) and it must still be pending (else 409).
 */
async function pendingInScope(tx: Tx, actor: Officer, eid: number) {
  const found = await enrolmentById(tx, eid);
  const unit = found ? await unitById(tx, found.unitId) : null;
  if (!found || !unit || !pathInScope(actor.scope, unit.path)) throw new AppError('ENROLMENT_NOT_FOUND');
  const c = await lockCourse(tx, found.courseId);
  if (!c) throw new AppError('COURSE_NOT_FOUND');
  // Re-read under the course lock: a concurrent decision may have moved it.
  const e = await enrolmentById(tx, eid);
  if (!e) throw new AppError('ENROLMENT_NOT_FOUND');
  if (e.status !== 'pending')
    throw new AppError('ENROLMENT_STATUS', {
      message: `Đăng ký đang ở trạng thái "${ENROLMENT_STATUS_LABELS[e.status as EnrolmentStatus]}"; chỉ duyệt hoặc từ chối đăng ký đang chờ đơn vị duyệt.`,
    });
  return { e, c, unit };
}

export async function approve(
  db: Db,
  ctx: AuditContext,
  actor: Officer,
  eid: number,
  b: ApproveBody,
): Promise<EnrolmentChange> {
  return mutate(db, ctx, async (tx) => {
    const { e, c, unit } = await pendingInScope(tx, actor, eid);
    if (c.status !== 'open') throw notOpen(c);
    const programme = await programmeById(tx, c.programmeId);
    if (!programme) throw new Error(`course ${c.id} without programme`);
    const override = b.eligibilityOverride ? cleanText(b.eligibilityOverride) : null;
    const [ineligible] = await ineligibleNominees(tx, programme, [e.personId], c.startDate);
    if (ineligible && !override)
      throw new AppError('NOT_ELIGIBLE', {
        message: eligibilityMessage(ineligible.fullName, ineligible.problems),
        details: [
          {
            path: 'eligibilityOverride',
            message: eligibilityMessage(ineligible.fullName, ineligible.problems),
          },
        ],
      });
    // The same seat and quota rules as a nomination by the unit.
    const [status = 'waitlisted'] = await seatOrWait(tx, c, unit.path, 1);
    const decisionNo = b.decisionNo ? cleanText(b.decisionNo) : null;
    const decisionDate = b.decisionDate ?? null;
    await tx
      .update(enrolment)
      .set({
        status,
        decisionNo,
        decisionDate,
        waitlistedAt: status === 'waitlisted' ? new Date() : null,
        eligibilityOverride: ineligible ? override : null,
        version: sql`${enrolment.version} + 1`,
      })
      .where(eq(enrolment.id, eid));
    await keepPeopleCurrent(tx, [e.personId], todayVn());
    await notifyRegistrationDecision(tx, c, e.personId, { approved: true, status });
    return {
      result: { id: eid, status, promoted: null },
      audit: {
        action: 'enrolment.approve',
        entity: 'enrolment',
        entityId: eid,
        before: { status: 'pending' },
        after: {
          status,
          decisionNo,
          decisionDate,
          ...(ineligible ? { eligibilityOverride: override, problems: ineligible.problems } : {}),
        },
      },
    };
  });
}

export async function reject(
  db: Db,
  ctx: AuditContext,
  actor: Officer,
  eid: number,
  reason: string,
): Promise<EnrolmentChange> {
  return mutate(db, ctx, async (tx) => {
    const { e, c } = await pendingInScope(tx, actor, eid);
    const why = cleanText(reason);
    await tx
      .update(enrolment)
      .set({ status: 'refused', reason: why, version: sql`${enrolment.version} + 1` })
      .where(eq(enrolment.id, eid));
    await keepPeopleCurrent(tx, [e.personId], todayVn());
    await notifyRegistrationDecision(tx, c, e.personId, { approved: false, reason: why });
    return {
      result: { id: eid, status: 'refused', promoted: null },
      audit: {
        action: 'enrolment.reject',
        entity: 'enrolment',
        entityId: eid,
        before: { status: 'pending' },
        after: { status: 'refused', reason: why },
      },
    };
  });
}
