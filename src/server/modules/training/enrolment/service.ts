/**
 * Enrolment: nominate (one or many), the roster, withdrawal and refusal with automatic promotion
 * from the waitlist, and a person's training history.
 */
import { and, eq, sql } from 'drizzle-orm';
import { todayVn } from '../../../../core/catalog/dates';
import { COURSE_STATUS_LABELS, type CourseStatus } from '../../../../core/contracts/training-courses';
import {
  ENROLMENT_STATUS_LABELS,
  type EnrolmentChange,
  type EnrolmentStatus,
  type NominationBody,
} from '../../../../core/contracts/training-enrolment';
import { cleanText } from '../../../../core/text/fold';
import type { Db, Tx } from '../../../db/client';
import type { Actor, AuditContext } from '../../../http/actor';
import { AppError } from '../../../http/errors';
import { type AuditEntry, mutate } from '../../audit/audit';
import { findPersonInScope } from '../../people/queries';
import { keepPeopleCurrent } from '../../people/upkeep';
import { SEATED } from '../courses/listing';
import { type CourseRow, courseInScope, courseManagedInScope, lockCourse } from '../courses/queries';
import { enrolment } from '../schema';
import { nominate } from './nominate';
import { enrolmentInScope, rosterOf, trainingOfPerson } from './queries';

type Who = Pick<Actor, 'scope'>;

export async function nominateBody(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  courseId: number,
  b: NominationBody,
) {
  return mutate(db, ctx, (tx) =>
    nominate(tx, actor.scope, {
      courseId,
      unitCode: b.unitCode,
      nominees: b.personIds.map((personId, i) => ({
        personId,
        decisionNo: b.decisionNo ? cleanText(b.decisionNo) : null,
        decisionDate: b.decisionDate ?? null,
        path: `personIds.${i}`,
      })),
      eligibilityOverride: b.eligibilityOverride ? cleanText(b.eligibilityOverride) : null,
      source: 'nomination',
    }),
  );
}

export async function roster(db: Db, actor: Who, courseId: number) {
  if (!(await courseInScope(db, actor.scope, courseId))) throw new AppError('COURSE_NOT_FOUND');
  // Those who run the course see everyone; others see the learners of their own units.
  const manages = await courseManagedInScope(db, actor.scope, courseId);
  return { items: await rosterOf(db, courseId, manages ? null : actor.scope) };
}

/**
 * Fills free seats from the waitlist, earliest first, skipping people whose unit's quota is used
 * up. Returns the promoted enrolments.
 */
export async function promoteFromWaitlist(tx: Tx, c: CourseRow) {
  const promoted: { id: number; personId: number; fullName: string }[] = [];
  if (c.status !== 'open' && c.status !== 'running') return promoted;
  for (;;) {
    const free = await tx.execute<{ n: string }>(sql`
      select count(*) as n from enrolment where course_id = ${c.id} and status in ${SEATED}`);
    if (Number(free.rows[0]?.n ?? 0) >= c.capacity) return promoted;
    const next = await tx.execute<{ id: string; person_id: string; full_name: string }>(sql`
      select e.id, e.person_id, p.full_name
      from enrolment e join org_unit eu on eu.id = e.unit_id join person p on p.id = e.person_id
      where e.course_id = ${c.id} and e.status = 'waitlisted'
        and not exists (
          select 1 from course_quota q join org_unit qu on qu.id = q.unit_id
          where q.course_id = e.course_id and eu.path like qu.path || '%'
            and q.seats <= (select count(*) from enrolment e2 join org_unit u2 on u2.id = e2.unit_id
              where e2.course_id = q.course_id and e2.status in ${SEATED} and u2.path like qu.path || '%'))
      order by e.waitlisted_at, e.id
      limit 1`);
    const row = next.rows[0];
    if (!row) return promoted;
    await tx
      .update(enrolment)
      .set({ status: 'enrolled', version: sql`${enrolment.version} + 1` })
      .where(eq(enrolment.id, Number(row.id)));
    promoted.push({ id: Number(row.id), personId: Number(row.person_id), fullName: row.full_name });
  }
}

const LEAVABLE: Record<'withdrawn' | 'refused', readonly EnrolmentStatus[]> = {
  withdrawn: ['pending', 'enrolled', 'waitlisted'],
  refused: ['pending', 'enrolled', 'waitlisted'],
};

/** Withdraw (rút khỏi lớp) or refuse (người được cử từ chối): frees the seat for the waitlist. */
export async function leave(
  db: Db,
  ctx: AuditContext,
  actor: Who,
  eid: number,
  to: 'withdrawn' | 'refused',
  reason: string,
): Promise<EnrolmentChange> {
  return mutate(db, ctx, async (tx) => {
    const found = await enrolmentInScope(tx, actor.scope, eid);
    if (!found) throw new AppError('ENROLMENT_NOT_FOUND');
    const c = await lockCourse(tx, found.courseId);
    if (!c) throw new AppError('COURSE_NOT_FOUND');
    // Re-read under the course lock: a concurrent change may have moved it.
    const [e] = await tx.select().from(enrolment).where(eq(enrolment.id, eid));
    if (!e) throw new AppError('ENROLMENT_NOT_FOUND');
    if (c.status === 'closed' || c.status === 'cancelled')
      throw new AppError('COURSE_STATUS', {
        message: `Lớp "${c.name}" đã ở trạng thái "${COURSE_STATUS_LABELS[c.status as CourseStatus]}".`,
      });
    const from = e.status as EnrolmentStatus;
    if (!LEAVABLE[to].includes(from))
      throw new AppError('ENROLMENT_STATUS', {
        message: `Học viên đang ở trạng thái "${ENROLMENT_STATUS_LABELS[from]}", không chuyển sang "${ENROLMENT_STATUS_LABELS[to]}" được.`,
      });
    await tx
      .update(enrolment)
      .set({ status: to, reason: cleanText(reason), version: sql`${enrolment.version} + 1` })
      .where(and(eq(enrolment.id, eid), eq(enrolment.version, e.version)));
    const promoted = from === 'enrolled' ? await promoteFromWaitlist(tx, c) : [];
    await keepPeopleCurrent(tx, [e.personId, ...promoted.map((p) => p.personId)], todayVn());
    const audit: AuditEntry[] = [
      {
        action: to === 'withdrawn' ? 'enrolment.withdraw' : 'enrolment.refuse',
        entity: 'enrolment',
        entityId: eid,
        before: { status: from },
        after: { status: to, reason },
      },
      ...promoted.map((p) => ({
        action: 'enrolment.promote',
        entity: 'enrolment',
        entityId: p.id,
        before: { status: 'waitlisted' },
        after: { status: 'enrolled', freedBy: eid },
      })),
    ];
    return { result: { id: eid, status: to, promoted: promoted[0] ?? null }, audit };
  });
}

export async function personTraining(db: Db, actor: Who, personId: number) {
  if (!(await findPersonInScope(db, actor.scope, personId))) throw new AppError('PERSON_NOT_FOUND');
  return trainingOfPerson(db, personId);
}
