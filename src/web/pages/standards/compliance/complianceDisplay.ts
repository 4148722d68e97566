/**
 * Pure display rules of the compliance pages and the person's gap card: rates and point changes
 * Vietnamese style, legal bases, what closes a gap, status colours, the filters kept in the URL.
 */
import {
  AREA_CLASSES,
  type AreaClass,
  POSITION_GROUPS,
  type PositionGroup,
} from '../../../../core/catalog/enums';
import { DIMENSION_LABELS, type Dimension, LEVEL_LABELS } from '../../../../core/catalog/levels';
import { isoDate } from '../../../../core/contracts/common';
import type { ComplianceStatusKey } from '../../../../core/contracts/standards';
import type { ComplianceParams, Counts, Gap, LegalBasis } from '../../../api/compliance';
import { formatDate, formatNumber } from '../../../lib/format';

const oneDecimal = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A rate 0..1 as the percentage it is worth, one decimal: 0.5083 → 50.8. */
export function ratePercent(rate: number): number {
  return Math.round(rate * 1000) / 10;
}

/** 0.5083 → "50,8%"; 1 → "100,0%"; 0 → "0,0%". */
export function formatRate(rate: number): string {
  return `${oneDecimal.format(ratePercent(rate))}%`;
}

/** The values of the sentence "1.830/3.600 người đạt chuẩn (50,8%)". */
export function sentenceValues(c: Pick<Counts, 'meets' | 'total' | 'rate'>): {
  meets: string;
  total: string;
  rate: string;
} {
  return { meets: formatNumber(c.meets), total: formatNumber(c.total), rate: formatRate(c.rate) };
}

/** Rate points against the previous year: 8.5 → "+8,5"; -2 → "-2,0"; 0 → "0,0"; null → "". */
export function formatPointChange(change: number | null): string {
  if (change === null || Number.isNaN(change)) return '';
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return oneDecimal.format(0);
  return `${rounded > 0 ? '+' : '-'}${oneDecimal.format(Math.abs(rounded))}`;
}

/** "89-QĐ/TW ngày 04/08/2022" (the date in dd/MM/yyyy), or the number alone without a date. */
export function legalBasisText(b: LegalBasis, dayWord = 'ngày'): string {
  return b.date ? `${b.number} ${dayWord} ${formatDate(b.date)}` : b.number;
}

/** What closes a gap: "Lý luận chính trị – Trung cấp". */
export function closesWithText(c: { dimension: Dimension; level: string } | null): string | null {
  if (!c) return null;
  const dimension = DIMENSION_LABELS[c.dimension] ?? c.dimension;
  const level = LEVEL_LABELS[c.dimension]?.[c.level] ?? c.level;
  return `${dimension} – ${level}`;
}

/** A gap that does not count yet: the requirement is in its grace period. */
export function inGrace(g: Gap): boolean {
  return typeof g.graceUntil === 'string' && g.graceUntil !== '';
}

export const STATUS_COLORS: Record<ComplianceStatusKey, string> = {
  meets: 'green',
  in_progress: 'gold',
  gap: 'red',
};

/** Chart and statistic colours of the statuses (antd palette). */
export const STATUS_HEX: Record<ComplianceStatusKey, string> = {
  meets: '#389e0d',
  in_progress: '#d48806',
  gap: '#cf1322',
};

export const COMPLIANCE_STATUS_ORDER: readonly ComplianceStatusKey[] = ['gap', 'in_progress', 'meets'];

export function isComplianceStatus(v: string | null | undefined): v is ComplianceStatusKey {
  return v === 'meets' || v === 'in_progress' || v === 'gap';
}

export const FALLING_OUT_MONTHS = [6, 12, 24] as const;

/**
 * The report filters read from the page address; anything malformed is dropped (a hand-edited
 * link shows the default view rather than an error). `unit` is handled by the page (scope).
 */
export function filtersFromParams(params: URLSearchParams): Omit<ComplianceParams, 'unit'> {
  const out: Omit<ComplianceParams, 'unit'> = {};
  const asOf = params.get('asOf');
  if (asOf && isoDate.safeParse(asOf).success) out.asOf = asOf;
  const group = params.get('group');
  if (group && (POSITION_GROUPS as readonly string[]).includes(group)) out.group = group as PositionGroup;
  const keyCadre = params.get('keyCadre');
  if (keyCadre === 'true' || keyCadre === 'false') out.keyCadre = keyCadre;
  const area = params.get('areaClass');
  if (area && (AREA_CLASSES as readonly string[]).includes(area)) out.areaClass = area as AreaClass;
  return out;
}

/** Months ahead of the "falling out" list from the address: 6, 12 or 24 (default 12). */
export function monthsFromParams(params: URLSearchParams): number {
  const raw = Number(params.get('months'));
  return (FALLING_OUT_MONTHS as readonly number[]).includes(raw) ? raw : 12;
}

/** Units from `code` up to the top the user can see: [top, …, code]. */
export function unitPath(
  code: string,
  units: readonly { code: string; name: string; parentCode: string | null }[],
): { code: string; name: string }[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const out: { code: string; name: string }[] = [];
  const seen = new Set<string>();
  let cur = byCode.get(code);
  while (cur && !seen.has(cur.code)) {
    seen.add(cur.code);
    out.unshift({ code: cur.code, name: cur.name });
    cur = cur.parentCode ? byCode.get(cur.parentCode) : undefined;
  }
  return out;
}
