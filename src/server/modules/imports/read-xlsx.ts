/**
 * Streaming .xlsx reader: worksheets and rows arrive one at a time, so a 100,000-row workbook
 * never sits in memory as a workbook; callers keep only what they parse. Rows, shared strings,
 * styles (which tell a date cell from a number) and the workbook's sheet list are read by the
 * parts of exceljs' streaming reader (`ExcelJS.stream.xlsx.WorkbookReader`); the zip layer is our
 * own (see zip.ts) so the parts come in the order the reader needs: relationships, workbook,
 * shared strings and styles first, then each worksheet in the workbook's order.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { type Cell, normalizeCell } from './cells';
import { bufferBytes, fileBytes, ZipError, ZipReader } from './zip';

export interface RawRow {
  /** 1-based row number as the spreadsheet shows it. */
  number: number;
  /** Cell values; index 0 is column A. */
  cells: Cell[];
}

export interface RawSheet {
  name: string;
  rows: AsyncIterable<RawRow>;
}

/** The file is not a workbook we can read (not a zip, damaged, encrypted…). */
export class UnreadableFileError extends Error {}

/** The pieces of exceljs' WorkbookReader we drive; its typings leave them out. */
interface ReaderParts {
  model?: { sheets?: { name: string; id: number; rId: string }[] };
  workbookRels?: { Id: string; Target: string; Type: string }[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(entry: Readable, sheetNo: string): Iterable<{ eventType: string; value: WorksheetParts }>;
}

interface WorksheetParts extends AsyncIterable<ExcelJS.Row> {
  name?: string;
}

function cellsOf(row: ExcelJS.Row): Cell[] {
  const values = row.values;
  // Row.values is 1-based (index 0 unused) and sparse.
  const list: unknown[] = Array.isArray(values) ? values : [];
  const cells: Cell[] = [];
  for (let i = 1; i < list.length; i++) cells.push(normalizeCell(list[i]));
  return cells;
}

const unreadable = (err: unknown) =>
  err instanceof UnreadableFileError
    ? err
    : new UnreadableFileError(err instanceof Error ? err.message : String(err));

async function* rowsOf(ws: WorksheetParts): AsyncGenerator<RawRow> {
  try {
    for await (const row of ws) yield { number: row.number, cells: cellsOf(row) };
  } catch (err) {
    throw unreadable(err);
  }
}

/** A relationship target as a part name ("worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"). */
function partName(target: string): string {
  return target.startsWith('/') ? target.slice(1) : path.posix.normalize(`xl/${target}`);
}

async function* sheetsOf(zip: ZipReader): AsyncGenerator<RawSheet> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    sharedStrings: 'cache',
    worksheets: 'emit',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as ReaderParts;
  const relsName = 'xl/_rels/workbook.xml.rels';
  if (!zip.has(relsName) || !zip.has('xl/workbook.xml')) throw new ZipError('not a workbook');
  await reader._parseRels(await zip.open(relsName));
  await reader._parseWorkbook(await zip.open('xl/workbook.xml'));
  const rels = reader.workbookRels ?? [];
  const target = (type: string, fallback: string) =>
    partName(rels.find((r) => r.Type.endsWith(`/${type}`))?.Target ?? fallback);
  const sharedStrings = target('sharedStrings', 'sharedStrings.xml');
  if (zip.has(sharedStrings)) {
    for await (const _ of reader._parseSharedStrings(await zip.open(sharedStrings))) {
      // 'cache' mode keeps them on the reader; nothing is emitted.
    }
  }
  const styles = target('styles', 'styles.xml');
  if (zip.has(styles)) await reader._parseStyles(await zip.open(styles));

  for (const [i, sheet] of (reader.model?.sheets ?? []).entries()) {
    const rel = rels.find((r) => r.Id === sheet.rId);
    const name = rel ? partName(rel.Target) : '';
    if (!zip.has(name)) continue;
    const sheetNo = /sheet(\d+)\.xml$/.exec(name)?.[1] ?? String(i + 1);
    for (const event of reader._parseWorksheet(await zip.open(name), sheetNo)) {
      yield { name: sheet.name, rows: rowsOf(event.value) };
    }
  }
}

/**
 * The worksheets of an .xlsx. A stream is first spooled to a temporary file (the zip directory
 * is at its end); a buffer is read in place.
 */
export async function* readXlsx(input: Readable | Buffer): AsyncGenerator<RawSheet> {
  let dir: string | null = null;
  try {
    let zip: ZipReader;
    try {
      if (Buffer.isBuffer(input)) zip = await ZipReader.open(bufferBytes(input));
      else {
        dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'cadre-import-'));
        const file = path.join(dir, 'upload.xlsx');
        await pipeline(input, fs.createWriteStream(file));
        zip = await ZipReader.open(await fileBytes(file));
      }
    } catch (err) {
      throw err instanceof ZipError ? unreadable(err) : err;
    }
    const sheets = sheetsOf(zip);
    while (true) {
      let next: IteratorResult<RawSheet>;
      try {
        next = await sheets.next();
      } catch (err) {
        throw unreadable(err);
      }
      if (next.done) break;
      yield next.value;
    }
  } finally {
    if (dir) await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
