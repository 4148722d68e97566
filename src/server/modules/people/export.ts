/**
 * Export of a filtered people list to .xlsx, streamed: rows go from a keyset cursor straight into
 * exceljs's streaming writer, so memory stays flat however long the list. Text cells are
 * sanitised against formula injection; dates are real date cells; the header row is frozen.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { todayVn } from '../../../core/catalog/dates';
import { GENDER_LABELS, PERSON_CATEGORY_LABELS } from '../../../core/catalog/enums';
import type { PeopleQuery } from '../../../core/contracts/people';
import type { Db } from '../../db/client';
import type { Actor, AuditContext } from '../../http/actor';
import { fieldError } from '../../http/errors';
import { safeCell } from '../../xlsx/official-sheet';
import { mutate } from '../audit/audit';
import { FilterError } from './filters';
import { iteratePeopleAsOf } from './history-list';
import { iteratePeople, positionByCode, unitByCode } from './queries';
import { listWithNameFallback } from './service';

const COLUMNS = [
  { header: 'STT', key: 'stt', width: 7 },
  { header: 'Họ và tên', key: 'fullName', width: 28 },
  { header: 'Ngày sinh', key: 'birthDate', width: 13, style: { numFmt: 'dd/mm/yyyy' } },
  { header: 'Giới tính', key: 'gender', width: 10 },
  { header: 'Chức vụ', key: 'position', width: 34 },
  { header: 'Đơn vị', key: 'unit', width: 34 },
  { header: 'Số CCCD', key: 'cccd', width: 16 },
  { header: 'Dân tộc', key: 'ethnicity', width: 12 },
  { header: 'Đối tượng', key: 'category', width: 16 },
  { header: 'Đảng viên', key: 'party', width: 10 },
];

export async function exportPeople(
  db: Db,
  ctx: AuditContext,
  actor: Pick<Actor, 'scope'>,
  q: PeopleQuery,
): Promise<PassThrough> {
  const today = todayVn();
  const unit = q.unit ? await unitByCode(db, q.unit) : null;
  const unitPath = q.unit ? (unit?.path ?? '/-none-/') : null;
  const unitId = q.unit ? (unit?.id ?? -1) : null;
  const positionId = q.position ? ((await positionByCode(db, q.position))?.id ?? -1) : null;
  // The same name matching as the list on screen, so the file holds exactly what was shown.
  let nameMatch: 'start' | 'words' = 'start';
  try {
    nameMatch = (
      await listWithNameFallback(
        db,
        actor.scope,
        { ...q, page: 1, pageSize: 1 },
        { unitPath, unitId, positionId },
        today,
      )
    ).nameMatch;
  } catch (err) {
    if (err instanceof FilterError) throw fieldError(err.field, err.message);
    throw err;
  }
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('Danh sách cán bộ', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS;
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();

  const write = async () => {
    let stt = 0;
    try {
      for await (const batch of q.asOf && q.asOf !== today
        ? iteratePeopleAsOf(db, actor.scope, q, { unitPath, unitId, positionId, nameMatch }, q.asOf)
        : iteratePeople(db, actor.scope, q, { unitPath, positionId, nameMatch }, today)) {
        for (const p of batch) {
          stt += 1;
          ws.addRow({
            stt,
            fullName: safeCell(p.fullName),
            birthDate: new Date(`${p.birthDate}T00:00:00Z`),
            gender: GENDER_LABELS[p.gender],
            position: safeCell(p.position?.name ?? ''),
            unit: safeCell(p.unit?.name ?? ''),
            cccd: safeCell(p.cccd),
            ethnicity: safeCell(p.ethnicity ?? ''),
            category: PERSON_CATEGORY_LABELS[p.category],
            party: p.partyMember ? 'x' : '',
          }).commit();
        }
      }
      // Exports of personal data are logged (Decree 13/2023): who, which filter, how many rows.
      // Logged before the file is finished, so a completed download always has its row.
      await mutate(db, ctx, async () => ({
        result: null,
        audit: { action: 'people.export', entity: 'person', entityId: null, after: { filter: q, rows: stt } },
      }));
      ws.commit();
      await wb.commit();
    } catch (err) {
      out.destroy(err instanceof Error ? err : new Error(String(err)));
    }
  };
  void write();
  return out;
}
