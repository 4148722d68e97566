import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayVn } from '../src/core/catalog/dates';
import { apiFromPage, launchBrowser, newContext, ok, screenshot, signIn } from './support/browser';
import { startServer, type TestServer } from './support/server';

/**
 * Training in the browser: the political school opens a trung cấp LLCT class; two communes
 * nominate their people (one in the nomination drawer, one through the API as its officer);
 * attendance and scores are entered, the class is closed and a certificate issued; the learner's
 * gap "Lý luận chính trị: Trung cấp" disappears and the commune's compliance rate rises.
 */

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let courseId = 0;
const ids: Record<string, number> = {};

const PROVINCE = 'E2E_TINH_DT';
const COMMUNE_A = 'E2E_XA_DT_A';
const COMMUNE_B = 'E2E_XA_DT_B';
const today = todayVn();

const PEOPLE = [
  // Commune A: a secretary with a degree but no LLCT, and a civil servant who meets the standard.
  {
    key: 'hoc',
    fullName: 'Lò Văn Học',
    cccd: '001080022501',
    birthDate: '1980-03-03',
    unit: COMMUNE_A,
    post: 'XA_BT',
  },
  {
    key: 'vp',
    fullName: 'Vi Thị Phòng',
    cccd: '001190022502',
    birthDate: '1990-04-04',
    unit: COMMUNE_A,
    post: 'XA_CC_VP',
  },
  // Commune B: a deputy secretary without LLCT.
  {
    key: 'pbt',
    fullName: 'Hà Văn Phó',
    cccd: '001082022503',
    birthDate: '1982-05-05',
    unit: COMMUNE_B,
    post: 'XA_PBT',
  },
] as const;

