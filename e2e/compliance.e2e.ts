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
 * Title standards in the browser: an organisation officer opens a commune's compliance, drills into
 * a person's gaps, and tries to appoint someone without trung cấp LLCT as Bí thư Đảng ủy xã — the
 * gate refuses with the reason and the legal basis. The server starts empty; an administrator
 * seeds the commune and its people through the API.
 */

let server: TestServer;
let browser: Browser;
let admin: Page;
let officerContext: BrowserContext;
let page: Page;
const ids: Record<string, number> = {};

const PROVINCE = 'E2E_TINH_TC';
const COMMUNE = 'E2E_XA_TC';
const OFFICER = 'canbo.tochuc';
const OFFICER_PASSWORD = 'Can-bo-to-chuc-2026';

const PEOPLE = [
  { key: 'dat', fullName: 'Lò Văn Đạt', cccd: '001078012401', birthDate: '1978-02-11', post: 'XA_BT' },
  { key: 'thieu', fullName: 'Hà Thị Thiếu', cccd: '001182012402', birthDate: '1982-06-20', post: 'XA_PBT' },
  {
    key: 'chua',
    fullName: 'Nguyễn Văn Chưa',
    cccd: '001085012403',
    birthDate: '1985-09-09',
    post: 'XA_CC_VH',
  },
  { key: 'vien', fullName: 'Đinh Văn Viên', cccd: '001090012404', birthDate: '1990-01-15', post: 'XA_CC_VP' },
] as const;

