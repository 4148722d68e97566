/**
 * Small rules of personnel records shared by the pages: inclusive end dates, level labels,
 * the highest completed level, posts valid for a unit's level.
 */
import { addDays, todayVn, yearsBetween } from '../../core/catalog/dates';
import { COMMUNE_KINDS, type UnitKind } from '../../core/catalog/enums';
import { type Dimension, LEVEL_LABELS, levelRank } from '../../core/catalog/levels';
import type { PersonRecord } from '../../core/contracts/people';
import type { PositionView } from '../../core/contracts/positions';

export { todayVn };

/** The API's exclusive end → the last day people write ("Đến ngày"), or null when open. */
export function lastDayOf(validTo: string | null | undefined): string | null {
  return validTo ? addDays(validTo, -1) : null;
}

/** The inclusive last day typed in a form → the API's exclusive end. */
export function endAfter(lastDay: string | null | undefined): string | null {
  return lastDay ? addDays(lastDay, 1) : null;
}

export function levelLabel(dimension: Dimension, level: string): string {
  return LEVEL_LABELS[dimension][level] ?? level;
}

export function isCommuneKind(kind: string | null | undefined): boolean {
  return !!kind && (COMMUNE_KINDS as readonly string[]).includes(kind);
}

/** Posts offered for a unit: commune kinds take commune/any posts, other kinds province/any. */
export function postsForUnit(positions: readonly PositionView[], kind: UnitKind | string | null | undefined) {
  const level = isCommuneKind(kind) ? 'commune' : 'province';
  return positions.filter((p) => p.active && (p.level === 'any' || p.level === level));
}

type Qualification = PersonRecord['qualifications'][number];

/** Completed on `asOf` (no end date, or ended by then): what "highest level" counts. */
export function completedBy(q: Qualification, asOf: string): boolean {
  return q.status === 'completed' && (q.endDate === null || q.endDate <= asOf);
}

/** The record holding the highest completed level of a dimension, or null. */
export function highestCompleted(
  qualifications: readonly Qualification[],
  dimension: Dimension,
  asOf = todayVn(),
): Qualification | null {
  let best: Qualification | null = null;
  for (const q of qualifications) {
    if (q.dimension !== dimension || !completedBy(q, asOf)) continue;
    if (!best || levelRank(dimension, q.level) > levelRank(dimension, best.level)) best = q;
  }
  return best;
}

export function ageOn(birthDate: string, asOf = todayVn()): number {
  return yearsBetween(birthDate, asOf);
}

/** "" and undefined → null; other values as they are (form values → API bodies). */
export function orNull<T>(v: T | '' | undefined | null): T | null {
  return v === '' || v === undefined || v === null ? null : v;
}

/** Trimmed text or null. */
export function textOrNull(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** A percentage with one decimal, Vietnamese style: 0.504 → "50,4%". */
export function formatPercent(part: number, total: number): string {
  if (!total) return '0%';
  const pct = Math.round((part / total) * 1000) / 10;
  return `${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(pct)}%`;
}

/**
 * A date in formal text (Decree 30/2020): "ngày 05 tháng 02 năm 2026" — days below 10 and
 * months 1 and 2 get a leading zero.
 */
export function formalDate(iso: string): { day: string; month: string; year: string } {
  const [y = '', m = '', d = ''] = iso.split('-');
  const month = Number(m);
  return { day: d, month: month <= 2 ? m : String(month), year: y };
}

/** "Tỉnh Tuyên Quang" → "Tuyên Quang": the place name of a province for "<place>, ngày …". */
export function placeName(unitName: string): string {
  return unitName.replace(/^(tỉnh|thành phố|tp\.?)\s+/i, '').trim();
}
