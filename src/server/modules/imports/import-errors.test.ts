import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { CCCD_MESSAGES } from '../../../core/catalog/cccd';
import { createTestApp } from '../../testing/harness';
import { orgUnit } from '../org/schema';
import { person } from '../people/schema';
import type { ImportError } from './errors';
import { runImport } from './service';
import {
  assignment,
  makeCccd,
  person as personRow,
  qualification,
  type Scenario,
  scenario,
  TEST_CONTEXT,
  type TestBook,
  unit,
  workbook,
} from './test-workbook';

const TODAY = '2026-03-15';

describe('import: every bad input is reported where it is, and nothing is written', async () => {
  const { db } = await createTestApp();

  /** Imports (not a dry run) and checks that none of the scenario's units or people exist after. */
  async function importBroken(s: Scenario, book: TestBook = s.book) {
    const res = await runImport(db, TEST_CONTEXT, await workbook(book), {
      dryRun: false,
      fileName: 'loi.xlsx',
      today: TODAY,
    });
    expect(res.status).toBe('invalid');
    for (const c of Object.values(res.counts)) expect(c).toEqual({ created: 0, updated: 0, unchanged: 0 });
    const cccds = s.people.map((p) => p.cccd);
    expect(await db.$count(person, inArray(person.cccd, cccds))).toBe(0);
    expect(await db.$count(orgUnit, eq(orgUnit.code, s.province))).toBe(0);
    return res.errors;
  }

  const at = (sheet: string, row: number, column: string, code: ImportError['code']) =>
    expect.objectContaining({ sheet, row, column, code });

  function edit(
    book: TestBook,
    sheet: string,
    index: number,
    change: Record<string, string | number | null>,
  ) {
    const rows = book[sheet] ?? [];
    rows[index] = { ...rows[index], ...change };
  }

  it('REQUIRED, INVALID_VALUE and MISSING_COLUMN', async () => {
    const s = scenario();
    edit(s.book, 'Cán bộ', 1, { 'Họ và tên*': null, 'Giới tính*': 'Khác' });
    edit(s.book, 'Đánh giá', 0, { 'Xếp loại*': 'Xuất sắc' });
    s.book['Trình độ'] = (s.book['Trình độ'] ?? []).map(({ 'Tình trạng*': _, ...rest }) => rest);
    const errors = await importBroken(s);
    expect(errors).toEqual(
      expect.arrayContaining([
        at('Cán bộ', 3, 'Họ và tên', 'REQUIRED'),
        at('Cán bộ', 3, 'Giới tính', 'INVALID_VALUE'),
        at('Đánh giá', 2, 'Xếp loại', 'INVALID_VALUE'),
        at('Trình độ', 1, 'Tình trạng', 'MISSING_COLUMN'),
      ]),
    );
    expect(errors.find((e) => e.column === 'Giới tính')).toMatchObject({ value: 'Khác' });
  });

  it('INVALID_CCCD: format, province, gender digit, birth year', async () => {
    const s = scenario();
    const [an, binh, cha] = s.people as [
      Scenario['people'][number],
      Scenario['people'][number],
      Scenario['people'][number],
    ];
    edit(s.book, 'Cán bộ', 0, { 'Số CCCD*': '0123' });
    // Bình is a woman born 1988: digit 4 must be 1; 0 says a man.
    edit(s.book, 'Cán bộ', 1, { 'Số CCCD*': `${binh.cccd.slice(0, 3)}0${binh.cccd.slice(4)}` });
    edit(s.book, 'Cán bộ', 2, { 'Số CCCD*': `${cha.cccd.slice(0, 4)}76${cha.cccd.slice(6)}` });
    s.book['Cán bộ']?.push(personRow(`999${an.cccd.slice(3)}`, 'Ma Văn Dũng', '12/05/1980', 'Nam'));
    const errors = await importBroken(s);
    const cccdErrors = errors.filter((e) => e.sheet === 'Cán bộ' && e.code === 'INVALID_CCCD');
    expect(cccdErrors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'Số CCCD', CCCD_MESSAGES.format],
      [3, 'Số CCCD', CCCD_MESSAGES.gender],
      [4, 'Số CCCD', CCCD_MESSAGES.birthYear],
      [5, 'Số CCCD', CCCD_MESSAGES.province],
    ]);
    expect(cccdErrors[0]?.value).toBe('0123');
  });

  it('INVALID_DATE (31/02/1980), BIRTH_DATE_IN_FUTURE, END_BEFORE_START', async () => {
    const s = scenario();
    const future = makeCccd('2027-01-01', 'male');
    edit(s.book, 'Cán bộ', 0, { 'Ngày sinh*': '31/02/1980' });
    s.book['Cán bộ']?.push(personRow(future, 'Trẻ Chưa Sinh', '01/01/2027', 'Nam'));
    edit(s.book, 'Công tác', 1, { 'Đến ngày': '30/06/2025' });
    edit(s.book, 'Trình độ', 0, { 'Từ ngày': '01/09/2002', 'Đến ngày': '30/06/1998' });
    edit(s.book, 'Đơn vị', 1, { 'Hiệu lực đến': '01/01/2020' });
    const errors = await importBroken(s);
    expect(errors).toEqual(
      expect.arrayContaining([
        at('Cán bộ', 2, 'Ngày sinh', 'INVALID_DATE'),
        at('Cán bộ', 5, 'Ngày sinh', 'BIRTH_DATE_IN_FUTURE'),
        at('Công tác', 3, 'Đến ngày', 'END_BEFORE_START'),
        at('Trình độ', 2, 'Đến ngày', 'END_BEFORE_START'),
        at('Đơn vị', 3, 'Hiệu lực đến', 'END_BEFORE_START'),
      ]),
    );
    expect(errors.find((e) => e.code === 'INVALID_DATE')).toMatchObject({ value: '31/02/1980' });
    // Rows of a person whose own row failed are not reported again as unknown people.
    expect(errors.filter((e) => e.code === 'UNKNOWN_PERSON')).toEqual([]);
  });

  it('UNDER_AGE at the assignment start', async () => {
    const s = scenario();
    const young = makeCccd('2009-06-01', 'female');
    s.book['Cán bộ']?.push(personRow(young, 'Lò Thị Nhỏ', '01/06/2009', 'Nữ'));
    s.book['Công tác']?.push(assignment(young, s.communeA, 'XA_CC_VH', 'Tuyển dụng', '01/07/2025'));
    const errors = await importBroken(s);
    expect(errors).toEqual([at('Công tác', 5, 'Từ ngày', 'UNDER_AGE')]);
  });

  it('UNKNOWN_UNIT, UNKNOWN_POSITION, UNKNOWN_PERSON, UNIT_NOT_VALID', async () => {
    const s = scenario();
    const [an, binh] = s.people as [Scenario['people'][number], Scenario['people'][number]];
    const stranger = makeCccd('1990-01-01', 'male');
    edit(s.book, 'Công tác', 0, { 'Mã đơn vị*': `${s.province}.KHONG` });
    edit(s.book, 'Công tác', 1, { 'Mã chức vụ*': 'KHONG_CO' });
    s.book['Công tác']?.push(assignment(stranger, s.communeA, 'XA_CC_VH', 'Tuyển dụng', '01/08/2025'));
    // Commune A exists from 01/07/2025 only.
    s.book['Công tác']?.push(
      assignment(an.cccd, s.communeA, 'XA_CC_TP', 'Kiêm nhiệm', '01/01/2024', '30/06/2025'),
    );
    s.book['Đánh giá']?.push({ 'Số CCCD*': stranger, 'Năm*': 2025, 'Xếp loại*': 'Hoàn thành nhiệm vụ' });
    s.book['Đơn vị']?.push(unit(`${s.province}.C`, 'Xã Con', 'Xã', `${s.province}.KHONG`));
    const errors = await importBroken(s);
    expect(errors).toEqual([
      at('Đơn vị', 5, 'Mã đơn vị cấp trên', 'UNKNOWN_UNIT'),
      at('Công tác', 2, 'Mã đơn vị', 'UNKNOWN_UNIT'),
      at('Công tác', 3, 'Mã chức vụ', 'UNKNOWN_POSITION'),
      at('Công tác', 5, 'Số CCCD', 'UNKNOWN_PERSON'),
      at('Công tác', 6, 'Từ ngày', 'UNIT_NOT_VALID'),
      at('Đánh giá', 4, 'Số CCCD', 'UNKNOWN_PERSON'),
    ]);
    expect(errors[1]).toMatchObject({ value: `${s.province}.KHONG` });
    expect(binh.cccd).toHaveLength(12);
  });

  it('LEVEL_NOT_IN_DIMENSION, with the allowed levels in the message', async () => {
    const s = scenario();
    const [an] = s.people as [Scenario['people'][number]];
    s.book['Trình độ']?.push(qualification(an.cccd, 'Chuyên môn', 'Cao cấp'));
    s.book['Trình độ']?.push(qualification(an.cccd, 'Ngoại ngữ', 'Đại học'));
    const errors = await importBroken(s);
    expect(errors).toEqual([
      at('Trình độ', 7, 'Trình độ', 'LEVEL_NOT_IN_DIMENSION'),
      at('Trình độ', 8, 'Trình độ', 'LEVEL_NOT_IN_DIMENSION'),
    ]);
    expect(errors[0]?.message).toContain('Đại học');
  });

  it('DUPLICATE_CCCD within the file, and duplicate rows of history', async () => {
    const s = scenario();
    const first = s.book['Cán bộ']?.[0];
    if (first) s.book['Cán bộ']?.push({ ...first, 'Họ và tên*': 'Người Trùng Số' });
    const firstPost = s.book['Công tác']?.[0];
    if (firstPost) s.book['Công tác']?.push({ ...firstPost });
    const errors = await importBroken(s);
    expect(errors).toEqual([
      at('Cán bộ', 5, 'Số CCCD', 'DUPLICATE_CCCD'),
      at('Công tác', 5, 'Từ ngày', 'DUPLICATE_ROW'),
    ]);
    expect(errors[0]?.message).toContain('dòng 2');
  });

  it('OVERLAPPING_ASSIGNMENT: the same post in two units at once (within the file and against the database)', async () => {
    const s = scenario();
    const [an] = s.people as [Scenario['people'][number]];
    s.book['Công tác']?.push(
      assignment(an.cccd, s.communeB, 'XA_BT', 'Bổ nhiệm', '01/09/2025', '31/12/2025'),
    );
    const errors = await importBroken(s);
    expect(errors).toEqual([at('Công tác', 5, 'Từ ngày', 'OVERLAPPING_ASSIGNMENT')]);
    expect(errors[0]?.message).toContain('dòng 2');

    // Stored first, then a second file puts the same person in the other commune, same post.
    const ok = await runImport(db, TEST_CONTEXT, await workbook(scenarioWithout(s)), {
      dryRun: false,
      fileName: 'ok.xlsx',
      today: TODAY,
    });
    expect(ok.errors).toEqual([]);
    const later = await runImport(
      db,
      TEST_CONTEXT,
      await workbook({ 'Công tác': [assignment(an.cccd, s.communeB, 'XA_BT', 'Điều động', '01/01/2026')] }),
      { dryRun: false, fileName: 'later.xlsx', today: TODAY },
    );
    expect(later.errors).toEqual([at('Công tác', 2, 'Từ ngày', 'OVERLAPPING_ASSIGNMENT')]);
    expect(later.errors[0]?.message).toContain('đã có trong hệ thống');
  });

  it('all or nothing: one bad row among many valid ones writes nothing; a dry run answers the same', async () => {
    const s = scenario();
    edit(s.book, 'Đánh giá', 1, { 'Năm*': 1800 });
    const dry = await runImport(db, TEST_CONTEXT, await workbook(s.book), {
      dryRun: true,
      fileName: 'x.xlsx',
      today: TODAY,
    });
    const errors = await importBroken(s);
    expect(errors).toEqual([at('Đánh giá', 3, 'Năm', 'INVALID_VALUE')]);
    expect(dry.errors).toEqual(errors);
  });

  it('UNIT_NOT_VALID when a post runs past the end of a dissolved unit', async () => {
    const s = scenario();
    edit(s.book, 'Đơn vị', 2, { 'Hiệu lực đến': '31/12/2025' });
    edit(s.book, 'Công tác', 2, { 'Đến ngày': '31/03/2026' });
    const errors = await importBroken(s);
    expect(errors).toEqual([at('Công tác', 4, 'Đến ngày', 'UNIT_NOT_VALID')]);
    expect(errors[0]?.value).toBe('31/03/2026');
  });

  it('lists at most 1,000 errors, then says how many more there are', async () => {
    const header = 'Số CCCD*;Họ và tên*;Ngày sinh*;Giới tính*;Đối tượng*';
    const rows = Array.from({ length: 1100 }, (_, i) => `12345;Người ${i};01/01/1980;Nam;Công chức`);
    const res = await runImport(db, TEST_CONTEXT, Buffer.from([header, ...rows].join('\n')), {
      dryRun: true,
      fileName: 'nhieu-loi.csv',
      sheet: 'can bo',
      today: TODAY,
    });
    expect(res.errors).toHaveLength(1001);
    expect(res.errors[0]).toMatchObject({ sheet: 'Cán bộ', row: 2, code: 'INVALID_CCCD' });
    expect(res.errors[1000]).toMatchObject({ code: 'TOO_MANY_ERRORS', value: '100' });
  });

  /** The scenario without the row the overlap test added. */
  function scenarioWithout(s: Scenario): TestBook {
    return { ...s.book, 'Công tác': (s.book['Công tác'] ?? []).slice(0, 3) };
  }
});
