/** Open service commitments of a subtree, and leaving early with the compensation owed. */
import { sql } from 'drizzle-orm';
import type { CommitmentItem, LeaveBody } from '../../../../core/contracts/training-results';
import { addMonths } from '../../../../core/standards/retirement';
import { compensation, EXEMPT_REASONS, wholeMonthsBetween } from '../../../../core/training/compensation';
import type { Db, DbOrTx } from '../../../db/client';
import type { Actor, AuditContext } from '../../../http/actor';
import { AppError, fieldError } from '../../../http/errors';
import { mutate } from '../../audit/audit';
import { inScope, pathInScope } from '../../org/scope';
import { unitByCode } from '../../people/queries';

type Who = Pick<Actor, 'scope'>;

type Row = {
  id: string;
  person_id: string;
  full_name: string;
  course_id: string;
  course_code: string;
  course_name: string;
  months: number;
  starts_on: string;
  cost: string;
  status: string;
  left_on: string | null;
  compensation: string | null;
  exemption: string | null;
  version: number;
};

function present(r: Row): CommitmentItem {
  return {
    id: Number(r.id),
    person: { id: Number(r.person_id), fullName: r.full_name },
    course: { id: Number(r.course_id), code: r.course_code, name: r.course_name },
    months: r.months,
    startsOn: r.starts_on,
    endsOn: addMonths(r.starts_on, r.months),
    cost: Number(r.cost),
    status: r.status,
    leftOn: r.left_on,
    compensation: r.compensation === null ? null : Number(r.compensation),
    exemption: r.exemption,
    version: r.version,
  };
}

/**
 * Commitments are followed by the unit that nominated the person (it paid); scope and the unit
 * filter apply to that unit's path.
 */
function select(where: ReturnType<typeof sql>, lock = false) {
  return sql`
    select sc.id, sc.person_id, p.full_name, c.id as course_id, c.code as course_code,
      c.name as course_name, sc.months, sc.starts_on, sc.cost, sc.status, sc.left_on,
      sc.compensation, sc.exemption, sc.version
    from service_commitment sc
    join enrolment e on e.id = sc.enrolment_id
    join org_unit u on u.id = e.unit_id
    join course c on c.id = e.course_id
    join person p on p.id = sc.person_id
    where ${where}
    order by sc.starts_on, sc.id
    ${lock ? sql`for update of sc` : sql``}`;
}

export async function openCommitments(db: DbOrTx, actor: Who, unitCode: string | undefined) {
  let unitPath: string | null = null;
  if (unitCode) {
    const unit = await unitByCode(db, unitCode);
    if (!unit || !pathInScope(actor.scope, unit.path)) throw new AppError('UNIT_NOT_FOUND');
    unitPath = unit.path;
  }
  const rows = await db.execute<Row>(
    select(
      sql`sc.status = 'open' and ${inScope(actor.scope, sql`u.path`)}
        ${unitPath ? sql`and u.path like ${`${unitPath}%`}` : sql``}`,
    ),
  );
  return { items: rows.rows.map(present) };
}

export async function leave(db: Db, ctx: AuditContext, actor: Who, id: number, body: LeaveBody) {
  return mutate(db, ctx, async (tx) => {
    const rows = await tx.execute<Row>(
      select(sql`sc.id = ${id} and ${inScope(actor.scope, sql`u.path`)}`, true),
    );
    const before = rows.rows[0];
    if (!before) throw new AppError('COMMITMENT_NOT_FOUND');
    if (before.status !== 'open') throw new AppError('COMMITMENT_CLOSED');
    if (body.leftOn < before.starts_on)
      throw fieldError('leftOn', 'Ngày thôi việc không được trước ngày bắt đầu thời gian cam kết');
    const served = wholeMonthsBetween(before.starts_on, body.leftOn);
    const outcome = compensation({
      cost: Number(before.cost),
      months: before.months,
      served,
      reason: body.reason,
    });
    const exemption = EXEMPT_REASONS.includes(body.reason) ? body.reason : null;
    await tx.execute(sql`
      update service_commitment set status = ${outcome.status}, left_on = ${body.leftOn},
        compensation = ${outcome.amount}, exemption = ${exemption}, version = version + 1
      where id = ${id}`);
    const after = {
      ...present(before),
      status: outcome.status,
      leftOn: body.leftOn,
      compensation: outcome.amount,
      exemption,
      version: before.version + 1,
    };
    const result = { ...after, reason: body.reason, served };
    return {
      result,
      audit: {
        action: 'commitment.leave',
        entity: 'service_commitment',
        entityId: id,
        before: present(before),
        after: result,
      },
    };
  });
}
