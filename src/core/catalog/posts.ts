import { COMMUNE_KINDS, type UnitKind } from './enums';

/** A post's level decides which units it exists in (pickers offer the same posts). */
export function postFitsUnit(level: string, kind: string): boolean {
  if (level === 'any') return true;
  if (level === 'commune') return COMMUNE_KINDS.includes(kind as UnitKind);
  if (level === 'district') return kind === 'district';
  return !COMMUNE_KINDS.includes(kind as UnitKind) && kind !== 'district';
}
