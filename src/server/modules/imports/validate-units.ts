/**
 * The "Đơn vị" sheet against itself and the database: parents and successors exist, new units
 * form a tree, existing units keep their parent and history, and everything is inside the
 * caller's scope. Produces the index every other sheet resolves unit codes with.
 */
import { addDays, formatCivilDate } from '../../../core/catalog/dates';
import { pathInScope, type Scope } from '../org/scope';
import type { ErrorList, ImportErrorCode } from './errors';
import type { DbUnit } from './load';
import { SHEETS } from './sheets';
import type { ParsedFile, UnitRow } from './types';

export interface ResolvedUnit {
  code: string;
  /** Stored unit, or null when the file creates it. */
  db: DbUnit | null;
  /** The file's row, when the file mentions the unit in "Đơn vị". */
  row: UnitRow | null;
  parentCode: string | null;
  /** Validity after the import (end exclusive). */
  validFrom: string;
  validTo: string | null;
  mergedInto: string | null;
}

export class UnitIndex {
  private readonly byCode = new Map<string, ResolvedUnit>();
  private readonly scopeMemo = new Map<string, boolean>();

  constructor(private readonly scope: Scope) {}

  set(u: ResolvedUnit): void {
    this.byCode.set(u.code, u);
  }

  /** A unit the caller may use: known (file or database) and inside the scope. */
  get(code: string): ResolvedUnit | undefined {
    const u = this.byCode.get(code);
    return u && this.inScope(u) ? u : undefined;
  }

  /** Any known unit, in scope or not. */
  peek(code: string): ResolvedUnit | undefined {
    return this.byCode.get(code);
  }

  all(): IterableIterator<ResolvedUnit> {
    return this.byCode.values();
  }

  /** Stored units by their path; new ones through their parent; a new root needs the whole country. */
  inScope(u: ResolvedUnit, depth = 0): boolean {
    const memo = this.scopeMemo.get(u.code);
    if (memo !== undefined) return memo;
    let ok: boolean;
    if (u.db) ok = pathInScope(this.scope, u.db.path);
    else if (u.parentCode === null || depth > 100) ok = this.scope.kind === 'all';
    else {
      const parent = this.byCode.get(u.parentCode);
      ok = parent !== undefined && this.inScope(parent, depth + 1);
    }
    this.scopeMemo.set(u.code, ok);
    return ok;
  }
}

/** An exclusive end shown as the inclusive last day people wrote. */
export function lastDayText(exclusiveEnd: string | null): string {
  return exclusiveEnd ? formatCivilDate(addDays(exclusiveEnd, -1)) : '';
}

function errorAt(
  errors: ErrorList,
  row: UnitRow,
  column: string,
  value: string,
  code: ImportErrorCode,
  message: string,
) {
  errors.add({ sheet: SHEETS.units, row: row.row, column, value, code, message });
}

export function validateUnits(
  file: ParsedFile,
  stored: readonly DbUnit[],
  scope: Scope,
  errors: ErrorList,
): UnitIndex {
  const index = new UnitIndex(scope);
  const cols = file.columns.units ?? new Set<string>();
  for (const db of stored) {
    index.set({
      code: db.code,
      db,
      row: null,
      parentCode: db.parentCode,
      validFrom: db.validFrom,
      validTo: db.validTo,
      mergedInto: db.mergedInto,
    });
  }
  const storedByCode = new Map(stored.map((s) => [s.code, s]));
  // The file's view of each unit: its row, with stored values for columns the sheet left out.
  for (const row of file.units) {
    const db = storedByCode.get(row.code) ?? null;
    index.set({
      code: row.code,
      db,
      row,
      parentCode: db && !cols.has('parentCode') ? db.parentCode : row.parentCode,
      validFrom: db && !cols.has('validFrom') ? db.validFrom : row.validFrom,
      validTo: db && !cols.has('validTo') ? db.validTo : row.validTo,
      mergedInto: db && !cols.has('mergedInto') ? db.mergedInto : row.mergedInto,
    });
  }
  for (const row of file.units) {
    const u = index.peek(row.code);
    if (!u) continue;
    if (u.db ? !index.inScope(u) : u.parentCode === null && scope.kind !== 'all') {
      errorAt(errors, row, 'Mã đơn vị', row.code, 'OUT_OF_SCOPE', 'Đơn vị nằm ngoài phạm vi quản lý của bạn');
      continue;
    }
    checkParent(index, u, row, errors);
    checkSuccessor(index, u, row, errors);
    if (u.db) checkStoredUnit(u, u.db, row, cols, errors);
  }
  return index;
}

