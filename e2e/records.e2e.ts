import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiFromPage,
  launchBrowser,
  newContext,
  ok,
  pickOption,
  pickUnit,
  screenshot,
  signIn,
  typeDate,
} from './support/browser';
import { startServer, type TestServer } from './support/server';

/**
 * Personnel records in the browser: the people list and a person's page, a qualification edit,
 * an import with errors then without, and a merger of two communes seen through the tree and the
 * qualification report on both sides of the date. The server starts empty (CADRE_DEMO=0); the
 * journeys seed what they need through the API, as an administrator.
 */

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let chaId = 0;

const PROVINCE = 'E2E_TINH';
const DONG_THO = 'E2E_XA_DT';
const HOA_AN = 'E2E_XA_HA';

interface Seed {
  cccd: string;
  fullName: string;
  birthDate: string;
  gender: 'male' | 'female';
  ethnicity: string;
  unitCode: string;
  positionCode: string;
  validFrom: string;
  partyJoinDate?: string;
}

const PEOPLE: Seed[] = [
  {
    cccd: '001075012345',
    fullName: 'Nguyễn Văn Chà',
    birthDate: '1975-03-12',
    gender: 'male',
    ethnicity: 'Kinh',
    unitCode: DONG_THO,
    positionCode: 'XA_BT',
    validFrom: '2020-10-15',
    partyJoinDate: '1998-05-19',
  },
  {
    cccd: '001185012346',
    fullName: 'Trần Thị Bình',
    birthDate: '1985-05-20',
    gender: 'female',
    ethnicity: 'Tày',
    unitCode: HOA_AN,
    positionCode: 'XA_CC_VP',
    validFrom: '2021-01-04',
  },
  {
    cccd: '001090012347',
    fullName: 'Lê Văn Cường',
    birthDate: '1990-01-02',
    gender: 'male',
    ethnicity: 'Kinh',
    unitCode: HOA_AN,
    positionCode: 'XA_CC_TC',
    validFrom: '2022-03-01',
  },
  {
    cccd: '001180012348',
    fullName: 'Phạm Thị Dung',
    birthDate: '1980-07-07',
    gender: 'female',
    ethnicity: 'Kinh',
    unitCode: PROVINCE,
    positionCode: 'TINH_CONG_CHUC',
    validFrom: '2015-01-05',
  },
];

type Cell = string | number | null;

/** A locator's rendered text (layout line breaks kept), as one string. */
const lines = (texts: string[]) => texts.join('\n');

