import { describe, expect, it } from 'vitest';
import { ETHNICITIES } from '../../../core/catalog/ethnicities';
import { readXlsx } from './read-xlsx';
import { COLUMNS, headerText, SHEET_KEYS, SHEETS } from './sheets';
import { buildTemplate, LISTS_SHEET } from './template';
import { bufferBytes, ZipReader } from './zip';

/** The template's raw parts: validations and panes are checked in the XML Excel reads. */
async function parts(buf: Buffer) {
  const zip = await ZipReader.open(bufferBytes(buf));
  const workbookXml = await zip.text('xl/workbook.xml');
  const sheets = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*state="(\w+)"/g)].map((m) => ({
    name: m[1] ?? '',
    state: m[2] ?? '',
  }));
  const sheetXml = async (i: number) => zip.text(`xl/worksheets/sheet${i + 1}.xml`);
  return { zip, sheets, sheetXml, styles: await zip.text('xl/styles.xml') };
}

/** Whether the cell style `s` of a cell uses a bold font. */
function isBold(styles: string, s: number): boolean {
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const xf = [...xfs.matchAll(/<xf [^>]*>/g)][s]?.[0] ?? '';
  const fontId = Number(/fontId="(\d+)"/.exec(xf)?.[1] ?? -1);
  const fonts = [
    ...(/<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? '').matchAll(/<font>([\s\S]*?)<\/font>/g),
  ];
  return (fonts[fontId]?.[1] ?? '').includes('<b/>');
}

describe('import template', async () => {
  const buf = await buildTemplate();

  it('has the five sheets of contracts §3, then the hidden lists sheet', async () => {
    const { sheets } = await parts(buf);
    expect(sheets).toEqual([
      { name: 'Đơn vị', state: 'visible' },
      { name: 'Cán bộ', state: 'visible' },
      { name: 'Công tác', state: 'visible' },
      { name: 'Trình độ', state: 'visible' },
      { name: 'Đánh giá', state: 'visible' },
      { name: LISTS_SHEET, state: 'hidden' },
    ]);
  });

  it('writes the contract headers in row 1, required ones marked "*", and nothing below', async () => {
    const seen: Record<string, unknown[][]> = {};
    for await (const sheet of readXlsx(buf)) {
      const rows: unknown[][] = [];
      for await (const r of sheet.rows) rows.push(r.cells);
      seen[sheet.name] = rows;
    }
    expect(seen['Cán bộ']).toEqual([
      [
        'Số CCCD*',
        'Họ và tên*',
        'Ngày sinh*',
        'Giới tính*',
        'Dân tộc',
        'Tôn giáo',
        'Quê quán',
        'Đối tượng*',
        'Ngày vào Đảng',
        'Ngày chính thức',
      ],
    ]);
    expect(seen['Đơn vị']?.[0]).toEqual([
      'Mã đơn vị*',
      'Tên đơn vị*',
      'Loại đơn vị*',
      'Mã đơn vị cấp trên',
      'Khu vực',
      'Hiệu lực từ',
      'Hiệu lực đến',
      'Sáp nhập vào',
    ]);
    expect(seen['Công tác']?.[0]).toEqual([
      'Số CCCD*',
      'Mã đơn vị*',
      'Mã chức vụ*',
      'Hình thức*',
      'Số quyết định',
      'Ngày quyết định',
      'Từ ngày*',
      'Đến ngày',
    ]);
    expect(seen['Trình độ']?.[0]).toEqual([
      'Số CCCD*',
      'Loại trình độ*',
      'Trình độ*',
      'Chuyên ngành',
      'Cơ sở đào tạo',
      'Hình thức đào tạo',
      'Từ ngày',
      'Đến ngày',
      'Tình trạng*',
      'Số văn bằng',
    ]);
    expect(seen['Đánh giá']).toEqual([['Số CCCD*', 'Năm*', 'Xếp loại*']]);
    // The 54 ethnic groups are offered in the lists sheet.
    const lists = seen[LISTS_SHEET] ?? [];
    const ethnicColumn = lists[0]?.indexOf('Dân tộc') ?? -1;
    expect(
      lists
        .slice(1)
        .map((r) => r[ethnicColumn])
        .filter(Boolean),
    ).toEqual([...ETHNICITIES]);
  });

  it('freezes and bolds the header row and sizes every column', async () => {
    const { sheetXml, styles } = await parts(buf);
    for (const [i, key] of SHEET_KEYS.entries()) {
      const xml = await sheetXml(i);
      expect(xml, SHEETS[key]).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      // exceljs writes runs of alike columns as one <col min max>: every column must be covered.
      const sized = new Set<number>();
      for (const m of xml.matchAll(/<col min="(\d+)" max="(\d+)" width="[\d.]+"/g)) {
        for (let c = Number(m[1]); c <= Number(m[2]); c++) sized.add(c);
      }
      for (let c = 1; c <= COLUMNS[key].length; c++)
        expect(sized.has(c), `${SHEETS[key]} column ${c}`).toBe(true);
      const headerStyles = [
        ...(/<row r="1"[^>]*>([\s\S]*?)<\/row>/.exec(xml)?.[1] ?? '').matchAll(/<c [^>]*s="(\d+)"/g),
      ];
      expect(headerStyles).toHaveLength(COLUMNS[key].length);
      for (const m of headerStyles) expect(isBold(styles, Number(m[1]))).toBe(true);
    }
  });

  it('offers a dropdown on every enumerated column, each list read from the hidden sheet', async () => {
    const { sheetXml } = await parts(buf);
    const expected: Record<string, string[]> = {
      'Đơn vị': ['Loại đơn vị', 'Khu vực'],
      'Cán bộ': ['Giới tính', 'Dân tộc', 'Đối tượng'],
      'Công tác': ['Hình thức'],
      'Trình độ': ['Loại trình độ', 'Trình độ', 'Hình thức đào tạo', 'Tình trạng'],
      'Đánh giá': ['Xếp loại'],
    };
    for (const [i, key] of SHEET_KEYS.entries()) {
      const xml = await sheetXml(i);
      const lists = [
        ...xml.matchAll(
          /<dataValidation type="list"[^>]*sqref="([A-Z]+)2:[A-Z]+1048576"[^>]*>\s*<formula1>([^<]*)<\/formula1>/g,
        ),
      ];
      const columns = lists.map((m) => {
        const index = (m[1] ?? 'A').charCodeAt(0) - 65;
        return COLUMNS[key][index]?.header;
      });
      expect(columns.sort(), SHEETS[key]).toEqual([...(expected[SHEETS[key]] ?? [])].sort());
      for (const m of lists)
        expect(m[2]?.replace(/&apos;/g, "'")).toMatch(/^'Danh mục'!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
    }
    const headers = COLUMNS.units.map(headerText);
    expect(headers[0]).toBe('Mã đơn vị*');
  });
});
