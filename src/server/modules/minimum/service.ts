/** The report of people below the annual refresher minimum, as JSON or an official sheet. */
import { formatCivilDate, todayVn } from '../../../core/catalog/dates';
import { PERSON_CATEGORY_LABELS, type PersonCategory } from '../../../core/catalog/enums';
import type { AnnualMinimumQuery, AnnualMinimumReport } from '../../../core/contracts/minimum';
import {
  belowRate,
  missingPeriods,
  parseAnnualMinimum,
  ruleDateFor,
} from '../../../core/training/annual-minimum';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, fieldError } from '../../http/errors';
import { officialWorkbook } from '../../xlsx/official-sheet';
import { pathInScope } from '../org/scope';
import { unitByCode } from '../people/queries';
import { minimumFigures } from './query';
import { ruleInForce } from './rules';

type Who = Pick<Actor, 'scope'>;

export async function annualMinimumReport(
  db: DbOrTx,
  actor: Who,
  q: AnnualMinimumQuery,
  all = false,
): Promise<AnnualMinimumReport> {
  const today = todayVn();
  const year = q.year ?? Number(today.slice(0, 4));
  let unit = { code: '*', name: 'Toàn quốc' };
  let prefix = '/';
  if (q.unit) {
    const u = await unitByCode(db, q.unit);
    if (!u || !pathInScope(actor.scope, u.path)) throw new AppError('UNIT_NOT_FOUND');
    unit = { code: u.code, name: u.name };
    prefix = u.path;
  } else if (actor.scope.kind !== 'all') {
    throw fieldError('unit', 'Vui lòng chọn đơn vị');
  }
  const rule = await ruleInForce(db, 'annual_minimum', ruleDateFor(year, today));
  const { periods: minimum, categories } = parseAnnualMinimum(rule?.params);
  const empty = { people: 0, below: 0, total: 0, rows: [] };
  const figures =
    categories.length === 0
      ? empty
      : await minimumFigures(db, {
          prefix,
          categories,
          minimum,
          from: `${year}-01-01`,
          to: `${year}-12-31`,
          limit: all ? null : q.pageSize,
          offset: (q.page - 1) * q.pageSize,
        });
  const items = figures.rows
    .map((r) => ({
      person: { id: r.id, fullName: r.fullName, birthDate: r.birthDate },
      unit: r.unitCode ? { code: r.unitCode, name: r.unitName ?? '' } : null,
      category: r.category,
      periods: r.periods,
      missing: missingPeriods(r.periods, minimum),
    }))
    .sort((a, b) => a.periods - b.periods);
  return {
    unit,
    year,
    rule,
    minimum,
    categories,
    totals: { people: figures.people, below: figures.below, rate: belowRate(figures.below, figures.people) },
    items,
    total: figures.total,
    page: all ? 1 : q.page,
    pageSize: all ? items.length : q.pageSize,
  };
}

export async function annualMinimumWorkbook(r: AnnualMinimumReport): Promise<Buffer> {
  const basis = r.rule ? `${r.rule.legalBasis.number} — ${r.rule.legalBasis.title}` : 'Chưa có quy định';
  return officialWorkbook({
    sheetName: 'Bồi dưỡng tối thiểu',
    superior: 'Cadre',
    issuer: r.unit.name,
    title: `Danh sách cán bộ chưa đạt thời lượng bồi dưỡng tối thiểu năm ${r.year}`,
    period: `Mức tối thiểu ${r.minimum} tiết/năm (${basis}) — ${r.unit.name}`,
    place: r.unit.name,
    date: todayVn(),
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Họ và tên', width: 28 },
      { header: 'Ngày sinh', width: 12 },
      { header: 'Đơn vị', width: 30 },
      { header: 'Đối tượng', width: 14 },
      { header: 'Số tiết đã bồi dưỡng', width: 14 },
      { header: 'Số tiết còn thiếu', width: 14 },
    ],
    rows: r.items.map((i, n) => [
      n + 1,
      i.person.fullName,
      formatCivilDate(i.person.birthDate),
      i.unit?.name ?? '',
      PERSON_CATEGORY_LABELS[i.category as PersonCategory] ?? i.category,
      i.periods,
      i.missing,
    ]),
    totals: [
      '',
      `Tổng số: ${r.totals.people.toLocaleString('vi-VN')} người; chưa đạt: ${r.totals.below.toLocaleString('vi-VN')} (${r.totals.rate.toLocaleString('vi-VN')}%)`,
      '',
      '',
      '',
      '',
      '',
    ],
  });
}
