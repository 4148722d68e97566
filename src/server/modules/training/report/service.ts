/** The training report (contracts §6) for a subtree and a period, as JSON or an official sheet. */
import { formatCivilDate, todayVn } from '../../../../core/catalog/dates';
import { DIMENSIONS, LEVEL_LABELS } from '../../../../core/catalog/levels';
import { CONTENT_TYPE_LABELS, type ContentType } from '../../../../core/contracts/training-catalogue';
import {
  ACTIVITY_KIND_LABELS,
  type ActivityKind,
  FUNDING_SOURCE_LABELS,
  FUNDING_SOURCES,
  type TrainingReport,
  type TrainingReportQuery,
} from '../../../../core/contracts/training-results';
import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../http/actor';
import { AppError, fieldError } from '../../../http/errors';
import { officialWorkbook } from '../../../xlsx/official-sheet';
import { pathInScope } from '../../org/scope';
import { unitByCode } from '../../people/queries';
import { activityFigures, courseFigures } from './query';

type Who = Pick<Actor, 'scope'>;

export async function trainingReport(
  db: DbOrTx,
  actor: Who,
  q: TrainingReportQuery,
): Promise<TrainingReport> {
  const to = q.to ?? todayVn();
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw fieldError('from', 'Ngày bắt đầu phải trước ngày kết thúc');
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
  const courses = await courseFigures(db, prefix, from, to);
  const activities = await activityFigures(db, prefix, from, to);
  const rows = [...courses.rows, ...activities];
  // Costs add up row by row (each row rounded); people are distinct over the courses, plus the
  // participants of activities, who cannot be told apart.
  const cost: Record<string, number> = {};
  for (const r of rows) for (const [k, v] of Object.entries(r.cost)) cost[k] = (cost[k] ?? 0) + v;
  const sum = (f: (r: (typeof rows)[number]) => number) => activities.reduce((s, r) => s + f(r), 0);
  const totals = {
    persons: courses.courseTotals.persons + sum((r) => r.persons),
    personTimes: courses.courseTotals.personTimes + sum((r) => r.personTimes),
    women: courses.courseTotals.women + sum((r) => r.women),
    ethnicMinority: courses.courseTotals.ethnicMinority + sum((r) => r.ethnicMinority),
    cost,
  };
  return { unit, from, to, rows, totals };
}

function contentLabel(contentType: string): string {
  if (contentType.startsWith('activity:')) {
    const kind = contentType.slice('activity:'.length) as ActivityKind;
    return ACTIVITY_KIND_LABELS[kind] ?? contentType;
  }
  return CONTENT_TYPE_LABELS[contentType as ContentType] ?? contentType;
}

function levelLabel(level: string | null): string {
  if (!level) return '';
  for (const d of DIMENSIONS) {
    const l = LEVEL_LABELS[d][level];
    if (l) return l;
  }
  return level;
}

export async function trainingWorkbook(r: TrainingReport): Promise<Buffer> {
  const money = (c: Record<string, number>) => FUNDING_SOURCES.map((s) => c[s] ?? 0);
  const total = (c: Record<string, number>) => Object.values(c).reduce((s, v) => s + v, 0);
  const rows = r.rows.map((row, i) => [
    i + 1,
    contentLabel(row.contentType),
    levelLabel(row.level),
    row.persons,
    row.personTimes,
    row.women,
    row.ethnicMinority,
    ...money(row.cost),
    total(row.cost),
  ]);
  const t = r.totals;
  return officialWorkbook({
    sheetName: 'Đào tạo, bồi dưỡng',
    superior: 'Cadre',
    issuer: r.unit.name,
    title: 'Báo cáo kết quả đào tạo, bồi dưỡng cán bộ, công chức, viên chức',
    period: `Từ ngày ${formatCivilDate(r.from)} đến ngày ${formatCivilDate(r.to)} — ${r.unit.name}`,
    place: r.unit.name,
    date: todayVn(),
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Nội dung', width: 30 },
      { header: 'Trình độ', width: 18 },
      { header: 'Số người', width: 10 },
      { header: 'Số lượt người', width: 10 },
      { header: 'Nữ', width: 8 },
      { header: 'Dân tộc thiểu số', width: 10 },
      ...FUNDING_SOURCES.map((s) => ({ header: `${FUNDING_SOURCE_LABELS[s]} (đồng)`, width: 16 })),
      { header: 'Tổng kinh phí (đồng)', width: 18 },
    ],
    rows,
    totals: [
      '',
      'Tổng cộng',
      '',
      t.persons,
      t.personTimes,
      t.women,
      t.ethnicMinority,
      ...money(t.cost),
      total(t.cost),
    ],
  });
}
