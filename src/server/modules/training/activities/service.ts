/** Training beyond classes (seed 004): coaching, guidance visits, onboarding — with hours. */
import { sql } from 'drizzle-orm';
import type { ActivityBody, ActivityItem } from '../../../../core/contracts/training-results';
import type { Db, DbOrTx } from '../../../db/client';
import type { Actor, AuditContext } from '../../../http/actor';
import { AppError } from '../../../http/errors';
import { mutate } from '../../audit/audit';
import { inScope, pathInScope } from '../../org/scope';
import { findPersonInScope, unitByCode } from '../../people/queries';
import { trainingActivity } from '../schema';

type Who = Pick<Actor, 'scope'>;

async function unitInScope(db: DbOrTx, actor: Who, code: string) {
  const unit = await unitByCode(db, code);
  if (!unit || !pathInScope(actor.scope, unit.path)) throw new AppError('UNIT_NOT_FOUND');
  return unit;
}

export async function addActivity(db: Db, ctx: AuditContext, actor: Who, body: ActivityBody) {
  return mutate(db, ctx, async (tx) => {
    const unit = await unitInScope(tx, actor, body.unitCode);
    if (body.personId !== undefined && !(await findPersonInScope(tx, actor.scope, body.personId)))
      throw new AppError('PERSON_NOT_FOUND');
    const [row] = await tx
      .insert(trainingActivity)
      .values({
        kind: body.kind,
        unitId: unit.id,
        personId: body.personId ?? null,
        title: body.title,
        date: body.date,
        hours: body.hours,
        participants: body.participants,
        note: body.note ?? null,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    return {
      result: { id: row.id },
      audit: { action: 'activity.add', entity: 'training_activity', entityId: row.id, after: body },
    };
  });
}

export async function listActivities(
  db: DbOrTx,
  actor: Who,
  q: { unit?: string | undefined; from?: string | undefined; to?: string | undefined },
): Promise<{ items: ActivityItem[] }> {
  const unit = q.unit ? await unitInScope(db, actor, q.unit) : null;
  // training_activity_unit_idx (unit_id, date) behind the unit path filter.
  const rows = await db.execute<{
    id: string;
    kind: ActivityItem['kind'];
    unit_code: string;
    unit_name: string;
    person_id: string | null;
    full_name: string | null;
    title: string;
    date: string;
    hours: string;
    participants: number;
    note: string | null;
  }>(sql`
    select a.id, a.kind, u.code as unit_code, u.name as unit_name, a.person_id, p.full_name, a.title,
      a.date, a.hours, a.participants, a.note
    from training_activity a
    join org_unit u on u.id = a.unit_id
    left join person p on p.id = a.person_id
    where ${inScope(actor.scope, sql`u.path`)}
      ${unit ? sql`and u.path like ${`${unit.path}%`}` : sql``}
      ${q.from ? sql`and a.date >= ${q.from}` : sql``}
      ${q.to ? sql`and a.date <= ${q.to}` : sql``}
    order by a.date desc, a.id desc
    limit 2000`);
  return {
    items: rows.rows.map((r) => ({
      id: Number(r.id),
      kind: r.kind,
      unit: { code: r.unit_code, name: r.unit_name },
      person: r.person_id === null ? null : { id: Number(r.person_id), fullName: r.full_name ?? '' },
      title: r.title,
      date: r.date,
      hours: Number(r.hours),
      participants: r.participants,
      note: r.note,
    })),
  };
}
