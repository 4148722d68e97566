/**
 * A roster spreadsheet (.xlsx): one row per person, columns "Số CCCD*", "Số quyết định",
 * "Ngày quyết định" (dd/MM/yyyy). Every row is checked first; any error → nothing written and
 * every problem reported by row. Then the same rules as a nomination.
 */
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { CCCD_MESSAGES, checkCccd } from '../../../../core/catalog/cccd';
import { parseCivilDate } from '../../../../core/catalog/dates';
import { ROSTER_COLUMNS, type RosterFields } from '../../../../core/contracts/training-enrolment';
import { cleanText } from '../../../../core/text/fold';
import type { Db } from '../../../db/client';
import type { Actor, AuditContext } from '../../../http/actor';
import { AppError, fieldError } from '../../../http/errors';
import { mutate } from '../../audit/audit';
import { cellText, normalizeCell } from '../../imports/cells';
import { inScope } from '../../org/scope';
import { textArray } from './arrays';
import { type Nominee, nominate } from './nominate';

interface RowError {
  path: string;
  row: number;
  column: string;
  message: string;
}

interface ParsedRow {
  row: number;
  cccd: string;
  decisionNo: string | null;
  decisionDate: string | null;
}

const norm = (s: string) => s.replace(/\*/g, '').trim().toLowerCase();

/** Reads the first sheet; row numbers are the spreadsheet's (header = 1). */
export async function readRoster(buffer: Buffer): Promise<{ rows: ParsedRow[]; errors: RowError[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw fieldError('file', 'Tệp không đọc được: cần tệp Excel .xlsx');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw fieldError('file', 'Tệp không có trang tính nào');
  const header = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const v = normalizeCell(cell.value);
    if (typeof v === 'string') header.set(norm(v), col);
  });
  const col = (name: string) => header.get(norm(name));
  const cccdCol = col(ROSTER_COLUMNS.cccd);
  if (!cccdCol) throw fieldError('file', `Thiếu cột "${ROSTER_COLUMNS.cccd}" ở dòng đầu`);
  const noCol = col(ROSTER_COLUMNS.decisionNo);
  const dateCol = col(ROSTER_COLUMNS.decisionDate);

  const rows: ParsedRow[] = [];
  const errors: RowError[] = [];
  const err = (row: number, key: string, column: string, message: string) =>
    errors.push({ path: `rows.${row}.${key}`, row, column, message: `Dòng ${row}: ${message}` });
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const get = (c: number | undefined) => (c ? normalizeCell(r.getCell(c).value) : null);
    const rawCccd = get(cccdCol);
    const rawNo = get(noCol);
    const rawDate = get(dateCol);
    if (rawCccd === null && rawNo === null && rawDate === null) return;
    let cccd =
      rawCccd === null
        ? ''
        : typeof rawCccd === 'number'
          ? String(rawCccd).padStart(12, '0')
          : cellText(rawCccd);
    cccd = cccd.replace(/\s/g, '');
    let ok = true;
    if (!cccd) {
      err(n, 'cccd', ROSTER_COLUMNS.cccd, 'thiếu số CCCD');
      ok = false;
    } else {
      const problem = checkCccd(cccd);
      if (problem) {
        err(n, 'cccd', ROSTER_COLUMNS.cccd, `${CCCD_MESSAGES[problem]} ("${cccd}")`);
        ok = false;
      }
    }
    let decisionDate: string | null = null;
    if (rawDate !== null) {
      decisionDate = parseCivilDate(rawDate);
      if (!decisionDate) {
        err(
          n,
          'decisionDate',
          ROSTER_COLUMNS.decisionDate,
          `ngày quyết định "${cellText(rawDate)}" không hợp lệ (dd/MM/yyyy)`,
        );
        ok = false;
      }
    }
    const decisionNo = rawNo === null ? null : cleanText(cellText(rawNo)).slice(0, 100);
    if (ok) rows.push({ row: n, cccd, decisionNo, decisionDate });
  });
  if (rows.length === 0 && errors.length === 0) throw fieldError('file', 'Tệp không có dòng dữ liệu nào');
  return { rows, errors };
}

export async function uploadRoster(
  db: Db,
  ctx: AuditContext,
  actor: Pick<Actor, 'scope'>,
  courseId: number,
  fields: RosterFields,
  buffer: Buffer,
) {
  const { rows, errors } = await readRoster(buffer);
  return mutate(db, ctx, async (tx) => {
    // CCCD → person, inside the actor's scope only.
    const found = await tx.execute<{ id: string; cccd: string }>(sql`
      select p.id, p.cccd from person p
      where p.cccd = any(${textArray(rows.map((r) => r.cccd))}::text[])
        and ${inScope(actor.scope, sql`p.current_unit_path`)}`);
    const byCccd = new Map(found.rows.map((p) => [p.cccd, Number(p.id)]));
    const firstRow = new Map<string, number>();
    const nominees: Nominee[] = [];
    for (const r of rows) {
      const id = byCccd.get(r.cccd);
      const seen = firstRow.get(r.cccd);
      if (seen) {
        errors.push({
          path: `rows.${r.row}.cccd`,
          row: r.row,
          column: ROSTER_COLUMNS.cccd,
          message: `Dòng ${r.row}: số CCCD ${r.cccd} trùng với dòng ${seen}`,
        });
        continue;
      }
      firstRow.set(r.cccd, r.row);
      if (id === undefined) {
        errors.push({
          path: `rows.${r.row}.cccd`,
          row: r.row,
          column: ROSTER_COLUMNS.cccd,
          message: `Dòng ${r.row}: không tìm thấy cán bộ có số CCCD ${r.cccd} trong phạm vi quản lý`,
        });
        continue;
      }
      nominees.push({
        personId: id,
        decisionNo: r.decisionNo,
        decisionDate: r.decisionDate,
        path: `rows.${r.row}`,
      });
    }
    if (errors.length) {
      errors.sort((a, b) => a.row - b.row);
      throw new AppError('VALIDATION_ERROR', {
        message: `Tệp có ${errors.length} lỗi; chưa ghi gì. Sửa các dòng được nêu rồi tải lên lại.`,
        details: errors,
      });
    }
    return nominate(tx, actor.scope, {
      courseId,
      unitCode: fields.unitCode,
      nominees,
      eligibilityOverride: fields.eligibilityOverride ? cleanText(fields.eligibilityOverride) : null,
      source: 'roster',
    });
  });
}