function checkParent(index: UnitIndex, u: ResolvedUnit, row: UnitRow, errors: ErrorList) {
  if (u.parentCode === null) return;
  if (!index.get(u.parentCode)) {
    errorAt(
      errors,
      row,
      'Mã đơn vị cấp trên',
      u.parentCode,
      'UNKNOWN_UNIT',
      `Không tìm thấy đơn vị cấp trên mã ${u.parentCode}`,
    );
    return;
  }
  if (u.db) return;
  // New units must hang off the tree, not off each other in a loop.
  const seen = new Set([u.code]);
  let code: string | null = u.parentCode;
  while (code !== null) {
    if (seen.has(code)) {
      errorAt(
        errors,
        row,
        'Mã đơn vị cấp trên',
        u.parentCode,
        'UNIT_CYCLE',
        'Các đơn vị là cấp trên của nhau thành vòng',
      );
      return;
    }
    seen.add(code);
    const next = index.get(code);
    code = next && !next.db ? next.parentCode : null;
  }
}

function checkSuccessor(index: UnitIndex, u: ResolvedUnit, row: UnitRow, errors: ErrorList) {
  if (u.mergedInto === null || u.mergedInto === u.code) return;
  const successor = index.get(u.mergedInto);
  if (!successor) {
    errorAt(
      errors,
      row,
      'Sáp nhập vào',
      u.mergedInto,
      'UNKNOWN_UNIT',
      `Không tìm thấy đơn vị mã ${u.mergedInto}`,
    );
    return;
  }
  const on = u.validTo;
  if (on !== null && (successor.validFrom > on || (successor.validTo !== null && successor.validTo <= on))) {
    errorAt(
      errors,
      row,
      'Sáp nhập vào',
      u.mergedInto,
      'UNIT_NOT_VALID',
      `Đơn vị ${u.mergedInto} không có hiệu lực vào ngày sáp nhập`,
    );
  }
}

/** Imports correct a stored unit's attributes; moves and re-dated history belong to the organisation page. */
function checkStoredUnit(
  u: ResolvedUnit,
  db: DbUnit,
  row: UnitRow,
  cols: ReadonlySet<string>,
  errors: ErrorList,
) {
  if (cols.has('parentCode') && u.parentCode !== db.parentCode) {
    errorAt(
      errors,
      row,
      'Mã đơn vị cấp trên',
      u.parentCode ?? '',
      'UNIT_PARENT_CHANGED',
      `Đơn vị đã thuộc ${db.parentCode ?? '(không có cấp trên)'}; chuyển đơn vị sang cấp trên khác thực hiện ở trang Tổ chức`,
    );
  }
  if (db.validTo !== null && (u.validTo !== db.validTo || u.mergedInto !== db.mergedInto)) {
    errorAt(
      errors,
      row,
      'Hiệu lực đến',
      lastDayText(row.validTo),
      'UNIT_HISTORY_CONFLICT',
      db.mergedInto
        ? `Đơn vị đã sáp nhập vào ${db.mergedInto}; sửa lịch sử đơn vị thực hiện ở trang Tổ chức`
        : 'Đơn vị đã hết hiệu lực; sửa lịch sử đơn vị thực hiện ở trang Tổ chức',
    );
  }
}
