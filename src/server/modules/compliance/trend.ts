/**
 * Yearly trend of the compliance rate as of 31/12 of each year (today for the current year), with
 * the change in percentage points — the seeds' "up 8.5 points on 2014".
 */
import { todayVn } from '../../../core/catalog/dates';
import type { ComplianceFilters } from '../../../core/contracts/standards';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { fieldError } from '../../http/errors';
import { loadStandards } from '../standards/queries';
import { type Counts, complianceAsOf, complianceToday } from './report';
import { resolveRoot } from './service';

export async function complianceTrend(
  db: Db,
  actor: Pick<Actor, 'scope'>,
  q: ComplianceFilters & { from?: number | undefined; to?: number | undefined },
) {
  const today = todayVn();
  const thisYear = Number(today.slice(0, 4));
  const to = q.to ?? thisYear;
  const from = q.from ?? to - 5;
  if (from > to) throw fieldError('from', 'Năm bắt đầu phải trước hoặc bằng năm kết thúc');
  if (to - from > 20) throw fieldError('from', 'Xem tối đa 20 năm một lần');
  if (to > thisYear) throw fieldError('to', 'Năm kết thúc không được ở tương lai');
  const { root, unit } = await resolveRoot(db, actor, q.unit);
  const f = { group: q.group, keyCadre: q.keyCadre, areaClass: q.areaClass };
  const sets = await loadStandards(db);
  const points: (Counts & { year: number; asOf: string; change: number | null })[] = [];
  let previous: number | null = null;
  for (let year = from; year <= to; year++) {
    const asOf = year === thisYear ? today : `${year}-12-31`;
    const b =
      asOf === today ? await complianceToday(db, root, f) : await complianceAsOf(db, root, asOf, sets, f);
    const rate = b.totals.rate;
    const change: number | null =
      previous === null || b.totals.total === 0 ? null : Math.round((rate - previous) * 1000) / 10;
    points.push({ year, asOf, ...b.totals, change });
    if (b.totals.total > 0) previous = rate;
  }
  return { unit, points };
}