/** A workbook in the shape of the import template (contracts §3), rows keyed by header. */
async function workbook(sheets: Record<string, Record<string, Cell>[]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    const headers = Object.keys(rows[0] ?? {});
    ws.addRow(headers);
    for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function importBook(fixed: boolean) {
  return workbook({
    'Cán bộ': [
      {
        'Số CCCD*': fixed ? '001082012349' : '0123',
        'Họ và tên*': 'Hoàng Văn Em',
        'Ngày sinh*': '15/04/1982',
        'Giới tính*': 'Nam',
        'Dân tộc': 'Nùng',
        'Đối tượng*': 'Công chức',
      },
      {
        'Số CCCD*': '001180012350',
        'Họ và tên*': 'Đặng Thị Hoa',
        'Ngày sinh*': fixed ? '28/02/1980' : '31/02/1980',
        'Giới tính*': 'Nữ',
        'Dân tộc': 'Kinh',
        'Đối tượng*': 'Công chức',
      },
    ],
    'Công tác': [
      {
        'Số CCCD*': fixed ? '001082012349' : '0123',
        'Mã đơn vị*': HOA_AN,
        'Mã chức vụ*': 'XA_CC_DC',
        'Hình thức*': 'Tuyển dụng',
        'Số quyết định': '45/QĐ-UBND',
        'Ngày quyết định': '20/02/2023',
        'Từ ngày*': '01/03/2023',
        'Đến ngày': null,
      },
      {
        'Số CCCD*': '001180012350',
        'Mã đơn vị*': HOA_AN,
        'Mã chức vụ*': 'XA_CC_TP',
        'Hình thức*': 'Tuyển dụng',
        'Số quyết định': '46/QĐ-UBND',
        'Ngày quyết định': '20/02/2023',
        'Từ ngày*': '01/03/2023',
        'Đến ngày': null,
      },
    ],
    'Trình độ': [
      {
        'Số CCCD*': '001180012350',
        'Loại trình độ*': 'Chuyên môn',
        'Trình độ*': 'Đại học',
        'Chuyên ngành': 'Luật',
        'Cơ sở đào tạo': 'Trường Đại học Luật Hà Nội',
        'Hình thức đào tạo': 'Tập trung',
        'Từ ngày': '01/09/1998',
        'Đến ngày': '30/06/2002',
        'Tình trạng*': 'Đã hoàn thành',
        'Số văn bằng': 'LHN-2002-118',
      },
    ],
  });
}

async function reportTotal(page: Page): Promise<string> {
  const card = page.getByTestId('report-total');
  await card.waitFor();
  return ((await card.allInnerTexts().then(lines)).split('\n')[1] ?? '').trim();
}

beforeAll(async () => {
  server = await startServer('records');
  browser = await launchBrowser();
  context = await newContext(browser, server.baseUrl);
  page = await context.newPage();
  await page.goto('/');
  await signIn(page);
  await page.getByRole('menuitem', { name: 'Tổng quan' }).waitFor();

  await ok(
    await apiFromPage(page, 'POST', '/api/org/units', {
      code: PROVINCE,
      name: 'Tỉnh Thử Nghiệm',
      kind: 'province',
      validFrom: '2000-01-01',
    }),
  );
  for (const [code, name, areaClass] of [
    [DONG_THO, 'Xã Đông Thọ', 'III'],
    [HOA_AN, 'Xã Hòa An', 'II'],
  ] as const) {
    await ok(
      await apiFromPage(page, 'POST', '/api/org/units', {
        code,
        name,
        kind: 'commune',
        parentCode: PROVINCE,
        areaClass,
        difficultArea: code === DONG_THO,
        validFrom: '2000-01-01',
      }),
    );
  }
  for (const p of PEOPLE) {
    const created = (await ok(
      await apiFromPage(page, 'POST', '/api/people', {
        person: {
          cccd: p.cccd,
          fullName: p.fullName,
          birthDate: p.birthDate,
          gender: p.gender,
          ethnicity: p.ethnicity,
          hometown: 'Xã Đông Thọ, tỉnh Thử Nghiệm',
          category: p.unitCode === PROVINCE ? 'cong_chuc' : 'can_bo',
          partyJoinDate: p.partyJoinDate ?? null,
          partyOfficialDate: p.partyJoinDate ? '1999-05-19' : null,
        },
        assignment: {
          unitCode: p.unitCode,
          positionCode: p.positionCode,
          kind: p.positionCode === 'XA_BT' ? 'election' : 'recruitment',
          decisionNo: '12/QĐ-UBND',
          decisionDate: p.validFrom,
          validFrom: p.validFrom,
        },
      }),
    )) as { id: number };
    if (p.fullName === 'Nguyễn Văn Chà') chaId = created.id;
  }
  const quals: [number, Record<string, unknown>][] = [
    [
      chaId,
      {
        dimension: 'professional',
        level: 'cao_dang',
        major: 'Quản lý đất đai',
        institution: 'Trường Cao đẳng Tài nguyên và Môi trường',
        mode: 'part_time',
        startDate: '2005-09-01',
        endDate: '2008-06-30',
        status: 'completed',
        certificateNo: 'CĐ-2008-0571',
      },
    ],
    [
      chaId,
      {
        dimension: 'politicalTheory',
        level: 'trung_cap',
        institution: 'Trường Chính trị tỉnh',
        mode: 'part_time',
        startDate: '2012-03-01',
        endDate: '2013-12-20',
        status: 'completed',
      },
    ],
    [
      chaId,
      {
        dimension: 'politicalTheory',
        level: 'cao_cap',
        institution: 'Học viện Chính trị khu vực I',
        mode: 'part_time',
        startDate: '2025-09-01',
        status: 'in_progress',
      },
    ],
    [
      chaId,
      {
        dimension: 'stateManagement',
        level: 'chuyen_vien',
        institution: 'Trường Chính trị tỉnh',
        startDate: '2016-04-01',
        endDate: '2016-06-30',
        status: 'completed',
      },
    ],
  ];
  for (const [id, q] of quals)
    await ok(await apiFromPage(page, 'POST', `/api/people/${id}/qualifications`, q));
  await ok(
    await apiFromPage(page, 'PUT', `/api/people/${chaId}/evaluations`, { year: 2024, rating: 'good' }),
    200,
  );
}, 240_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe('personnel records', () => {
  it('(a) finds "Nguyễn Văn Chà" by typing "nguyen van cha" and opens the person page', async () => {
    await page.getByRole('menuitem', { name: 'Cán bộ' }).click();
    await page.waitForURL((u) => u.pathname === '/can-bo');
    await page.getByText(`Tổng ${PEOPLE.length}`).waitFor();
    await screenshot(page, 'r-a0-people-list');

    const search = page.getByPlaceholder('Tìm theo họ tên không dấu hoặc số CCCD');
    await search.fill('nguyen van cha');
    await search.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === 'nguyen van cha');
    await page.getByText('Tổng 1').waitFor();
    const row = page.locator('.ant-table-row', { hasText: 'Nguyễn Văn Chà' });
    await row.waitFor();
    const text = await row.allInnerTexts().then(lines);
    expect(text).toContain('12/03/1975');
    expect(text).toContain('Bí thư');
    expect(text).toContain('Xã Đông Thọ');
    expect(text).toContain('Chủ chốt');
    // "Xuất Excel" downloads exactly the filtered list.
    const href = (await page.getByTestId('people-export').getAttribute('href')) ?? '';
    expect(href).toContain('q=nguyen+van+cha');
    const xlsx = await page.request.get(href);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    await screenshot(page, 'r-a1-people-search-nguyen-van-cha');

    // Filters live in the URL: a CCCD prefix and a minimum qualification.
    await page.goto('/can-bo?qualification=professional:cao_dang');
    await page.getByText('Tổng 1').waitFor();
    await page.goto('/can-bo?q=0011');
    await page.getByText('Tổng 2').waitFor();
    await page.goBack();
    await page.getByText('Tổng 1').waitFor();

    await page.goto('/can-bo?q=nguyen%20van%20cha');
    await row.getByRole('link', { name: 'Nguyễn Văn Chà' }).click();
    await page.waitForURL((u) => u.pathname === `/can-bo/${chaId}`);
    await page.getByRole('heading', { name: 'Nguyễn Văn Chà' }).waitFor();
    await page.getByText('Bí thư Đảng ủy xã – Xã Đông Thọ', { exact: false }).waitFor();
    await page.getByText('001075012345').waitFor();
    await screenshot(page, 'r-a2-person-page');

    await page.getByRole('tab', { name: /Quá trình công tác/ }).click();
    await page.waitForURL((u) => u.searchParams.get('tab') === 'cong-tac');
    await page.locator('.ant-table-row', { hasText: 'Bầu cử' }).waitFor();
    await screenshot(page, 'r-a3-person-assignments');

    // The print view: A4, Times New Roman, the sections as tables.
    await page.goto(`/can-bo/${chaId}/in`);
    await page.getByTestId('print-document').waitFor();
    await page.getByText('SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC', { exact: false }).waitFor();
    const font = await page.getByTestId('print-document').evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toContain('Times New Roman');
    await page.getByRole('button', { name: /\bIn$/ }).waitFor();
    await screenshot(page, 'r-a4-person-print');
  });

  it('(a2) adds a person through the drawer: posts follow the unit level', async () => {
    await page.goto('/can-bo');
    await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('Quá trình công tác đầu tiên').waitFor();
    await drawer.getByLabel('Họ và tên').fill('Vũ Thị Giang');
    await typeDate(drawer, 'Ngày sinh', '09/09/1992');
    await drawer.getByLabel('Nữ').check();
    // A CCCD that does not match the birth year: the contract's message on blur.
    await drawer.getByLabel('Số CCCD').fill('001193012351');
    await drawer.getByLabel('Số CCCD').blur();
    await drawer.getByText('Chữ số thứ 5–6 của số CCCD không khớp năm sinh').waitFor();
    await drawer.getByLabel('Số CCCD').fill('001192012351');
    await drawer.getByLabel('Số CCCD').blur();
    await drawer.getByText('Chữ số thứ 5–6 của số CCCD không khớp năm sinh').waitFor({ state: 'detached' });

    await pickUnit(drawer, 'Đơn vị', 'dong tho', 'Xã Đông Thọ');
    await drawer.getByLabel('Chức vụ').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option[title="Bí thư Đảng ủy xã"]')
      .waitFor();
    await expect
      .poll(() =>
        page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Giám đốc sở"]').count(),
      )
      .toBe(0);
    await page.keyboard.press('Escape');
    await pickUnit(drawer, 'Đơn vị', 'thu nghiem', 'Tỉnh Thử Nghiệm');
    await drawer.getByLabel('Chức vụ').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Giám đốc sở"]').waitFor();
    await screenshot(page, 'r-a5-create-person-posts-for-province');
    await pickOption(page, 'Công chức chuyên môn cấp tỉnh');
    await typeDate(drawer, 'Từ ngày', '02/01/2018');
    await drawer.getByRole('button', { name: 'Thêm cán bộ' }).click();
    await page.getByText('Đã thêm hồ sơ Vũ Thị Giang.').waitFor();
    await page.getByRole('heading', { name: 'Vũ Thị Giang' }).waitFor();
  });

  it('(b) edits a qualification: professional Cao đẳng → Đại học, the highest level follows', async () => {
    await page.goto(`/can-bo/${chaId}?tab=trinh-do`);
    const highest = page.getByTestId('highest-professional');
    await highest.getByText('Cao đẳng').waitFor();
    // The page settles first (the standards card loads separately) so the drawer opens on it.
    await page.getByText('Chưa đạt chuẩn').first().waitFor();
    await page.getByTestId('qualifications-politicalTheory').getByText('Đang học').waitFor();
    await screenshot(page, 'r-b1-qualifications-before');

    await page.getByRole('button', { name: 'Sửa trình độ Chuyên môn Cao đẳng' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('Sửa trình độ').waitFor();
    // A click that lands while the dropdown is still animating open can be lost: pick until it shows.
    const chosen = drawer.locator('.ant-select-content', { hasText: 'Đại học' });
    for (let attempt = 0; attempt < 3 && (await chosen.count()) === 0; attempt++) {
      await drawer.getByLabel('Trình độ', { exact: true }).click();
      await pickOption(page, 'Đại học');
      await chosen.waitFor({ timeout: 3000 }).catch(() => undefined);
    }
    await chosen.waitFor();
    await drawer.getByLabel('Chuyên ngành').fill('Quản lý đất đai (liên thông đại học)');
    await screenshot(page, 'r-b2-qualification-drawer');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu trình độ.').waitFor();
    await drawer.waitFor({ state: 'hidden' });
    await highest.getByText('Đại học').waitFor();
    const card = page.getByTestId('qualifications-professional');
    await card.getByText('Trình độ cao nhất: Đại học').waitFor();
    await screenshot(page, 'r-b3-qualification-edited-highest-dai-hoc');

    // Someone else edits the same record meanwhile: 409, the user is told, the drawer reloads.
    await page.getByRole('button', { name: 'Sửa trình độ Chuyên môn Đại học' }).click();
    await drawer.getByText('Sửa trình độ').waitFor();
    const record = (await ok(await apiFromPage(page, 'GET', `/api/people/${chaId}`), 200)) as {
      qualifications: { id: number; dimension: string; version: number; [k: string]: unknown }[];
    };
    const q = record.qualifications.find((x) => x.dimension === 'professional');
    expect(q).toBeDefined();
    await ok(
      await apiFromPage(page, 'PUT', `/api/people/${chaId}/qualifications/${q?.id}`, {
        qualification: {
          dimension: 'professional',
          level: 'dai_hoc',
          major: 'Quản lý đất đai',
          institution: 'Trường Đại học Nông Lâm',
          mode: 'part_time',
          startDate: '2005-09-01',
          endDate: '2008-06-30',
          status: 'completed',
          certificateNo: 'ĐH-2008-0571',
        },
        version: q?.version,
      }),
      200,
    );
    await drawer.getByLabel('Số văn bằng').fill('ĐH-NHẦM');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Hồ sơ vừa được người khác thay đổi', { exact: false }).waitFor();
    await page.waitForFunction(
      () =>
        (document.querySelector('#qualification_institution') as HTMLInputElement | null)?.value ===
        'Trường Đại học Nông Lâm',
    );
    await screenshot(page, 'r-b4-qualification-version-conflict');
    await drawer.getByRole('button', { name: 'Hủy' }).click();
  });

  it('(c) imports a workbook: errors listed, then fixed, checked, imported and listed', async () => {
    await page.goto('/can-bo');
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await page.waitForURL((u) => u.pathname === '/can-bo/nhap-du-lieu');
    await page.getByText('Bước 1. Tải tệp mẫu').waitFor();
    const template = await page.request.get('/api/imports/template.xlsx');
    expect(template.status()).toBe(200);

    const file = page.locator('input[type=file]');
    await file.setInputFiles({
      name: 'can-bo-xa-hoa-an.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await importBook(false),
    });
    await page.getByText('can-bo-xa-hoa-an.xlsx').waitFor();
    expect(await page.getByRole('button', { name: 'Nhập dữ liệu' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const errorText = await errors.allInnerTexts().then(lines);
    expect(errorText).toContain('INVALID_CCCD');
    expect(errorText).toContain('INVALID_DATE');
    expect(errorText).toContain('31/02/1980');
    expect(errorText).toContain('Cán bộ');
    await page.getByText(/Tệp có \d+ lỗi\. Chưa có dữ liệu nào được ghi\./).waitFor();
    expect(await page.getByRole('button', { name: 'Nhập dữ liệu' }).isDisabled()).toBe(true);
    await screenshot(page, 'r-c1-import-errors');

    await file.setInputFiles({
      name: 'can-bo-xa-hoa-an-da-sua.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await importBook(true),
    });
    await page.getByText('can-bo-xa-hoa-an-da-sua.xlsx').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByText('Tệp hợp lệ, không có lỗi nào.').waitFor();
    const counts = page.getByTestId('import-counts');
    expect(await counts.locator('tr', { hasText: 'Cán bộ' }).allInnerTexts().then(lines)).toMatch(
      /Cán bộ\s+2\s+0\s+0/,
    );
    await screenshot(page, 'r-c2-import-dry-run-ok');

    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await page.getByText('Đã nhập dữ liệu', { exact: true }).waitFor();
    expect(
      await page
        .getByTestId('import-counts')
        .locator('tr', { hasText: 'Công tác' })
        .allInnerTexts()
        .then(lines),
    ).toMatch(/Công tác\s+2\s+0\s+0/);
    await screenshot(page, 'r-c3-import-done');

    await page.getByRole('button', { name: 'Xem danh sách cán bộ' }).click();
    await page.waitForURL((u) => u.pathname === '/can-bo');
    const search = page.getByPlaceholder('Tìm theo họ tên không dấu hoặc số CCCD');
    await search.fill('hoang van em');
    await search.press('Enter');
    const row = page.locator('.ant-table-row', { hasText: 'Hoàng Văn Em' });
    await row.waitFor();
    expect(await row.allInnerTexts().then(lines)).toContain('Xã Hòa An');
    await screenshot(page, 'r-c4-imported-person-in-list');
  });

  it('(d) merges two communes on 01/07/2025; tree and report on both sides of the date', async () => {
    // Before: Đông Thọ 1 person, Hòa An 4 (2 seeded, 2 imported); the province 7 in all (2 in itself).
    await page.goto('/don-vi');
    const tree = page.getByRole('tree');
    await tree.getByText('Xã Đông Thọ').click();
    await page.waitForURL((u) => u.searchParams.get('unit') === DONG_THO);
    await page.getByRole('heading', { name: 'Xã Đông Thọ' }).waitFor();
    await screenshot(page, 'r-d0-org-unit-selected');

    await page.getByRole('button', { name: 'Sáp nhập' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Sáp nhập đơn vị').waitFor();
    await dialog.locator('.ant-select-selection-item', { hasText: 'Xã Đông Thọ' }).waitFor();
    await pickUnit(dialog, 'Các đơn vị bị sáp nhập', 'hoa an', 'Xã Hòa An');
    await page.keyboard.press('Escape');
    await dialog.locator('.ant-select-selection-item', { hasText: 'Xã Hòa An' }).waitFor();
    await dialog.getByText('Thành lập đơn vị mới').click();
    await dialog.getByLabel('Mã đơn vị').fill('E2E_XA_DH');
    await dialog.getByLabel('Tên đơn vị').fill('Xã Đông Hòa');
    await typeDate(dialog, 'Ngày hiệu lực', '01/07/2025');
    await dialog.getByLabel('Số nghị quyết, quyết định').fill('1656/NQ-UBTVQH15');
    await screenshot(page, 'r-d1-merge-form');
    await dialog.getByRole('button', { name: 'Tiếp tục' }).click();
    const summary = page.getByTestId('merge-summary');
    await summary.waitFor();
    const said = await summary.allInnerTexts().then(lines);
    expect(said).toContain('Sáp nhập Xã Đông Thọ, Xã Hòa An vào Xã Đông Hòa từ ngày 01/07/2025.');
    expect(said).toContain('5 cán bộ sẽ được điều động sang Xã Đông Hòa');
    expect(said).toContain('kết thúc ngày 30/06/2025');
    await screenshot(page, 'r-d2-merge-confirmation');
    await dialog.getByRole('button', { name: 'Xác nhận sáp nhập' }).click();
    await page.locator('.ant-message').getByText('Đã sáp nhập vào Xã Đông Hòa từ ngày 01/07/2025.').waitFor();
    await page.waitForURL(
      (u) => u.searchParams.get('unit') === 'E2E_XA_DH' && u.searchParams.get('asOf') === '2025-07-01',
    );
    await page.getByRole('heading', { name: 'Xã Đông Hòa' }).waitFor();

    // The tree as of 30/06/2025: the old communes; as of 01/07/2025: the successor.
    await typeDate(page, 'Xem tại ngày', '30/06/2025');
    await page.waitForURL((u) => u.searchParams.get('asOf') === '2025-06-30');
    await tree.getByText('Xã Đông Thọ').waitFor();
    await tree.getByText('Xã Hòa An').waitFor();
    expect(await tree.getByText('Xã Đông Hòa').count()).toBe(0);
    expect(await tree.locator('[data-unit="E2E_XA_HA"]').allInnerTexts().then(lines)).toContain('4');
    await screenshot(page, 'r-d3-tree-2025-06-30-old-communes');

    await typeDate(page, 'Xem tại ngày', '01/07/2025');
    await page.waitForURL((u) => u.searchParams.get('asOf') === '2025-07-01');
    await tree.getByText('Xã Đông Hòa').waitFor();
    expect(await tree.getByText('Xã Đông Thọ').count()).toBe(0);
    expect(await tree.getByText('Xã Hòa An').count()).toBe(0);
    expect(await tree.locator('[data-unit="E2E_XA_DH"]').allInnerTexts().then(lines)).toContain('5');
    await page.getByText('Tiếp nhận sáp nhập: Xã Đông Thọ, Xã Hòa An').waitFor();
    await screenshot(page, 'r-d4-tree-2025-07-01-successor');

    // The qualification report: the province's total is the same on both sides of the date.
    await page.getByRole('menuitem', { name: 'Báo cáo' }).click();
    await page.getByText('Cơ cấu trình độ', { exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/bao-cao/trinh-do');
    await pickUnit(page, 'Đơn vị', 'thu nghiem', 'Tỉnh Thử Nghiệm');
    await page.waitForURL((u) => u.searchParams.get('unit') === PROVINCE);
    await typeDate(page, 'Tính đến ngày', '30/06/2025');
    await page.waitForURL(
      (u) => u.searchParams.get('asOf') === '2025-06-30' && u.searchParams.get('unit') === PROVINCE,
    );
    await page.getByTestId('report-heading').getByText('Tỉnh Thử Nghiệm', { exact: false }).waitFor();
    await page.getByTestId('report-asof').filter({ hasText: 'Tính đến ngày 30/06/2025' }).waitFor();
    expect(await reportTotal(page)).toBe('7');
    await screenshot(page, 'r-d5-report-province-2025-06-30');
    await typeDate(page, 'Tính đến ngày', '01/07/2025');
    await page.waitForURL((u) => u.searchParams.get('asOf') === '2025-07-01');
    await page.getByTestId('report-asof').filter({ hasText: 'Tính đến ngày 01/07/2025' }).waitFor();
    expect(await reportTotal(page)).toBe('7');
    await screenshot(page, 'r-d6-report-province-2025-07-01');

    // The successor: nobody on 30/06/2025, the merged people from 01/07/2025.
    await pickUnit(page, 'Đơn vị', 'dong hoa', 'Xã Đông Hòa');
    await page.waitForURL((u) => u.searchParams.get('unit') === 'E2E_XA_DH');
    await page.getByTestId('report-heading').getByText('Xã Đông Hòa', { exact: false }).waitFor();
    expect(await reportTotal(page)).toBe('5');
    await screenshot(page, 'r-d7-report-successor-2025-07-01');
    await typeDate(page, 'Tính đến ngày', '30/06/2025');
    await page.waitForURL((u) => u.searchParams.get('asOf') === '2025-06-30');
    await page.getByTestId('report-asof').filter({ hasText: 'Tính đến ngày 30/06/2025' }).waitFor();
    expect(await reportTotal(page)).toBe('0');
    await page.getByText('Không có cán bộ nào công tác tại đơn vị vào ngày 30/06/2025.').waitFor();
    await screenshot(page, 'r-d8-report-successor-2025-06-30-empty');

    // Figures lead to the people behind them: today's "Đại học trở lên" of the successor.
    await page.goto('/bao-cao/trinh-do?unit=E2E_XA_DH');
    await page.getByTestId('report-headline-university').click();
    await page.waitForURL(
      (u) => u.pathname === '/can-bo' && u.searchParams.get('qualification') === 'professional:dai_hoc',
    );
    await page.getByText('Tổng 2').waitFor();

    // A past figure opens the list of that date: the province's people on 30/06/2025 are in the
    // communes of that day (Xã Hòa An still exists there).
    await page.goto(`/bao-cao/trinh-do?unit=${PROVINCE}&asOf=2025-06-30`);
    await page.getByTestId('report-total').click();
    await page.waitForURL((u) => u.pathname === '/can-bo' && u.searchParams.get('asOf') === '2025-06-30');
    await page.getByText('Danh sách những người công tác tại ngày 30/06/2025', { exact: false }).waitFor();
    await page.getByText('Tổng 7').waitFor();
    await page.getByRole('cell', { name: 'Xã Hòa An' }).first().waitFor();
    await screenshot(page, 'r-d9-people-list-as-of-2025-06-30');
  });

  it('(e) dashboard figures and the pages at tablet width', async () => {
    await page.goto('/');
    await page.getByTestId('dashboard-people').getByText('7', { exact: true }).waitFor();
    await screenshot(page, 'r-e1-dashboard-figures');
    await page.setViewportSize({ width: 768, height: 1024 });
    for (const [path, name, ready] of [
      ['/can-bo', 'r-e2-people-tablet', 'Tổng 7'],
      [
        `/can-bo/${chaId}?tab=trinh-do`,
        'r-e3-person-qualifications-tablet',
        'Trình độ cao nhất đã hoàn thành',
      ],
      ['/don-vi?unit=E2E_XA_DH', 'r-e4-org-tablet', 'Lịch sử tên và đơn vị cấp trên'],
      ['/bao-cao/trinh-do?unit=E2E_TINH', 'r-e5-report-tablet', 'Tổng số'],
      ['/can-bo/nhap-du-lieu', 'r-e6-import-tablet', 'Bước 1. Tải tệp mẫu'],
    ] as const) {
      await page.goto(path);
      await page.getByText(ready, { exact: true }).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await screenshot(page, name);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
