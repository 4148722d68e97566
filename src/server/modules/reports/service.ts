import { eq } from 'drizzle-orm';
import { todayVn } from '../../../core/catalog/dates';
import { DIMENSION_LABELS, DIMENSIONS, LEVEL_LABELS, LEVELS } from '../../../core/catalog/levels';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, fieldError } from '../../http/errors';
import { asOfLine, officialWorkbook } from '../../xlsx/official-sheet';
import { orgUnit } from '../org/schema';
import { pathInScope } from '../org/scope';
import { type QualificationReport, qualificationsAsOf, qualificationsToday } from './qualifications';

type Who = Pick<Actor, 'scope'>;

async function reportUnit(db: Db, actor: Who, code: string) {
  const [u] = await db.select().from(orgUnit).where(eq(orgUnit.code, code)).limit(1);
  if (!u || !pathInScope(actor.scope, u.path)) throw new AppError('UNIT_NOT_FOUND');
  return u;
}

/** Without a unit, an unrestricted actor (admin) gets the whole country. */
export const NATION = { code: '*', name: 'Toàn quốc' };

export async function qualificationReport(
  db: Db,
  actor: Who,
  unitCode: string | undefined,
  asOf: string | undefined,
): Promise<QualificationReport> {
  const today = todayVn();
  const date = asOf ?? today;
  if (!unitCode) {
    if (actor.scope.kind !== 'all') throw fieldError('unit', 'Vui lòng chọn đơn vị');
    const figures =
      date === today ? await qualificationsToday(db, '/') : await qualificationsAsOf(db, null, date);
    return { unit: NATION, asOf: date, ...figures };
  }
  const unit = await reportUnit(db, actor, unitCode);
  const figures =
    date === today ? await qualificationsToday(db, unit.path) : await qualificationsAsOf(db, unit.id, date);
  return { unit: { code: unit.code, name: unit.name }, asOf: date, ...figures };
}

/** The same report as an official spreadsheet: one row per dimension and level, with shares. */
export async function qualificationWorkbook(r: QualificationReport): Promise<Buffer> {
  const rows: (string | number)[][] = [];
  let stt = 0;
  for (const d of DIMENSIONS) {
    for (const level of [...LEVELS[d]].reverse()) {
      const n = r.byDimension[d][level] ?? 0;
      stt += 1;
      rows.push([
        stt,
        DIMENSION_LABELS[d],
        LEVEL_LABELS[d][level] ?? level,
        n,
        r.total ? Math.round((n / r.total) * 1000) / 10 : 0,
      ]);
    }
  }
  return officialWorkbook({
    sheetName: 'Trình độ',
    superior: 'Cadre',
    issuer: r.unit.name,
    title: 'Báo cáo cơ cấu trình độ đội ngũ cán bộ, công chức, viên chức',
    period: `${asOfLine(r.asOf, r.unit.name)} — Tổng số: ${r.total.toLocaleString('vi-VN')} người`,
    place: r.unit.name,
    date: todayVn(),
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Loại trình độ', width: 24 },
      { header: 'Trình độ', width: 26 },
      { header: 'Số người', width: 12 },
      { header: 'Tỷ lệ (%)', width: 12 },
    ],
    rows,
  });
}
