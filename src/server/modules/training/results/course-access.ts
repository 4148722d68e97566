/** The course an actor manages, locked, in the status an operation needs (else 404 / 409). */
import { COURSE_STATUS_LABELS, type CourseStatus } from '../../../../core/contracts/training-courses';
import type { Tx } from '../../../db/client';
import type { Actor } from '../../../http/actor';
import { AppError } from '../../../http/errors';
import { type CourseRow, courseManagedInScope, lockCourse } from '../courses/queries';

export type Who = Pick<Actor, 'scope'>;

const label = (s: string) => COURSE_STATUS_LABELS[s as CourseStatus] ?? s;

export async function managedCourse(
  tx: Tx,
  actor: Who,
  courseId: number,
  allowed: readonly CourseStatus[],
  what: string,
): Promise<CourseRow> {
  if (!(await courseManagedInScope(tx, actor.scope, courseId))) throw new AppError('COURSE_NOT_FOUND');
  const c = await lockCourse(tx, courseId);
  if (!c) throw new AppError('COURSE_NOT_FOUND');
  if (!allowed.includes(c.status as CourseStatus)) {
    throw new AppError('COURSE_STATUS', {
      message: `Chỉ ${what} khi lớp ở trạng thái ${allowed.map((s) => `"${label(s)}"`).join(' hoặc ')}; lớp đang ở trạng thái "${label(c.status)}".`,
      details: { status: c.status, allowed },
    });
  }
  return c;
}
