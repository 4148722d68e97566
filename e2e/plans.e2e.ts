import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayVn } from '../src/core/catalog/dates';
import { apiFromPage, launchBrowser, newContext, ok, pickUnit, screenshot, signIn } from './support/browser';
import { startServer, type TestServer } from './support/server';

/**
 * Plans in the browser (issue 6): the province's officer drafts this year's plan from the training
 * needs, raises a target and submits it; the leader returns it with a comment; the officer fixes it
 * and resubmits; the leader approves. When a class of the planned programme completes, the
 * plan's progress rises. A monitor (chi ủy viên phụ trách) sees the overdue item of the person
 * they follow, and the weekly digest job writes one reminder for that person.
 */

let server: TestServer;
let browser: Browser;
let admin: Page;
const ids: Record<string, number> = {};

const PROVINCE = 'E2E_TINH_KH';
const COMMUNE = 'E2E_XA_KH';
const today = todayVn();
const year = Number(today.slice(0, 4));
const COMMENT = 'Đề nghị tăng chỉ tiêu trung cấp lý luận chính trị lên 3 người cho đủ nguồn quy hoạch.';

async function signedIn(username: string, password: string): Promise<Page> {
  const page = await (await newContext(browser, server.baseUrl)).newPage();
  await page.goto('/');
  await signIn(page, username, password);
  await page.getByRole('menuitem', { name: 'Tổng quan' }).waitFor();
  return page;
}

/** Sets the "Số người" and "Số lượt người" of the target row of a programme. */
async function setTarget(page: Page, programme: string, n: string): Promise<void> {
  const row = page.getByRole('row', { name: new RegExp(programme) });
  for (const label of ['Số người', 'Số lượt người']) {
    const input = row.getByLabel(label, { exact: true });
    await input.fill(n);
    await input.press('Tab');
  }
}

