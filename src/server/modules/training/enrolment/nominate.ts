/**
 * Nomination (cử đi học), one person or thousands, in one transaction with set-based SQL: scope,
 * course status, duplicates, eligibility (or a written override), seats and unit quotas decide
 * who is enrolled and who waits; the enrolled become "đang hoàn thiện" in the same transaction.
 */
import { sql } from 'drizzle-orm';
import { todayVn } from '../../../../core/catalog/dates';
import { COURSE_STATUS_LABELS, type CourseStatus } from '../../../../core/contracts/training-courses';
import type { NominationResult } from '../../../../core/contracts/training-enrolment';
import { eligibilityMessage } from '../../../../core/training/eligibility';
import type { Tx } from '../../../db/client';
import { AppError, fieldError } from '../../../http/errors';
import type { AuditEntry } from '../../audit/audit';
import { notifyNominated } from '../../notifications/training';
import { inScope, pathInScope, type Scope } from '../../org/scope';
import { unitByCode } from '../../people/queries';
import { keepPeopleCurrent } from '../../people/upkeep';
import { courseInScope, lockCourse, programmeById } from '../courses/queries';
import { bigintArray, textArray } from './arrays';
import { ineligibleNominees } from './eligibility';
import { seatOrWait } from './seats';

export interface Nominee {
  personId: number;
  decisionNo: string | null;
  decisionDate: string | null;
  /** Field path for errors about this nominee: "personIds.3" or "rows.7". */
  path: string;
}

export interface NominationInput {
  courseId: number;
  unitCode: string;
  nominees: Nominee[];
  eligibilityOverride: string | null;
  source: 'nomination' | 'roster';
}

