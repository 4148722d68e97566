/** Spreadsheet cell values, reduced to what the import reads: text, number, boolean, date or empty. */
import { formatCivilDate } from '../../../core/catalog/dates';

export type Cell = string | number | boolean | Date | null;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/**
 * One exceljs cell value as a plain value: rich text joined, a formula's cached result, a
 * hyperlink's text, an error as its code ("#N/A", so it is reported rather than ignored).
 * Blank text is empty.
 */
export function normalizeCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? null : t;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean' || v instanceof Date) return v;
  if (!isRecord(v)) return null;
  if (Array.isArray(v.richText)) {
    return normalizeCell(v.richText.map((r: unknown) => (isRecord(r) ? String(r.text ?? '') : '')).join(''));
  }
  if ('result' in v) return normalizeCell(v.result);
  if ('text' in v) return normalizeCell(v.text);
  if ('error' in v) return String(v.error);
  return null;
}

/** How a cell is shown back in an error: dates as dd/mm/yyyy, like people typed them. */
export function cellText(c: Cell): string {
  if (c === null) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : formatCivilDate(c.toISOString());
  return String(c);
}

/** Excel's day 0 is 1899-12-30 (serial numbers count days from there, 1900 date system). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date typed into a cell without a date format arrives as its serial number. */
export function excelSerialToDate(serial: number): Date | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465) return null;
  return new Date(EXCEL_EPOCH + serial * 86_400_000);
}