beforeAll(async () => {
  server = await startServer('plans');
  browser = await launchBrowser();
  admin = await (await newContext(browser, server.baseUrl)).newPage();
  await admin.goto('/');
  await signIn(admin);
  await admin.getByRole('menuitem', { name: 'Tổng quan' }).waitFor();
  await ok(
    await apiFromPage(admin, 'POST', '/api/org/units', {
      code: PROVINCE,
      name: 'Tỉnh Kế Hoạch',
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
  // The secretary has a degree but no trung cấp LLCT: a need for that programme.
  for (const [key, fullName, cccd, post] of [
    ['bt', 'Lường Văn Tâm', '001080033501', 'XA_BT'],
    ['vp', 'Cầm Thị Lan', '001190033502', 'XA_CC_VP'],
  ] as const) {
    const created = (await ok(
      await apiFromPage(admin, 'POST', '/api/people', {
        person: {
          cccd,
          fullName,
          birthDate: key === 'bt' ? '1980-03-03' : '1990-04-04',
          gender: key === 'bt' ? 'male' : 'female',
          ethnicity: 'Thái',
          category: key === 'bt' ? 'can_bo' : 'cong_chuc',
        },
        assignment: { unitCode: COMMUNE, positionCode: post, kind: 'election', validFrom: '2021-01-04' },
      }),
    )) as { id: number };
    ids[key] = created.id;
    await ok(
      await apiFromPage(admin, 'POST', `/api/people/${created.id}/qualifications`, {
        dimension: 'professional',
        level: 'dai_hoc',
        major: 'Luật',
        status: 'completed',
        endDate: '2008-06-30',
      }),
    );
  }
  for (const [username, displayName, role, personId] of [
    ['canbo.tinh.kh', 'Cán bộ tổ chức Tỉnh Kế Hoạch', 'officer', null],
    ['lanhdao.tinh.kh', 'Lãnh đạo Ban Tổ chức', 'leader', null],
    ['cam.thi.lan', 'Cầm Thị Lan', 'cadre', ids.vp],
  ] as const) {
    await ok(
      await apiFromPage(admin, 'POST', '/api/admin/users', {
        username,
        displayName,
        role,
        scope: [role === 'cadre' ? COMMUNE : PROVINCE],
        password: 'Mat-khau-2026-KH',
        ...(personId ? { personId } : {}),
      }),
    );
  }
  // Her learning plan: the secretary's, followed by Cầm Thị Lan, with an item twenty days late.
  const due = addDays(today, -20);
  const planYear = Number(due.slice(0, 4));
  await ok(
    await apiFromPage(admin, 'PUT', `/api/people/${ids.bt}/learning-plans/${planYear}`, {
      monitorPersonId: ids.vp,
      note: null,
    }),
    200,
  );
  await ok(
    await apiFromPage(admin, 'POST', `/api/people/${ids.bt}/learning-plans/${planYear}/items`, {
      title: 'Hoàn thành chuyên đề bồi dưỡng kỹ năng lãnh đạo cấp xã',
      dueDate: due,
    }),
  );
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('plans journey', () => {
  it('drafts from needs, returned with a comment, resubmitted, approved; progress; monitor; digest', async () => {
    // The officer drafts this year's plan of the province from its training needs.
    const officer = await signedIn('canbo.tinh.kh', 'Mat-khau-2026-KH');
    await officer.goto('/ke-hoach/dao-tao');
    await officer.getByRole('button', { name: 'Lập kế hoạch' }).click();
    const drawer = officer.getByRole('dialog').filter({ hasText: 'Lập kế hoạch đào tạo, bồi dưỡng' });
    await pickUnit(drawer, 'Đơn vị', 'ke hoach', 'Tỉnh Kế Hoạch');
    const fromYear = drawer.getByLabel('Năm bắt đầu', { exact: true });
    await fromYear.fill(String(year));
    await fromYear.press('Tab');
    await screenshot(officer, 'p-a1-create-drawer');
    await drawer.getByRole('button', { name: 'Lập dự thảo' }).click();
    await officer.waitForURL((u) => /^\/ke-hoach\/dao-tao\/\d+/.test(u.pathname));
    const planUrl = new URL(officer.url()).pathname;
    const row = officer.getByRole('row', { name: /Trung cấp lý luận chính trị/ });
    await row.waitFor();
    expect(await row.getByLabel('Số người', { exact: true }).inputValue()).toBe('1');
    await screenshot(officer, 'p-a2-draft-from-needs');

    // A target adjusted, saved and submitted.
    await setTarget(officer, 'Trung cấp lý luận chính trị', '2');
    await officer.getByRole('button', { name: 'Lưu' }).click();
    await officer.getByText('Đã lưu kế hoạch').waitFor();
    await officer.getByRole('button', { name: 'Trình phê duyệt' }).click();
    await officer.locator('.ant-popconfirm .ant-btn-primary').click();
    await officer.getByText('Đã trình kế hoạch').first().waitFor();
    await officer.locator('.ant-tag', { hasText: 'Đã trình' }).first().waitFor();
    await screenshot(officer, 'p-a3-submitted');

    // The leader is told, opens the plan from the notification and returns it with a comment.
    const leader = await signedIn('lanhdao.tinh.kh', 'Mat-khau-2026-KH');
    await leader.getByRole('button', { name: 'Thông báo' }).click();
    await leader
      .getByText(/Kế hoạch chờ phê duyệt/)
      .first()
      .click();
    await leader.waitForURL((u) => u.pathname === planUrl);
    expect(await leader.getByRole('button', { name: 'Lưu' }).count()).toBe(0);
    await leader.getByRole('button', { name: 'Trả lại' }).click();
    await leader.getByLabel('Ý kiến', { exact: true }).fill(COMMENT);
    await screenshot(leader, 'p-b1-return-comment');
    await leader.locator('.ant-modal .ant-btn-primary').last().click();
    await leader.getByText('Đã trả lại kế hoạch').first().waitFor();

    // The officer reads the comment, raises the target to 3 and resubmits.
    await officer.reload();
    await officer.getByText('Kế hoạch bị trả lại').waitFor();
    await officer.getByText(COMMENT).first().waitFor();
    await screenshot(officer, 'p-a4-returned');
    await setTarget(officer, 'Trung cấp lý luận chính trị', '3');
    await officer.getByRole('button', { name: 'Lưu' }).click();
    await officer.getByText('Đã lưu kế hoạch').first().waitFor();
    await officer.getByRole('button', { name: 'Trình phê duyệt' }).click();
    await officer.locator('.ant-popconfirm .ant-btn-primary').click();
    await officer.locator('.ant-tag', { hasText: 'Đã trình' }).first().waitFor();

    // The leader approves.
    await leader.reload();
    await leader.getByRole('button', { name: 'Phê duyệt' }).click();
    await leader.locator('.ant-popconfirm .ant-btn-primary').click();
    await leader.getByText('Đã phê duyệt kế hoạch').first().waitFor();
    await leader.locator('.ant-tag', { hasText: 'Đã phê duyệt' }).first().waitFor();
    await leader.getByRole('tab', { name: 'Lịch sử' }).click();
    await leader.getByText(COMMENT).first().waitFor();
    await screenshot(leader, 'p-b2-approved-history');

    // Progress: nobody yet; a class of the programme completes; one of three.
    await officer.goto(`${planUrl}?tab=tien-do`);
    await officer.getByRole('tab', { name: 'Tiến độ' }).click();
    await officer.getByText(/đạt 0\/3 người \(0,0%\)/).waitFor();
    await ok(
      await apiFromPage(admin, 'POST', '/api/training/institutions', {
        code: 'E2E_TCT_KH',
        name: 'Trường Chính trị tỉnh Kế Hoạch',
        kind: 'political_school',
        unitCode: null,
        address: 'Thành phố Kế Hoạch',
      }),
    );
    const start = addDays(today, -2);
    const course = (await ok(
      await apiFromPage(admin, 'POST', '/api/training/courses', {
        code: 'E2E_TCLLCT_KH1',
        name: 'Trung cấp lý luận chính trị — lớp Tân Lập',
        programmeCode: 'LLCT_TRUNG_CAP',
        institutionCode: 'E2E_TCT_KH',
        organiserUnitCode: PROVINCE,
        mode: 'part_time',
        place: 'Trường Chính trị tỉnh Kế Hoạch',
        startDate: start < `${year}-01-01` ? `${year}-01-01` : start,
        endDate: today,
        capacity: 30,
        decisionNo: '88/QĐ-TCT',
      }),
    )) as { id: number };
    const setStatus = async (status: string) =>
      ok(await apiFromPage(admin, 'POST', `/api/training/courses/${course.id}/status`, { status }), 200);
    await setStatus('open');
    await ok(
      await apiFromPage(admin, 'POST', `/api/training/courses/${course.id}/enrolments`, {
        unitCode: COMMUNE,
        personIds: [ids.bt],
        decisionNo: '15/QĐ-UBND',
        decisionDate: addDays(today, -3),
      }),
    );
    await setStatus('running');
    await ok(await apiFromPage(admin, 'POST', `/api/training/courses/${course.id}/complete`, {}), 200);
    await officer.reload();
    await officer.getByText(/đạt 1\/3 người \(33,3%\)/).waitFor();
    await screenshot(officer, 'p-a5-progress-after-class');

    // The monitor sees the overdue item of the person she follows.
    const monitor = await signedIn('cam.thi.lan', 'Mat-khau-2026-KH');
    await monitor.goto('/ke-hoach/theo-doi');
    await monitor.getByText('Lường Văn Tâm').first().waitFor();
    await monitor.getByText('Hoàn thành chuyên đề bồi dưỡng kỹ năng lãnh đạo cấp xã').waitFor();
    await monitor.locator('.ant-tag', { hasText: 'Quá hạn' }).first().waitFor();
    await screenshot(monitor, 'p-c1-monitor-overdue');

    // The weekly digest job, run now by the administrator: one reminder for the person (and one
    // for the monitor, who sees it in her notification centre).
    await admin.goto('/thong-bao');
    await admin.getByRole('button', { name: 'Chạy nhắc việc ngay' }).click();
    await admin.getByText(/Đã tạo 1 nhắc việc cá nhân và 1 nhắc việc cho người theo dõi/).waitFor();
    await screenshot(admin, 'p-d1-digest-run');
    await monitor.reload();
    await monitor.getByRole('button', { name: 'Thông báo' }).click();
    await monitor
      .getByText(/người bạn theo dõi có mục quá hạn/)
      .first()
      .waitFor();
    await screenshot(monitor, 'p-c2-monitor-notification');
  });
});
