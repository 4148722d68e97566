/**
 * People: the file's "Cán bộ" rows and the stored records they match by CCCD. Every other sheet
 * finds its person here; a stored person outside the caller's scope is not theirs to change.
 */
import { pathInScope, type Scope } from '../org/scope';
import type { ErrorList } from './errors';
import type { DbPerson } from './load';
import { SHEETS, type SheetKey } from './sheets';
import type { ParsedFile, PersonRow } from './types';

export interface ResolvedPerson {
  cccd: string;
  db: DbPerson | null;
  row: PersonRow | null;
  birthDate: string;
}

export class PersonIndex {
  private readonly byCccd = new Map<string, ResolvedPerson>();

  constructor(private readonly rejected: ReadonlySet<string>) {}

  set(p: ResolvedPerson): void {
    this.byCccd.set(p.cccd, p);
  }

  get(cccd: string): ResolvedPerson | undefined {
    return this.byCccd.get(cccd);
  }

  values(): IterableIterator<ResolvedPerson> {
    return this.byCccd.values();
  }

  /** The rows of a sheet with the person each refers to; unknown people are reported. */
  resolveAll<R extends { cccd: string; row: number }>(
    rows: readonly R[],
    sheet: SheetKey,
    errors: ErrorList,
  ): { row: R; person: ResolvedPerson }[] {
    const out: { row: R; person: ResolvedPerson }[] = [];
    for (const row of rows) {
      const person = this.resolve(row.cccd, sheet, row.row, errors);
      if (person) out.push({ row, person });
    }
    return out;
  }

  /**
   * The person a row of `sheet` refers to, or an UNKNOWN_PERSON error on that row. A CCCD whose
   * own "Cán bộ" row was rejected is not reported twice.
   */
  resolve(cccd: string, sheet: SheetKey, row: number, errors: ErrorList): ResolvedPerson | null {
    const p = this.byCccd.get(cccd);
    if (p) return p;
    if (!this.rejected.has(cccd)) {
      errors.add({
        sheet: SHEETS[sheet],
        row,
        column: 'Số CCCD',
        value: cccd,
        code: 'UNKNOWN_PERSON',
        message: 'Không tìm thấy cán bộ có số CCCD này trong trang "Cán bộ" hoặc trong hệ thống',
      });
    }
    return null;
  }
}

/** A stored person is in scope when their current unit is (admins and the CLI see everyone). */
function personInScope(scope: Scope, p: DbPerson): boolean {
  return scope.kind === 'all' || (p.currentUnitPath !== null && pathInScope(scope, p.currentUnitPath));
}

export function validatePeople(
  file: ParsedFile,
  stored: readonly DbPerson[],
  scope: Scope,
  errors: ErrorList,
): PersonIndex {
  const index = new PersonIndex(file.rejectedCccds);
  const outOfScope = new Set<string>();
  for (const db of stored) {
    if (personInScope(scope, db)) index.set({ cccd: db.cccd, db, row: null, birthDate: db.birthDate });
    else outOfScope.add(db.cccd);
  }
  for (const row of file.people) {
    if (outOfScope.has(row.cccd)) {
      errors.add({
        sheet: SHEETS.people,
        row: row.row,
        column: 'Số CCCD',
        value: row.cccd,
        code: 'OUT_OF_SCOPE',
        message: 'Số CCCD đã có trong hồ sơ của cán bộ ngoài phạm vi quản lý của bạn',
      });
      // Said once here; the person's rows on other sheets are not reported again.
      file.rejectedCccds.add(row.cccd);
      continue;
    }
    const db = index.get(row.cccd)?.db ?? null;
    index.set({ cccd: row.cccd, db, row, birthDate: row.birthDate });
  }
  return index;
}
