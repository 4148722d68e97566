/**
 * First pass over a file: finds the five sheets, maps header texts to columns (any order, extra
 * columns ignored), reads every row and keeps only the parsed values. Duplicates inside the file
 * are caught here, where each key is seen once.
 */
import { type Cell, cellText } from './cells';
import type { ErrorList } from './errors';
import { assignmentKey, evaluationKey, qualificationKey } from './keys';
import { parseAssignment, parseEvaluation, parsePerson, parseQualification, parseUnit } from './parse-rows';
import type { RawSheet } from './read-xlsx';
import { cccdText, RowReader } from './row-reader';
import {
  COLUMNS,
  type ColumnSpec,
  foldHeader,
  SHEET_KEYS,
  SHEETS,
  type SheetKey,
  sheetKeyOf,
} from './sheets';
import type { ParsedFile } from './types';

export type ProgressLog = (message: string) => void;

interface HeaderMap {
  index: Map<string, number>;
  missing: ColumnSpec[];
}

function mapHeader(sheet: SheetKey, cells: readonly Cell[]): HeaderMap {
  const specs: ColumnSpec[] = COLUMNS[sheet];
  const byFolded = new Map(specs.map((c) => [foldHeader(c.header), c.key]));
  const index = new Map<string, number>();
  cells.forEach((c, i) => {
    const key = c === null ? undefined : byFolded.get(foldHeader(cellText(c)));
    // The first column with a header wins; a repeated header is ignored like an unknown one.
    if (key !== undefined && !index.has(key)) index.set(key, i);
  });
  return { index, missing: specs.filter((c) => c.required && !index.has(c.key)) };
}

const isEmpty = (cells: readonly Cell[]) => cells.every((c) => c === null);

export function emptyParsedFile(): ParsedFile {
  return {
    units: [],
    people: [],
    assignments: [],
    qualifications: [],
    evaluations: [],
    columns: { units: null, people: null, assignments: null, qualifications: null, evaluations: null },
    rejectedCccds: new Set(),
    rejectedUnitCodes: new Set(),
  };
}

/** Per-sheet row handling: parse, reject duplicates of an earlier row, keep. */
function rowHandlers(file: ParsedFile, today: string) {
  const seen = new Map<string, number>();
  const firstSeen = (key: string, row: number): number | undefined => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row);
    return first;
  };
  return {
    units(r: RowReader) {
      const u = parseUnit(r);
      if (!u) {
        file.rejectedUnitCodes.add(cellText(r.cell('code')));
        return;
      }
      const first = firstSeen(`u|${u.code}`, u.row);
      if (first !== undefined) r.error('code', 'DUPLICATE_CODE', `Mã đơn vị đã có ở dòng ${first}`);
      else file.units.push(u);
    },
    people(r: RowReader) {
      const p = parsePerson(r, today);
      if (!p) {
        file.rejectedCccds.add(cccdText(r.cell('cccd')));
        return;
      }
      const first = firstSeen(`p|${p.cccd}`, p.row);
      if (first !== undefined) r.error('cccd', 'DUPLICATE_CCCD', `Số CCCD trùng với dòng ${first}`);
      else file.people.push(p);
    },
    assignments(r: RowReader) {
      const a = parseAssignment(r);
      if (!a) return;
      const first = firstSeen(`a|${assignmentKey(a.cccd, a.unitCode, a.positionCode, a.validFrom)}`, a.row);
      if (first !== undefined) {
        r.error(
          'validFrom',
          'DUPLICATE_ROW',
          `Trùng với dòng ${first} (cùng người, đơn vị, chức vụ, từ ngày)`,
        );
      } else file.assignments.push(a);
    },
    qualifications(r: RowReader) {
      const q = parseQualification(r);
      if (!q) return;
      const key = qualificationKey(q.cccd, { ...q, language: q.major });
      const first = firstSeen(`q|${key}`, q.row);
      if (first !== undefined) {
        r.error(
          'level',
          'DUPLICATE_ROW',
          `Trùng với dòng ${first} (cùng người, loại trình độ, trình độ, từ ngày)`,
        );
      } else file.qualifications.push(q);
    },
    evaluations(r: RowReader) {
      const e = parseEvaluation(r);
      if (!e) return;
      const first = firstSeen(`e|${evaluationKey(e.cccd, e.year)}`, e.row);
      if (first !== undefined)
        r.error('year', 'DUPLICATE_ROW', `Đã có xếp loại năm ${e.year} ở dòng ${first}`);
      else file.evaluations.push(e);
    },
  } satisfies Record<SheetKey, (r: RowReader) => void>;
}

/** Reads every sheet of `source` into compact rows; problems go to `errors`. */
export async function collectRows(
  source: AsyncIterable<RawSheet>,
  errors: ErrorList,
  today: string,
  log: ProgressLog = () => undefined,
): Promise<ParsedFile> {
  const file = emptyParsedFile();
  const handle = rowHandlers(file, today);
  let total = 0;
  for await (const sheet of source) {
    const key = sheetKeyOf(sheet.name);
    if (key === null || file.columns[key] !== null) {
      // Not an import sheet ("Danh mục", notes) or a second sheet of the same name: skipped.
      for await (const _ of sheet.rows);
      continue;
    }
    let header: HeaderMap | null = null;
    let rows = 0;
    for await (const raw of sheet.rows) {
      if (isEmpty(raw.cells)) continue;
      if (header === null) {
        header = mapHeader(key, raw.cells);
        file.columns[key] = new Set(header.index.keys());
        for (const c of header.missing) {
          errors.add({
            sheet: SHEETS[key],
            row: raw.number,
            column: c.header,
            value: '',
            code: 'MISSING_COLUMN',
            message: `Thiếu cột bắt buộc "${c.header}" ở dòng tiêu đề`,
          });
        }
        continue;
      }
      // Without a required column every row would fail the same way: one error says it.
      if (header.missing.length > 0) continue;
      handle[key](new RowReader(key, raw.number, raw.cells, header.index, errors));
      rows++;
      if (++total % 20_000 === 0) log(`đã đọc ${total} dòng`);
    }
    if (header === null) file.columns[key] = new Set();
    log(`trang "${SHEETS[key]}": ${rows} dòng`);
  }
  if (SHEET_KEYS.every((k) => file.columns[k] === null)) {
    errors.add({
      sheet: '',
      row: 0,
      column: '',
      value: '',
      code: 'NO_SHEETS',
      message: `Tệp không có trang nào đúng mẫu (${SHEET_KEYS.map((k) => SHEETS[k]).join(', ')})`,
    });
  }
  return file;
}