export async function nominate(
  tx: Tx,
  scope: Scope,
  input: NominationInput,
): Promise<{ result: NominationResult; audit: AuditEntry }> {
  if (!(await courseInScope(tx, scope, input.courseId))) throw new AppError('COURSE_NOT_FOUND');
  const c = await lockCourse(tx, input.courseId);
  if (!c) throw new AppError('COURSE_NOT_FOUND');

  const unit = await unitByCode(tx, input.unitCode);
  if (!unit || !pathInScope(scope, unit.path))
    throw fieldError('unitCode', `Không tìm thấy đơn vị mã ${input.unitCode} trong phạm vi quản lý`);

  const seen = new Map<number, string>();
  for (const n of input.nominees) {
    const first = seen.get(n.personId);
    if (first) throw fieldError(n.path, `Người này đã có trong danh sách (trùng với ${first})`);
    seen.set(n.personId, n.path);
  }
  const ids = input.nominees.map((n) => n.personId);

  // Everyone must be inside the actor's scope; anyone else is "not found" and nothing is written.
  const people = await tx.execute<{ id: string; full_name: string }>(sql`
    select p.id, p.full_name from person p
    where p.id = any(${bigintArray(ids)}::bigint[]) and ${inScope(scope, sql`p.current_unit_path`)}`);
  const names = new Map(people.rows.map((p) => [Number(p.id), p.full_name]));
  const missing = input.nominees.filter((n) => !names.has(n.personId));
  if (missing.length)
    throw new AppError('PERSON_NOT_FOUND', {
      details: missing
        .slice(0, 50)
        .map((n) => ({ path: n.path, message: `Không tìm thấy cán bộ mã ${n.personId}` })),
    });

  if (c.status !== 'open')
    throw new AppError('COURSE_STATUS', {
      message: `Lớp "${c.name}" đang ở trạng thái "${COURSE_STATUS_LABELS[c.status as CourseStatus]}"; chỉ cử người vào lớp đang chiêu sinh.`,
    });

  const already = await tx.execute<{ person_id: string }>(sql`
    select person_id from enrolment
    where course_id = ${c.id} and person_id = any(${bigintArray(ids)}::bigint[])
      and status not in ('withdrawn', 'refused')`);
  if (already.rows.length) {
    const dup = new Set(already.rows.map((r) => Number(r.person_id)));
    const clash = input.nominees.filter((n) => dup.has(n.personId));
    const who = clash.slice(0, 5).map((n) => names.get(n.personId));
    throw new AppError('ALREADY_ENROLLED', {
      message: `${who.join(', ')}${clash.length > 5 ? ` và ${clash.length - 5} người khác` : ''} đã có tên trong lớp "${c.name}".`,
      details: clash.map((n) => ({ path: n.path, message: `${names.get(n.personId)} đã có tên trong lớp` })),
    });
  }

  const programme = await programmeById(tx, c.programmeId);
  if (!programme) throw new Error(`course ${c.id} without programme`);
  const ineligible = await ineligibleNominees(tx, programme, ids, c.startDate);
  const refused = new Map(ineligible.map((i) => [i.personId, i]));
  if (ineligible.length && !input.eligibilityOverride) {
    const details = input.nominees
      .filter((n) => refused.has(n.personId))
      .map((n) => {
        const i = refused.get(n.personId) as (typeof ineligible)[number];
        return { path: n.path, message: eligibilityMessage(i.fullName, i.problems) };
      });
    throw new AppError('NOT_ELIGIBLE', {
      message:
        details.length === 1
          ? (details[0]?.message ?? '')
          : `${details.length} người chưa đủ điều kiện cử đi đào tạo sau đại học. Nhập lý do nếu vẫn cử đi học.`,
      details,
    });
  }

  // Seats first come, first served in the order sent; the rest wait.
  const statuses = await seatOrWait(tx, c, unit.path, input.nominees.length);
  const overrides = input.nominees.map((n) => (refused.has(n.personId) ? input.eligibilityOverride : null));
  const inserted = await tx.execute<{ id: string; person_id: string; status: string }>(sql`
    insert into enrolment (course_id, person_id, unit_id, status, source, decision_no, decision_date,
      waitlisted_at, eligibility_override)
    select ${c.id}, t.pid, ${unit.id}, t.status, ${input.source}, t.dno, t.ddate,
      case when t.status = 'waitlisted' then now() end, t.ovr
    from unnest(${bigintArray(ids)}::bigint[], ${textArray(statuses)}::text[],
      ${textArray(input.nominees.map((n) => n.decisionNo))}::text[],
      ${textArray(input.nominees.map((n) => n.decisionDate))}::date[],
      ${textArray(overrides)}::text[]) with ordinality as t(pid, status, dno, ddate, ovr, ord)
    order by t.ord
    returning id, person_id, status`);
  const enrolledPeople = inserted.rows.filter((r) => r.status === 'enrolled').map((r) => Number(r.person_id));
  await keepPeopleCurrent(tx, enrolledPeople, todayVn());
  // Those nominated are told in the same transaction: one statement per outcome, whatever the count.
  const waitlistedPeople = inserted.rows
    .filter((r) => r.status !== 'enrolled')
    .map((r) => Number(r.person_id));
  await notifyNominated(tx, c, enrolledPeople, waitlistedPeople);

  const result: NominationResult = {
    enrolled: enrolledPeople.length,
    waitlisted: inserted.rows.length - enrolledPeople.length,
    enrolmentIds: inserted.rows.map((r) => Number(r.id)),
  };
  return {
    result,
    audit: {
      action: input.source === 'roster' ? 'enrolment.roster' : 'enrolment.nominate',
      entity: 'course',
      entityId: c.id,
      after: {
        unitCode: unit.code,
        enrolled: inserted.rows.filter((r) => r.status === 'enrolled').map((r) => Number(r.person_id)),
        waitlisted: inserted.rows.filter((r) => r.status === 'waitlisted').map((r) => Number(r.person_id)),
        decisionNo: input.nominees[0]?.decisionNo ?? null,
        ...(ineligible.length
          ? { eligibilityOverride: input.eligibilityOverride, overridden: ineligible }
          : {}),
      },
    },
  };
}
