/**
 * Report spreadsheets in the style officers file upward (ui.md, Nghị định 30/2020): header block
 * (superior body / issuing unit left, national motto right), centred title, period line, table
 * with numbered column headers (1), (2)…, totals row "Tổng cộng", signature blocks.
 * Numbers are stored as numbers; text cells are sanitised against formula injection.
 */
import ExcelJS from 'exceljs';
import { formatCivilDate } from '../../core/catalog/dates';

export interface OfficialSheet {
  sheetName: string;
  superior: string;
  issuer: string;
  title: string;
  period: string;
  place: string;
  date: string;
  /** `numFmt` overrides the default number format of the column's numbers (e.g. scores '0.0#'). */
  columns: { header: string; width: number; numFmt?: string }[];
  rows: (string | number)[][];
  totals?: (string | number)[];
}

/** A leading =, +, -, @ (or tab/CR) makes spreadsheet software run the cell as a formula. */
export function safeCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export async function officialWorkbook(s: OfficialSheet): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cadre';
  const ws = wb.addWorksheet(s.sheetName, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const n = s.columns.length;
  const half = Math.max(1, Math.floor(n / 2));
  const font = { name: 'Times New Roman', size: 13 };
  const put = (
    row: number,
    from: number,
    to: number,
    text: string,
    style: Partial<ExcelJS.Font>,
    align: ExcelJS.Alignment['horizontal'] = 'center',
  ) => {
    if (to > from) ws.mergeCells(row, from, row, to);
    const cell = ws.getCell(row, from);
    cell.value = text;
    cell.font = { ...font, ...style };
    cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
  };
  put(1, 1, half, s.superior.toUpperCase(), {});
  put(2, 1, half, s.issuer.toUpperCase(), { bold: true, underline: true });
  put(1, half + 1, n, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true });
  put(2, half + 1, n, 'Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true });
  const [y, m, d] = s.date.split('-');
  put(3, half + 1, n, `${s.place}, ngày ${d} tháng ${m} năm ${y}`, { italic: true });
  put(5, 1, n, s.title.toUpperCase(), { bold: true, size: 14 });
  put(6, 1, n, s.period, { italic: true });

  const headerRow = 8;
  s.columns.forEach((c, i) => {
    const h = ws.getCell(headerRow, i + 1);
    h.value = c.header;
    h.font = { ...font, bold: true };
    h.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    const num = ws.getCell(headerRow + 1, i + 1);
    num.value = `(${i + 1})`;
    num.font = { ...font, italic: true };
    num.alignment = { horizontal: 'center' };
    ws.getColumn(i + 1).width = c.width;
  });
  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  };
  const body = [...s.rows, ...(s.totals ? [s.totals] : [])];
  body.forEach((r, ri) => {
    const row = ws.getRow(headerRow + 2 + ri);
    r.forEach((v, ci) => {
      const cell = row.getCell(ci + 1);
      cell.value = safeCell(v);
      cell.font = { ...font, bold: !!s.totals && ri === body.length - 1 };
      if (typeof v === 'number')
        cell.numFmt = s.columns[ci]?.numFmt ?? (Number.isInteger(v) ? '#,##0' : '#,##0.0');
    });
  });
  for (let r = headerRow; r < headerRow + 2 + body.length; r++) {
    for (let c = 1; c <= n; c++) ws.getCell(r, c).border = border;
  }
  ws.views = [{ state: 'frozen', ySplit: headerRow + 1 }];
  const sign = headerRow + 3 + body.length;
  put(sign, 1, half, 'NGƯỜI LẬP BIỂU', { bold: true });
  put(sign + 1, 1, half, '(Ký, ghi rõ họ tên)', { italic: true });
  put(sign, half + 1, n, 'THỦ TRƯỞNG ĐƠN VỊ', { bold: true });
  put(sign + 1, half + 1, n, '(Ký, ghi rõ họ tên, đóng dấu)', { italic: true });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function asOfLine(asOf: string, scope: string): string {
  return `Tính đến ngày ${formatCivilDate(asOf)} — ${scope}`;
}
