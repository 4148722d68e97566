/**
 * Test helpers: workbooks built with exceljs from rows keyed by header, unique codes and valid
 * CCCDs per test (the test database is shared by files running in parallel).
 */
import { randomInt } from 'node:crypto';
import ExcelJS from 'exceljs';
import { CCCD_PROVINCE_CODES, cccdGenderDigit } from '../../../core/catalog/cccd';
import { uniq } from '../../testing/harness';
import { SYSTEM_CONTEXT } from '../audit/audit';

export type TestCell = string | number | Date | null;
/** One row: header text → value. The first row's keys (in order) become the header row. */
export type TestRow = Record<string, TestCell>;
export type TestBook = Record<string, TestRow[]>;

export const TEST_CONTEXT = { ...SYSTEM_CONTEXT, requestId: 'import-test' };

/** A spreadsheet date cell (UTC midnight of the civil date, as spreadsheets store them). */
export const dateCell = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function workbook(book: TestBook, extraHeaders: Record<string, string[]> = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(book)) {
    const ws = wb.addWorksheet(name);
    const headers = extraHeaders[name] ?? Object.keys(rows[0] ?? {});
    ws.addRow(headers);
    for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A valid CCCD for the birth date and gender, random enough not to collide across tests. */
export function makeCccd(birthDate: string, gender: 'male' | 'female'): string {
  const year = Number(birthDate.slice(0, 4));
  const province = CCCD_PROVINCE_CODES[randomInt(CCCD_PROVINCE_CODES.length)] ?? '001';
  const tail = String(randomInt(1_000_000)).padStart(6, '0');
  return `${province}${cccdGenderDigit(year, gender)}${String(year % 100).padStart(2, '0')}${tail}`;
}

export interface Scenario {
  province: string;
  communeA: string;
  communeB: string;
  people: { cccd: string; name: string; birth: string; gender: 'male' | 'female' }[];
  book: TestBook;
}

/**
 * A small province: two communes (A, B), three people with one post each, qualifications and
 * ratings. Dates mix text and date cells like real files.
 */
export function scenario(): Scenario {
  const province = uniq('P');
  const communeA = `${province}.A`;
  const communeB = `${province}.B`;
  const people = [
    {
      cccd: makeCccd('1980-05-12', 'male'),
      name: 'Nguyễn Văn An',
      birth: '1980-05-12',
      gender: 'male' as const,
    },
    {
      cccd: makeCccd('1988-11-02', 'female'),
      name: 'Lò Thị Bình',
      birth: '1988-11-02',
      gender: 'female' as const,
    },
    {
      cccd: makeCccd('1975-01-30', 'male'),
      name: 'Hoàng Văn Chà',
      birth: '1975-01-30',
      gender: 'male' as const,
    },
  ];
  const [an, binh, cha] = people as [
    Scenario['people'][number],
    Scenario['people'][number],
    Scenario['people'][number],
  ];
  const book: TestBook = {
    'Đơn vị': [
      unit(province, 'Tỉnh Thử', 'Tỉnh', null, { from: '01/01/2000' }),
      unit(communeA, 'Xã Độc Lập', 'Xã', province, { area: 'III', from: '01/07/2025' }),
      unit(communeB, 'Phường Hòa Bình', 'Phường', province, { area: 'I', from: dateCell('2025-07-01') }),
    ],
    'Cán bộ': [
      person(an.cccd, an.name, '12/05/1980', 'Nam', { ethnicity: 'Tày' }),
      person(binh.cccd, binh.name, dateCell('1988-11-02'), 'Nữ', { ethnicity: 'Kinh' }),
      person(cha.cccd, cha.name, '30/01/1975', 'Nam', { ethnicity: 'Dao', category: 'Cán bộ' }),
    ],
    'Công tác': [
      assignment(an.cccd, communeA, 'XA_BT', 'Bầu cử', '01/07/2025'),
      assignment(binh.cccd, communeA, 'XA_CC_VP', 'Tuyển dụng', dateCell('2025-07-01')),
      assignment(cha.cccd, communeB, 'XA_CT_UBND', 'Bầu cử', '01/07/2025'),
    ],
    'Trình độ': [
      qualification(an.cccd, 'Chuyên môn', 'Đại học', {
        major: 'Luật',
        from: '01/09/1998',
        to: '30/06/2002',
      }),
      qualification(an.cccd, 'Lý luận chính trị', 'Cao cấp', { from: '01/03/2019', to: '30/11/2019' }),
      qualification(binh.cccd, 'Ngoại ngữ', 'Bậc 3', { major: 'Tiếng Anh' }),
      qualification(cha.cccd, 'Quản lý nhà nước', 'Chuyên viên chính', {}),
      qualification(cha.cccd, 'Quốc phòng an ninh', 'Đối tượng 3', {}),
    ],
    'Đánh giá': [
      { 'Số CCCD*': an.cccd, 'Năm*': 2025, 'Xếp loại*': 'Hoàn thành tốt nhiệm vụ' },
      { 'Số CCCD*': binh.cccd, 'Năm*': 2025, 'Xếp loại*': 'Hoàn thành nhiệm vụ' },
    ],
  };
  return { province, communeA, communeB, people, book };
}

export function unit(
  code: string,
  name: string,
  kind: string,
  parent: string | null,
  o: { area?: string; from?: TestCell; to?: TestCell; mergedInto?: string } = {},
): TestRow {
  return {
    'Mã đơn vị*': code,
    'Tên đơn vị*': name,
    'Loại đơn vị*': kind,
    'Mã đơn vị cấp trên': parent,
    'Khu vực': o.area ?? null,
    'Hiệu lực từ': o.from ?? null,
    'Hiệu lực đến': o.to ?? null,
    'Sáp nhập vào': o.mergedInto ?? null,
  };
}

export function person(
  cccd: string,
  name: string,
  birth: TestCell,
  gender: string,
  o: { ethnicity?: string; category?: string; partyJoin?: TestCell; partyOfficial?: TestCell } = {},
): TestRow {
  return {
    'Số CCCD*': cccd,
    'Họ và tên*': name,
    'Ngày sinh*': birth,
    'Giới tính*': gender,
    'Dân tộc': o.ethnicity ?? null,
    'Tôn giáo': null,
    'Quê quán': 'Tỉnh Thử',
    'Đối tượng*': o.category ?? 'Công chức',
    'Ngày vào Đảng': o.partyJoin ?? null,
    'Ngày chính thức': o.partyOfficial ?? null,
  };
}

export function assignment(
  cccd: string,
  unitCode: string,
  post: string,
  kind: string,
  from: TestCell,
  to: TestCell = null,
  decisionNo: string | null = null,
): TestRow {
  return {
    'Số CCCD*': cccd,
    'Mã đơn vị*': unitCode,
    'Mã chức vụ*': post,
    'Hình thức*': kind,
    'Số quyết định': decisionNo,
    'Ngày quyết định': null,
    'Từ ngày*': from,
    'Đến ngày': to,
  };
}

export function qualification(
  cccd: string,
  dimension: string,
  level: string,
  o: { major?: string; from?: TestCell; to?: TestCell; status?: string; certificate?: string } = {},
): TestRow {
  return {
    'Số CCCD*': cccd,
    'Loại trình độ*': dimension,
    'Trình độ*': level,
    'Chuyên ngành': o.major ?? null,
    'Cơ sở đào tạo': null,
    'Hình thức đào tạo': null,
    'Từ ngày': o.from ?? null,
    'Đến ngày': o.to ?? null,
    'Tình trạng*': o.status ?? 'Đã hoàn thành',
    'Số văn bằng': o.certificate ?? null,
  };
}
