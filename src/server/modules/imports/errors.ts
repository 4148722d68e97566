/** Row-level import errors: a stable code, where (sheet, row, column), the value and a Vietnamese message. */
import { COLUMNS, type ColumnSpec, SHEET_KEYS, SHEETS } from './sheets';

/** File-level errors (sheet "") first, then the sheets in workbook order, then columns left to right. */
const SHEET_ORDER = new Map<string, number>([
  ['', -1],
  ...SHEET_KEYS.map((k, i): [string, number] => [SHEETS[k], i]),
]);
const COLUMN_ORDER = new Map<string, number>(
  SHEET_KEYS.flatMap((k) =>
    (COLUMNS[k] as ColumnSpec[]).map((c, i): [string, number] => [`${SHEETS[k]}|${c.header}`, i]),
  ),
);

export const IMPORT_ERROR_CODES = [
  'INVALID_FILE',
  'NO_SHEETS',
  'MISSING_COLUMN',
  'REQUIRED',
  'INVALID_VALUE',
  'INVALID_CODE',
  'INVALID_CCCD',
  'INVALID_DATE',
  'BIRTH_DATE_IN_FUTURE',
  'DATE_BEFORE_BIRTH',
  'END_BEFORE_START',
  'UNDER_AGE',
  'DUPLICATE_CCCD',
  'DUPLICATE_CODE',
  'DUPLICATE_ROW',
  'UNKNOWN_UNIT',
  'UNKNOWN_POSITION',
  'UNKNOWN_PERSON',
  'UNIT_NOT_VALID',
  'UNIT_CYCLE',
  'UNIT_PARENT_CHANGED',
  'UNIT_HISTORY_CONFLICT',
  'MERGE_WITHOUT_END',
  'LEVEL_NOT_IN_DIMENSION',
  'OVERLAPPING_ASSIGNMENT',
  'OUT_OF_SCOPE',
  'TOO_MANY_ERRORS',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
  sheet: string;
  row: number;
  column: string;
  value: string;
  code: ImportErrorCode;
  message: string;
}

/**
 * Collects errors up to a limit, so a file with one systematic mistake on 100,000 rows answers
 * with a readable list (and a count of the rest) instead of megabytes of JSON.
 */
export class ErrorList {
  private readonly items: ImportError[] = [];
  private dropped = 0;

  constructor(private readonly limit = 1000) {}

  add(e: ImportError): void {
    if (this.items.length < this.limit) this.items.push(e);
    else this.dropped++;
  }

  get count(): number {
    return this.items.length + this.dropped;
  }

  /** Errors in sheet and row order, then the note about those left out. */
  list(): ImportError[] {
    const sheet = (e: ImportError) => SHEET_ORDER.get(e.sheet) ?? SHEET_KEYS.length;
    const column = (e: ImportError) => COLUMN_ORDER.get(`${e.sheet}|${e.column}`) ?? 99;
    const sorted = [...this.items].sort(
      (a, b) => sheet(a) - sheet(b) || a.row - b.row || column(a) - column(b),
    );
    if (this.dropped === 0) return sorted;
    return [
      ...sorted,
      {
        sheet: '',
        row: 0,
        column: '',
        value: String(this.dropped),
        code: 'TOO_MANY_ERRORS',
        message: `Còn ${this.dropped} lỗi khác không hiển thị; hãy sửa các lỗi trên rồi nhập lại.`,
      },
    ];
  }
}