beforeAll(async () => {
  server = await startServer('training');
  browser = await launchBrowser();
  context = await newContext(browser, server.baseUrl);
  page = await context.newPage();
  await page.goto('/');
  await signIn(page);
  await page.getByRole('menuitem', { name: 'Tổng quan' }).waitFor();
  await ok(
    await apiFromPage(page, 'POST', '/api/org/units', {
      code: PROVINCE,
      name: 'Tỉnh Đông Lĩnh',
      kind: 'province',
      validFrom: '2000-01-01',
    }),
  );
  for (const [code, name] of [
    [COMMUNE_A, 'Xã Nậm Pồ'],
    [COMMUNE_B, 'Xã Chà Cang'],
  ] as const) {
    await ok(
      await apiFromPage(page, 'POST', '/api/org/units', {
        code,
        name,
        kind: 'commune',
        parentCode: PROVINCE,
        areaClass: 'II',
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
          gender: p.key === 'vp' ? 'female' : 'male',
          ethnicity: 'Thái',
          category: p.post === 'XA_CC_VP' ? 'cong_chuc' : 'can_bo',
        },
        assignment: { unitCode: p.unit, positionCode: p.post, kind: 'election', validFrom: '2021-01-04' },
      }),
    )) as { id: number };
    ids[p.key] = created.id;
    await ok(
      await apiFromPage(page, 'POST', `/api/people/${created.id}/qualifications`, {
        dimension: 'professional',
        level: 'dai_hoc',
        major: p.post === 'XA_CC_VP' ? 'Hành chính học' : 'Luật',
        status: 'completed',
        endDate: '2008-06-30',
      }),
    );
  }
  await ok(
    await apiFromPage(page, 'POST', '/api/training/institutions', {
      code: 'E2E_TCT',
      name: 'Trường Chính trị tỉnh Đông Lĩnh',
      kind: 'political_school',
      unitCode: null,
      address: 'Thành phố Đông Lĩnh',
    }),
  );
  // The class began five weeks ago (two sessions held) and ends in three weeks.
  const course = (await ok(
    await apiFromPage(page, 'POST', '/api/training/courses', {
      code: 'E2E_TCLLCT_K1',
      name: 'Trung cấp lý luận chính trị — lớp cán bộ xã K1',
      programmeCode: 'LLCT_TRUNG_CAP',
      institutionCode: 'E2E_TCT',
      organiserUnitCode: PROVINCE,
      mode: 'part_time',
      place: 'Trường Chính trị tỉnh Đông Lĩnh',
      startDate: addDays(today, -35),
      endDate: addDays(today, 21),
      capacity: 40,
      decisionNo: '215/QĐ-TCT',
    }),
  )) as { id: number };
  courseId = course.id;
  for (const [offset, topic] of [
    [-35, 'Chủ nghĩa Mác – Lênin'],
    [-28, 'Tư tưởng Hồ Chí Minh'],
  ] as const) {
    await ok(
      await apiFromPage(page, 'POST', `/api/training/courses/${courseId}/sessions`, {
        date: addDays(today, offset),
        topic,
        periods: 8,
      }),
    );
  }
  await ok(
    await apiFromPage(page, 'POST', `/api/training/courses/${courseId}/assessments`, {
      name: 'Thi cuối khóa',
    }),
  );
  await ok(
    await apiFromPage(page, 'POST', '/api/admin/users', {
      username: 'canbo.xa.b',
      displayName: 'Cán bộ tổ chức Xã Chà Cang',
      role: 'officer',
      scope: [COMMUNE_B],
      password: 'Can-bo-xa-B-2026',
    }),
  );
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('training journey', () => {
  it('opens a class, two communes nominate, attendance and scores, certificate; the gap closes', async () => {
    // Before: commune A has 1 of 2 meeting the standard.
    await page.goto(`/tieu-chuan?unit=${COMMUNE_A}`);
    await page.getByText('1/2 người đạt chuẩn (50,0%)').waitFor();

    // The school opens the class for nominations.
    await page.goto(`/dao-tao/lop/${courseId}`);
    await page.getByRole('button', { name: 'Mở nhận đề cử' }).click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await page.getByText('Đang nhận đề cử').first().waitFor();

    // Commune A nominates its secretary in the drawer.
    await page.goto(`/dao-tao/lop/${courseId}?tab=hoc-vien`);
    await page.getByTestId('nominate-open').click();
    const drawer = page.locator('.ant-drawer');
    await drawer.waitFor();
    await drawer.locator('.ant-select').first().click();
    await page.keyboard.type('Nam Po');
    await page
      .locator('.ant-select-tree-title')
      .filter({ hasText: /^Xã Nậm Pồ$/ })
      .first()
      .click();
    await page.getByLabel('Số quyết định cử').fill('45/QĐ-UBND');
    await drawer.locator('.ant-select').nth(1).click();
    await page.keyboard.type('Lò Văn');
    await page.locator('.ant-select-item-option', { hasText: 'Lò Văn Học' }).first().click();
    await page.keyboard.press('Escape');
    await screenshot(page, 't-a1-nominate-drawer');
    await page.getByTestId('nominate-submit').click();
    await page.getByRole('row', { name: /Lò Văn Học/ }).waitFor();

    // Commune B's officer nominates their deputy secretary (another session, through the API).
    const officer = await (await newContext(browser, server.baseUrl)).newPage();
    await officer.goto('/');
    await signIn(officer, 'canbo.xa.b', 'Can-bo-xa-B-2026');
    await officer.getByRole('menuitem', { name: 'Tổng quan' }).waitFor();
    await ok(
      await apiFromPage(officer, 'POST', `/api/training/courses/${courseId}/enrolments`, {
        unitCode: COMMUNE_B,
        personIds: [ids.pbt],
        decisionNo: '12/QĐ-UBND',
        decisionDate: addDays(today, -40),
      }),
    );
    // Commune B's officer cannot nominate commune A's people: outside their scope.
    const foreign = await apiFromPage(officer, 'POST', `/api/training/courses/${courseId}/enrolments`, {
      unitCode: COMMUNE_B,
      personIds: [ids.vp],
      decisionNo: '13/QĐ-UBND',
    });
    expect(foreign.status).toBe(404);
    await page.reload();
    await page.getByRole('row', { name: /Hà Văn Phó/ }).waitFor();
    await screenshot(page, 't-a2-roster');

    // A civil servant with a self-service account registers herself; commune A approves.
    await ok(
      await apiFromPage(page, 'POST', '/api/admin/users', {
        username: 'vi.thi.phong',
        displayName: 'Vi Thị Phòng',
        role: 'cadre',
        scope: [COMMUNE_A],
        password: 'Vi-thi-phong-2026',
        personId: ids.vp,
      }),
    );
    const learner = await (await newContext(browser, server.baseUrl)).newPage();
    await learner.goto('/');
    await signIn(learner, 'vi.thi.phong', 'Vi-thi-phong-2026');
    await learner.getByText('Bạn cần đổi mật khẩu').waitFor();
    await learner.goto('/dao-tao/cua-toi');
    const offer = learner.getByRole('row', { name: /Trung cấp lý luận chính trị — lớp cán bộ xã K1/ });
    await offer.getByRole('button', { name: 'Đăng ký' }).click();
    await learner
      .locator('.ant-modal-confirm .ant-btn-primary, .ant-popconfirm .ant-btn-primary')
      .first()
      .click();
    await learner.getByText('Đã gửi đăng ký. Vui lòng chờ đơn vị duyệt.').waitFor();
    await screenshot(learner, 't-a2b-self-registration');
    await page.reload();
    const pending = page.getByRole('row', { name: /Vi Thị Phòng/ });
    await pending.getByRole('button', { name: 'Duyệt' }).click();
    await page.locator('.ant-modal .ant-btn-primary').last().click();
    await page.getByText('Đã duyệt đăng ký.').waitFor();

    // While studying, the secretary is "đang hoàn thiện".
    await page.goto(`/can-bo/${ids.hoc}`);
    await page.getByText('Đang hoàn thiện').first().waitFor();

    // The class starts; attendance of both sessions on a tablet.
    await page.goto(`/dao-tao/lop/${courseId}`);
    await page.getByRole('button', { name: 'Bắt đầu học' }).click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await page.getByText('Đang học').first().waitFor();
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`/dao-tao/lop/${courseId}?tab=diem-danh`);
    await page.getByTestId('attendance-sheet').waitFor();
    const fill = page.getByRole('button', { name: /Cả buổi có mặt/ });
    while (await fill.count()) await fill.first().click();
    await page.getByTestId('attendance-save-all').click();
    await page
      .getByText(/Đã lưu/)
      .first()
      .waitFor();
    await screenshot(page, 't-a3-attendance-tablet');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Scores, then the class is closed and results decided.
    await page.goto(`/dao-tao/lop/${courseId}?tab=ket-qua`);
    await page.locator('.ant-table-row').first().waitFor();
    const inputs = page.locator('.ant-table-row input');
    for (let i = 0; i < (await inputs.count()); i++) await inputs.nth(i).fill(i === 0 ? '8,5' : '7');
    // Leaving the last field commits it; the header's save buttons re-render until then.
    await page.locator('.ant-table-thead').first().click();
    await page.waitForTimeout(600);
    const saveScores = page.getByRole('button', { name: /^Lưu điểm/ });
    // Each assessment's save button goes away once its scores are saved.
    for (let n = await saveScores.count(); n > 0; n = await saveScores.count()) {
      await saveScores.first().click();
      await expect.poll(() => saveScores.count(), { timeout: 15_000 }).toBeLessThan(n);
    }
    await page.getByTestId('course-complete').click();
    await page.locator('.ant-modal').waitFor();
    await screenshot(page, 't-a4-complete-preview');
    await page.locator('.ant-modal .ant-btn-primary').click();
    await page.getByText('Đã kết thúc').first().waitFor();

    // A certificate, issued once.
    await page.getByRole('button', { name: 'Cấp chứng chỉ' }).first().click();
    await page.getByLabel('Số hiệu').fill('TCLLCT-2026-0001');
    await page.locator('.ant-modal .ant-btn-primary').click();
    await page.getByText('TCLLCT-2026-0001').first().waitFor();
    await screenshot(page, 't-a5-certificates');

    // A learner's survey gives the course its quality index and band.
    await page.goto(`/dao-tao/lop/${courseId}?tab=chat-luong`);
    await page.getByLabel('Nội dung chương trình').fill('9');
    await page.getByLabel('Giảng viên').fill('8');
    await page.getByTestId('survey-submit').click();
    await page.getByTestId('quality-index').getByText('8,5').waitFor();
    await page.getByText('Tốt', { exact: true }).first().waitFor();
    await screenshot(page, 't-a6-quality');

    // The secretary's gap is gone; the commune's rate rises.
    await page.goto(`/can-bo/${ids.hoc}`);
    await page.getByTestId('gap-card').getByText('Đạt chuẩn').first().waitFor();
    expect(await page.getByTestId('gap-card').getByText('Lý luận chính trị: Trung cấp trở lên').count()).toBe(
      0,
    );
    await screenshot(page, 't-a7-person-after');
    await page.goto(`/tieu-chuan?unit=${COMMUNE_A}`);
    await page.getByText('2/2 người đạt chuẩn (100,0%)').waitFor();
    await screenshot(page, 't-a8-commune-after');
  });
});