beforeAll(async () => {
  server = await startServer('compliance');
  browser = await launchBrowser();
  const adminContext = await newContext(browser, server.baseUrl);
  admin = await adminContext.newPage();
  await admin.goto('/');
  await signIn(admin);
  await admin.getByRole('menuitem', { name: 'Tổng quan' }).waitFor();
  await ok(
    await apiFromPage(admin, 'POST', '/api/org/units', {
      code: PROVINCE,
      name: 'Tỉnh Sơn Thủy',
      kind: 'province',
      validFrom: '2000-01-01',
    }),
  );
  await ok(
    await apiFromPage(admin, 'POST', '/api/org/units', {
      code: COMMUNE,
      name: 'Xã Tân Lập',
      kind: 'commune',
      parentCode: PROVINCE,
      areaClass: 'II',
      validFrom: '2000-01-01',
    }),
  );
  for (const p of PEOPLE) {
    const male = p.key !== 'thieu';
    const created = (await ok(
      await apiFromPage(admin, 'POST', '/api/people', {
        person: {
          cccd: p.cccd,
          fullName: p.fullName,
          birthDate: p.birthDate,
          gender: male ? 'male' : 'female',
          ethnicity: 'Kinh',
          category: p.post.startsWith('XA_CC') ? 'cong_chuc' : 'can_bo',
        },
        assignment: {
          unitCode: COMMUNE,
          positionCode: p.post,
          kind: p.post.startsWith('XA_CC') ? 'recruitment' : 'election',
          decisionNo: '15/QĐ-UBND',
          validFrom: '2021-01-04',
        },
      }),
    )) as { id: number };
    ids[p.key] = created.id;
  }
  const degree = (major: string) => ({
    dimension: 'professional',
    level: 'dai_hoc',
    major,
    status: 'completed',
    endDate: '2007-06-30',
  });
  const llct = {
    dimension: 'politicalTheory',
    level: 'trung_cap',
    status: 'completed',
    endDate: '2016-12-20',
  };
  const quals: [string, object][] = [
    ['dat', degree('Luật')],
    ['dat', llct],
    ['thieu', degree('Xây dựng Đảng và chính quyền nhà nước')],
    ['chua', degree('Văn hóa học')],
    ['vien', degree('Hành chính học')],
  ];
  for (const [key, q] of quals)
    await ok(await apiFromPage(admin, 'POST', `/api/people/${ids[key]}/qualifications`, q));
  await ok(
    await apiFromPage(admin, 'POST', '/api/admin/users', {
      username: OFFICER,
      displayName: 'Cán bộ Ban Tổ chức',
      role: 'officer',
      scope: [PROVINCE],
      password: OFFICER_PASSWORD,
    }),
  );
  officerContext = await newContext(browser, server.baseUrl);
  page = await officerContext.newPage();
  await page.goto('/');
  await signIn(page, OFFICER, OFFICER_PASSWORD);
  await page.getByRole('menuitem', { name: 'Tổng quan' }).waitFor();
  // The temporary password is replaced first, as the officer would on first sign-in.
  await ok(
    await apiFromPage(page, 'POST', '/api/auth/password', {
      currentPassword: OFFICER_PASSWORD,
      newPassword: `${OFFICER_PASSWORD}-moi`,
    }),
    204,
  );
  await page.reload();
  await page.getByRole('menuitem', { name: 'Tổng quan' }).waitFor();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('compliance journeys', () => {
  it('(a) opens the commune, drills into a gap, and is refused an appointment without trung cấp LLCT', async () => {
    await page.getByRole('menuitem', { name: 'Tiêu chuẩn' }).click();
    await page.waitForURL((u) => u.pathname === '/tieu-chuan');
    await page.goto(`/tieu-chuan?unit=${COMMUNE}`);
    // Three of four meet: the secretary, and the two civil servants with degrees in their field.
    await page.getByText('3/4 người đạt chuẩn (75,0%)').waitFor();
    await screenshot(page, 'c-a1-commune-compliance');

    // The drill-down lists the deputy secretary with the missing requirement and its basis.
    const row = page.getByRole('row', { name: /Hà Thị Thiếu/ });
    await row.getByText('Lý luận chính trị: Trung cấp trở lên').waitFor();
    await row.getByText(/45-CT\/TW/).waitFor();
    await row.getByRole('link', { name: 'Hà Thị Thiếu' }).click();
    await page.waitForURL((u) => u.pathname === `/can-bo/${ids.thieu}`);
    await page.getByText('Chưa đạt chuẩn').first().waitFor();
    await page.getByText('Cần: Lý luận chính trị – Trung cấp').waitFor();
    await screenshot(page, 'c-a2-person-gap-card');

    // Appointing Nguyễn Văn Chưa (no LLCT) as Bí thư Đảng ủy xã: refused, with the reason.
    await page.goto(`/can-bo/${ids.chua}?tab=cong-tac`);
    await page.getByRole('button', { name: 'Thêm quá trình công tác' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('Thêm quá trình công tác').first().waitFor();
    await pickUnit(drawer, 'Đơn vị', 'tan lap', 'Xã Tân Lập');
    await drawer.getByLabel('Chức vụ').click();
    await pickOption(page, 'Bí thư Đảng ủy xã');
    await drawer.getByLabel('Hình thức').click();
    await pickOption(page, 'Bầu cử');
    await typeDate(drawer, 'Từ ngày', '01/12/2026');
    await drawer.getByText('Chưa đủ điều kiện bổ nhiệm vào chức vụ này').waitFor();
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    const modal = page.getByRole('dialog', { name: 'Không đủ điều kiện bổ nhiệm' });
    await modal.getByText(/Lý luận chính trị: Trung cấp trở lên.*45-CT\/TW/).waitFor();
    // An officer cannot override the gate.
    expect(await modal.getByRole('button', { name: 'Vẫn bổ nhiệm (ghi rõ lý do)' }).count()).toBe(0);
    await screenshot(page, 'c-a3-appointment-refused');
    await modal.getByRole('button', { name: 'Đóng', exact: true }).last().click();

    // Nothing was saved: the person still has one assignment.
    const rec = (await apiFromPage(page, 'GET', `/api/people/${ids.chua}`)).json as {
      assignments: unknown[];
    };
    expect(rec.assignments).toHaveLength(1);
  });

  it('(b) an administrator raises a requirement from a future date, previews it, and today is unchanged', async () => {
    await admin.goto(`/tieu-chuan?unit=${COMMUNE}`);
    await admin.getByText('3/4 người đạt chuẩn (75,0%)').waitFor();

    await admin.goto('/tieu-chuan/danh-muc');
    const row = admin.locator('.ant-table-row', { hasText: 'XA_CC_VH' });
    await row.getByRole('button', { name: /^Thêm phiên bản mới: / }).click();
    const drawer = admin.locator('.ant-drawer-body');
    await drawer.locator('form').waitFor();
    await typeDate(drawer, 'Hiệu lực từ ngày', '01/01/2027');
    await admin.locator('#standard-version_legalBasis_number').fill('01/2027/TT-BNV');
    await admin
      .locator('#standard-version_legalBasis_title')
      .fill('Thông tư sửa đổi tiêu chuẩn công chức văn hóa – xã hội cấp xã');
    await admin.locator('.ant-form-item:has(#standard-version_requirements_0_minLevel) .ant-select').click();
    await pickOption(admin, 'Thạc sĩ');
    await admin.getByRole('button', { name: /Xem trước ảnh hưởng/ }).click();
    const preview = admin.getByRole('dialog', { name: 'Ảnh hưởng của thay đổi' });
    await preview.getByText('Đánh giá tại ngày 01/01/2027').waitFor();
    await preview.getByText('Nguyễn Văn Chưa').waitFor();
    await screenshot(admin, 'c-b1-standard-preview');
    await preview.getByRole('button', { name: 'Xác nhận thêm phiên bản' }).click();
    await admin.getByText('01/2027/TT-BNV').first().waitFor();
    await screenshot(admin, 'c-b2-standard-saved');

    // Today's figures do not move; from 01/01/2027 the civil servant without a master's falls out.
    await admin.goto(`/tieu-chuan?unit=${COMMUNE}`);
    await admin.getByText('3/4 người đạt chuẩn (75,0%)').waitFor();
    await admin.goto(`/tieu-chuan?unit=${COMMUNE}&asOf=2027-01-01`);
    await admin.getByText('2/4 người đạt chuẩn (50,0%)').waitFor();
    await screenshot(admin, 'c-b3-compliance-from-2027');
  });
});
