import { todayVn } from '../../../core/catalog/dates';
import { asOfLine, officialWorkbook } from '../../xlsx/official-sheet';
import type { ComplianceReport } from './service';

const pct = (rate: number) => Math.round(rate * 1000) / 10;

/** The compliance report as an official spreadsheet: one row per sub-unit, then the totals. */
export async function complianceWorkbook(r: ComplianceReport): Promise<Buffer> {
  return officialWorkbook({
    sheetName: 'Đạt chuẩn',
    superior: 'Cadre',
    issuer: r.unit.name,
    title: 'Báo cáo tình hình đạt chuẩn chức danh cán bộ, công chức',
    period: `${asOfLine(r.asOf, r.unit.name)} — ${r.meets.toLocaleString('vi-VN')}/${r.total.toLocaleString('vi-VN')} người đạt chuẩn (${pct(r.rate).toLocaleString('vi-VN')}%)`,
    place: r.unit.name,
    date: todayVn(),
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Đơn vị', width: 36 },
      { header: 'Tổng số', width: 12 },
      { header: 'Đạt chuẩn', width: 12 },
      { header: 'Đang hoàn thiện', width: 16 },
      { header: 'Chưa đạt chuẩn', width: 16 },
      { header: 'Tỷ lệ đạt chuẩn (%)', width: 18 },
    ],
    rows: r.children.map((c, i) => [i + 1, c.unit.name, c.total, c.meets, c.inProgress, c.gap, pct(c.rate)]),
    totals: ['', 'Tổng cộng', r.total, r.meets, r.inProgress, r.gap, pct(r.rate)],
  });
}
