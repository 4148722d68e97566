/**
 * Seat and quota rules shared by every way into a course (nomination, roster, approval of a
 * self-registration): who gets a seat and who waits.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { SEATED } from '../courses/listing';
import type { CourseRow } from '../courses/queries';

/** Seats the nominating unit may still take: the course's free seats and every applicable quota. */
export async function seatsFor(tx: Tx, c: CourseRow, unitPath: string): Promise<number> {
  const r = await tx.execute<{ occupied: string; quota_free: string | null }>(sql`
    select
      (select count(*) from enrolment e where e.course_id = ${c.id} and e.status in ${SEATED}) as occupied,
      (select min(q.seats - (select count(*) from enrolment e join org_unit eu on eu.id = e.unit_id
                where e.course_id = q.course_id and e.status in ${SEATED} and eu.path like qu.path || '%'))
         from course_quota q join org_unit qu on qu.id = q.unit_id
         where q.course_id = ${c.id} and ${unitPath} like qu.path || '%') as quota_free`);
  const row = r.rows[0];
  const free = c.capacity - Number(row?.occupied ?? 0);
  const quotaFree = row?.quota_free === null || row?.quota_free === undefined ? free : Number(row.quota_free);
  return Math.max(0, Math.min(free, quotaFree));
}

/** The status of `count` newcomers from a unit, in order: seated while seats last, then waitlisted. */
export async function seatOrWait(
  tx: Tx,
  c: CourseRow,
  unitPath: string,
  count: number,
): Promise<('enrolled' | 'waitlisted')[]> {
  const seats = await seatsFor(tx, c, unitPath);
  return Array.from({ length: count }, (_, i) => (i < seats ? 'enrolled' : 'waitlisted'));
}
