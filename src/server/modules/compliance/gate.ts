/**
 * The appointment gate: nobody is appointed to a post whose standard they do not meet. The check
 * answers the API's appointment-check and guards every assignment that is current or future when
 * saved; an administrator may override it with a written reason, kept in the audit row.
 */
import { todayVn } from '../../../core/catalog/dates';
import { postFitsUnit } from '../../../core/catalog/posts';
import { roleHasPermission } from '../../../core/roles';
import { type AppointmentCheck, checkAppointment } from '../../../core/standards/appointment';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, fieldError } from '../../http/errors';
import { pathInScope } from '../org/scope';
import { findPersonInScope, positionByCode, unitByCode } from '../people/queries';
import { loadStandards } from '../standards/queries';
import { loadBundles } from './facts';

type PositionRow = NonNullable<Awaited<ReturnType<typeof positionByCode>>>;
type UnitRow = NonNullable<Awaited<ReturnType<typeof unitByCode>>>;

/** The check for a person (by id) taking a post in a unit on a date. */
export async function checkFor(
  db: DbOrTx,
  personId: number,
  active: boolean,
  pos: PositionRow,
  unit: UnitRow,
  date: string,
): Promise<AppointmentCheck> {
  const [bundle] = await loadBundles(db, [personId], date);
  if (!bundle) throw new AppError('PERSON_NOT_FOUND');
  const sets = await loadStandards(db);
  const result = checkAppointment(
    sets,
    { ...bundle.facts, active },
    { id: pos.id, code: pos.code, group: pos.group, keyCadre: pos.keyCadre },
    {
      id: unit.id,
      kind: unit.kind,
      areaClass: unit.areaClass,
      difficultArea: unit.difficultArea || unit.areaClass === 'III',
      validFrom: unit.validFrom,
    },
    date,
  );
  if (!postFitsUnit(pos.level, unit.kind)) {
    result.reasons.unshift({
      code: 'POST_UNIT_MISMATCH',
      message: `Chức vụ ${pos.name} không có ở loại đơn vị của ${unit.name}`,
    });
    result.allowed = false;
  }
  return result;
}

export async function appointmentCheck(
  db: DbOrTx,
  actor: Pick<Actor, 'scope' | 'role'>,
  personId: number,
  q: { position: string; unit: string; date?: string | undefined },
) {
  const p = await findPersonInScope(db, actor.scope, personId);
  if (!p) throw new AppError('PERSON_NOT_FOUND');
  const pos = await positionByCode(db, q.position);
  if (!pos?.active) throw fieldError('position', `Không tìm thấy chức vụ mã ${q.position}`);
  const unit = await unitByCode(db, q.unit);
  if (!unit || !pathInScope(actor.scope, unit.path))
    throw fieldError('unit', `Không tìm thấy đơn vị mã ${q.unit}`);
  const result = await checkFor(db, personId, p.status === 'active', pos, unit, q.date ?? todayVn());
  return { ...result, canOverride: roleHasPermission(actor.role, 'appointments.override') };
}

/**
 * Called by the people service before saving an assignment that is current or future. Refuses
 * (422 with one detail per reason) unless an administrator gives a written override reason;
 * returns what the audit row records about the gate.
 */
export async function enforceGate(
  tx: DbOrTx,
  actor: Partial<Pick<Actor, 'role'>>,
  personId: number,
  active: boolean,
  pos: PositionRow,
  unit: UnitRow,
  validFrom: string,
  override: string | null | undefined,
): Promise<{ overridden: boolean; reason?: string; refusedFor?: string[] } | null> {
  const result = await checkFor(tx, personId, active, pos, unit, validFrom);
  if (result.allowed) return null;
  const reason = override?.trim();
  if (!reason) {
    throw new AppError('APPOINTMENT_REFUSED', {
      details: result.reasons.map((r) => ({ path: 'positionCode', message: r.message, code: r.code })),
    });
  }
  if (!actor.role || !roleHasPermission(actor.role, 'appointments.override')) {
    throw new AppError('FORBIDDEN', {
      message: 'Chỉ quản trị hệ thống được bổ nhiệm khi chưa đạt tiêu chuẩn (kèm lý do).',
    });
  }
  return { overridden: true, reason, refusedFor: result.reasons.map((r) => r.message) };
}
