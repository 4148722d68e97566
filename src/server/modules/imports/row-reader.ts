/**
 * Reads the cells of one row into typed values, reporting each problem against its sheet, row
 * and column. A reader marks the row failed so the caller drops it after the first pass.
 */
import { CCCD_MESSAGES, checkCccd } from '../../../core/catalog/cccd';
import { parseCivilDate } from '../../../core/catalog/dates';
import { cleanText, matchLabel } from '../../../core/text/fold';
import { type Cell, cellText, excelSerialToDate } from './cells';
import type { ErrorList, ImportErrorCode } from './errors';
import { COLUMNS, type ColumnSpec, SHEETS, type SheetKey } from './sheets';

/** Unit codes as the organisation module accepts them. */
const CODE_PATTERN = /^[A-Za-z0-9._-]{1,50}$/;
const MAX_TEXT = 300;

/**
 * A CCCD cell as text. Excel turns an unformatted "020178100000" into the number 20178100000,
 * dropping the leading zero; a whole number of at most 12 digits gets its zeros back.
 */
export function cccdText(c: Cell): string {
  if (typeof c === 'number' && Number.isInteger(c) && c >= 0 && c < 1e12) return String(c).padStart(12, '0');
  return cellText(c).replace(/\s/g, '');
}

export class RowReader {
  failed = false;

  constructor(
    readonly sheet: SheetKey,
    readonly row: number,
    private readonly cells: readonly Cell[],
    private readonly index: ReadonlyMap<string, number>,
    private readonly errors: ErrorList,
  ) {}

  cell(key: string): Cell {
    const i = this.index.get(key);
    return i === undefined ? null : (this.cells[i] ?? null);
  }

  private spec(key: string): ColumnSpec {
    const specs: ColumnSpec[] = COLUMNS[this.sheet];
    const spec = specs.find((c) => c.key === key);
    if (!spec) throw new Error(`no column ${key} in sheet ${this.sheet}`);
    return spec;
  }

  /** Reports a problem with this row's cell `key` (its current value unless one is given). */
  error(key: string, code: ImportErrorCode, message: string, value?: string): void {
    this.failed = true;
    this.errors.add({
      sheet: SHEETS[this.sheet],
      row: this.row,
      column: this.spec(key).header,
      value: value ?? cellText(this.cell(key)),
      code,
      message,
    });
  }

  private missing(key: string): null {
    this.error(key, 'REQUIRED', `Thiếu ${this.spec(key).header}`);
    return null;
  }

  text(key: string, required = false): string | null {
    const c = this.cell(key);
    if (c === null) return required ? this.missing(key) : null;
    const t = cleanText(cellText(c));
    if (t === '') return required ? this.missing(key) : null;
    if (t.length > MAX_TEXT) {
      this.error(key, 'INVALID_VALUE', `${this.spec(key).header} dài quá ${MAX_TEXT} ký tự`);
      return null;
    }
    return t;
  }

  code(key: string, required = false): string | null {
    const t = this.text(key, required);
    if (t === null) return null;
    if (!CODE_PATTERN.test(t)) {
      this.error(key, 'INVALID_CODE', 'Mã chỉ gồm chữ không dấu, chữ số và . _ - (tối đa 50 ký tự)');
      return null;
    }
    return t;
  }

  /** ISO date from "dd/mm/yyyy" text, a date cell, or a date cell's serial number. */
  date(key: string, required = false): string | null {
    const c = this.cell(key);
    if (c === null) return required ? this.missing(key) : null;
    const asDate = typeof c === 'number' ? excelSerialToDate(c) : c;
    const iso = parseCivilDate(asDate);
    if (iso === null) {
      this.error(key, 'INVALID_DATE', `${this.spec(key).header} không phải ngày hợp lệ (dd/mm/yyyy)`);
    }
    return iso;
  }

  /** An enumerated value by its Vietnamese label (case- and diacritics-insensitive). */
  choice<K extends string>(
    key: string,
    labels: Record<K, string>,
    required = false,
    aliases: Partial<Record<string, K>> = {},
  ): K | null {
    const t = this.text(key, required);
    if (t === null) return null;
    const k = matchLabel(t, labels, aliases);
    if (k === null) {
      const allowed = Object.values<string>(labels).join('; ');
      this.error(
        key,
        'INVALID_VALUE',
        `${this.spec(key).header} "${t}" không có trong danh mục (${allowed})`,
      );
    }
    return k;
  }

  integer(key: string, min: number, max: number, required = false): number | null {
    const c = this.cell(key);
    if (c === null) return required ? this.missing(key) : null;
    const n = typeof c === 'number' ? c : typeof c === 'string' ? Number(c) : Number.NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      this.error(key, 'INVALID_VALUE', `${this.spec(key).header} phải là số nguyên từ ${min} đến ${max}`);
      return null;
    }
    return n;
  }

  /**
   * A CCCD as text. Excel turns an unformatted "020178100000" into the number 20178100000,
   * dropping the leading zero; a whole number of at most 12 digits gets its zeros back.
   */
  cccd(key: string, known: Parameters<typeof checkCccd>[1] = {}): string | null {
    const c = this.cell(key);
    if (c === null) return this.missing(key);
    const text =
      typeof c === 'number' && Number.isInteger(c) && c >= 0 && c < 1e12
        ? String(c).padStart(12, '0')
        : cellText(c).replace(/\s/g, '');
    const problem = checkCccd(text, known);
    if (problem) {
      this.error(key, 'INVALID_CCCD', CCCD_MESSAGES[problem]);
      return null;
    }
    return text;
  }
}
