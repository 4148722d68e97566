/**
 * The import (contracts §3): read the file once, check everything, and either answer the errors
 * (nothing written) or write every sheet in one transaction with one audit row per sheet.
 * A dry run stops before the transaction and answers the same counts and errors.
 */
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { todayVn } from '../../../core/catalog/dates';
import type { Db } from '../../db/client';
import type { AuditContext } from '../../http/actor';
import { type AuditEntry, mutate } from '../audit/audit';
import { ALL, type Scope } from '../org/scope';
import { analyse } from './analyse';
import { collectRows, type ProgressLog } from './collect';
import type { ImportResult } from './contract';
import { ErrorList, type ImportError } from './errors';
import { emptyCounts, type Plan } from './plan';
import { readCsv } from './read-csv';
import { type RawSheet, readXlsx, UnreadableFileError } from './read-xlsx';
import { SHEET_KEYS, SHEETS, type SheetKey, sheetKeyOf } from './sheets';
import type { ParsedFile, SheetCounts } from './types';
import { writePlan } from './write';

export interface ImportOptions {
  dryRun: boolean;
  /** Shown in errors and recorded in the audit rows. */
  fileName: string;
  /** Default: from the file name (".csv" = csv, anything else xlsx). */
  format?: 'xlsx' | 'csv';
  /** For csv: the sheet the file holds. */
  sheet?: string;
  /** Whose data the caller may change; the CLI acts for the whole country. */
  scope?: Scope;
  /** For tests: "today" for birth-date and derived-column checks. */
  today?: string;
  log?: ProgressLog;
}

export type { ImportResult };

const ENTITY: Record<SheetKey, string> = {
  units: 'org_unit',
  people: 'person',
  assignments: 'assignment',
  qualifications: 'qualification',
  evaluations: 'evaluation',
};

function answer(status: ImportResult['status'], counts: SheetCounts, errors: ImportError[]): ImportResult {
  return { status, counts: Object.fromEntries(SHEET_KEYS.map((k) => [SHEETS[k], counts[k]])), errors };
}

const invalid = (errors: ErrorList) => answer('invalid', emptyCounts(), errors.list());

function fileError(code: ImportError['code'], value: string, message: string): ImportError {
  return { sheet: '', row: 0, column: '', value, code, message };
}

/** Thrown inside the transaction to roll it back and answer without writing. */
class Unwritten extends Error {
  constructor(readonly result: ImportResult) {
    super('import not written');
  }
}

function nothingToWrite(plan: Plan): boolean {
  const parts = [plan.units, plan.people, plan.assignments, plan.qualifications, plan.evaluations];
  return parts.every((p) => p.create.length === 0 && p.update.length === 0);
}

/** One audit row per sheet the file carried: what it did, from which file. */
function auditEntries(file: ParsedFile, plan: Plan, fileName: string): AuditEntry[] {
  return SHEET_KEYS.filter((k) => file.columns[k] !== null).map((k) => ({
    action: 'import',
    entity: ENTITY[k],
    entityId: null,
    after: {
      file: fileName,
      sheet: SHEETS[k],
      ...plan.counts[k],
      ...(k === 'units' ? { movedAssignments: plan.moved } : {}),
    },
  }));
}

function sourceOf(
  input: Readable | Buffer,
  opts: ImportOptions,
  errors: ErrorList,
): AsyncIterable<RawSheet> | null {
  const csv = opts.format ? opts.format === 'csv' : /\.csv$/i.test(opts.fileName);
  if (!csv) return readXlsx(input);
  const stream = Buffer.isBuffer(input) ? Readable.from([input]) : input;
  const key = opts.sheet ? sheetKeyOf(opts.sheet) : null;
  if (key === null) {
    errors.add(
      fileError(
        'NO_SHEETS',
        opts.sheet ?? '',
        `Tệp CSV cần tham số sheet là tên một trang: ${SHEET_KEYS.map((k) => SHEETS[k]).join(', ')}`,
      ),
    );
    stream.resume();
    return null;
  }
  return readCsv(stream, SHEETS[key]);
}

export async function runImport(
  db: Db,
  ctx: AuditContext,
  input: Readable | Buffer,
  opts: ImportOptions,
): Promise<ImportResult> {
  const today = opts.today ?? todayVn();
  const scope = opts.scope ?? ALL;
  const started = Date.now();
  const log: ProgressLog = (m) =>
    opts.log?.(`[nhập ${opts.fileName}, ${((Date.now() - started) / 1000).toFixed(1)} s] ${m}`);
  const errors = new ErrorList();
  const source = sourceOf(input, opts, errors);
  if (!source) return invalid(errors);
  let file: ParsedFile;
  try {
    file = await collectRows(source, errors, today, log);
  } catch (err) {
    if (!(err instanceof UnreadableFileError)) throw err;
    errors.add(
      fileError(
        'INVALID_FILE',
        opts.fileName,
        'Không đọc được tệp: cần tệp Excel .xlsx (hoặc .csv cho một trang) đúng mẫu',
      ),
    );
    return invalid(errors);
  }
  if (errors.count > 0 && SHEET_KEYS.every((k) => file.columns[k] === null)) return invalid(errors);

  if (opts.dryRun) {
    const { plan } = await analyse(db, file, scope, errors, log);
    log(`kiểm tra xong, ${errors.count} lỗi`);
    return errors.count > 0 ? invalid(errors) : answer('ok', plan.counts, []);
  }
  try {
    return await mutate(db, ctx, async (tx) => {
      // One import at a time: two files creating the same CCCD must not both pass the checks.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('cadre.import'))`);
      const { plan, units } = await analyse(tx, file, scope, errors, log);
      if (errors.count > 0) throw new Unwritten(invalid(errors));
      const result = answer('ok', plan.counts, []);
      // Re-importing the same file changes nothing, not even the audit log.
      if (nothingToWrite(plan)) throw new Unwritten(result);
      await writePlan(tx, plan, units, { file: opts.fileName, today, log });
      log('ghi xong, đang xác nhận giao dịch');
      return { result, audit: auditEntries(file, plan, opts.fileName) };
    });
  } catch (err) {
    if (err instanceof Unwritten) return err.result;
    throw err;
  }
}
