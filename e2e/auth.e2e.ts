import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, sideMenuItems, signIn } from './support/browser';
import { startServer, type TestServer } from './support/server';

const MENU_VI = [
  'Tổng quan',
  'Đơn vị',
  'Cán bộ',
  'Tiêu chuẩn',
  'Đào tạo',
  'Kế hoạch',
  'Quy hoạch',
  'Báo cáo',
  'Quản trị',
];

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer('auth');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('signing in and the shell', () => {
  it('(a) admin signs in, sees the shell, switches language and signs out', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL((u) => u.pathname === '/dang-nhap');
    await page
      .getByText('Quản lý đào tạo, bồi dưỡng cán bộ, công chức, viên chức', { exact: true })
      .waitFor();
    await screenshot(page, 'a0-login-page');

    await signIn(page);
    await page.waitForURL((u) => u.pathname === '/');
    await page.getByText('Xin chào, Quản trị hệ thống').waitFor();
    expect(await sideMenuItems(page)).toEqual(MENU_VI);
    await screenshot(page, 'a1-shell-vi');

    // English: the menu and the page follow, and the choice survives a reload.
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Dashboard' }).waitFor();
    const en = await sideMenuItems(page);
    expect(en[0]).toBe('Dashboard');
    expect(en.at(-1)).toBe('Administration');
    await page.getByText('Hello, Quản trị hệ thống').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('cadre.lang'))).toBe('en');
    await page.reload();
    await page.getByRole('menuitem', { name: 'Administration' }).waitFor();
    await screenshot(page, 'a2-shell-en');

    await page.getByText('Tiếng Việt', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Tổng quan' }).waitFor();
    expect(await sideMenuItems(page)).toEqual(MENU_VI);

    // Tablet width: the side menu collapses to icons and the page still fits.
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.waitForFunction(() => document.querySelector('.ant-layout-sider-collapsed') !== null);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'a2b-dashboard-tablet');
    await page.setViewportSize({ width: 1280, height: 800 });

    // A module not built yet says so plainly.
    await page.getByRole('menuitem', { name: 'Quy hoạch' }).click();
    await page.waitForURL((u) => u.pathname === '/quy-hoach');
    await page.locator('.ant-result-title', { hasText: 'Phân hệ đang được xây dựng' }).waitFor();
    await screenshot(page, 'a3-module-under-construction');

    // Unknown address inside the app.
    await page.goto('/khong-co-trang-nay');
    await page.getByText('Không tìm thấy trang').first().waitFor();
    await screenshot(page, 'a4-not-found');

    await page.getByRole('button', { name: 'Tài khoản' }).click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await page.waitForURL((u) => u.pathname === '/dang-nhap');
    expect(new URL(page.url()).search).toBe('');
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await page.getByText('Bạn đã đăng xuất.').waitFor();
    await screenshot(page, 'a5-signed-out');

    // Signed out for real: the session cookie no longer opens the app.
    const me = await page.request.get('/api/auth/me');
    expect(me.status()).toBe(401);
    await context.close();
  });

  it('(b) a wrong password shows the Vietnamese error', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto('/dang-nhap');
    await signIn(page, 'admin', 'not-the-password');
    const error = page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.');
    await error.waitFor();
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');
    await screenshot(page, 'b-wrong-password');
    await context.close();
  });

  it('(d) a deep link while signed out goes to login and back to that page', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto('/quan-tri/nhat-ky?action=auth.login');
    await page.waitForURL((u) => u.pathname === '/dang-nhap');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/quan-tri/nhat-ky?action=auth.login');
    await screenshot(page, 'd1-deep-link-login');

    await signIn(page);
    await page.waitForURL((u) => u.pathname === '/quan-tri/nhat-ky');
    expect(new URL(page.url()).searchParams.get('action')).toBe('auth.login');
    await page.getByRole('heading', { name: 'Nhật ký hệ thống' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await screenshot(page, 'd2-deep-link-after-login');

    // The session expires (cookie gone): the next API call sends the user to login and back.
    await context.clearCookies();
    await page.getByRole('menuitem', { name: 'Người dùng' }).click();
    await page.waitForURL((u) => u.pathname === '/dang-nhap');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/quan-tri/nguoi-dung');
    await page.getByText('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.').waitFor();
    await screenshot(page, 'd3-session-expired');
    await signIn(page);
    await page.waitForURL((u) => u.pathname === '/quan-tri/nguoi-dung');
    await page.getByRole('heading', { name: 'Người dùng' }).waitFor();
    await context.close();
  });

  it('(f) a page that fails to load shows the Vietnamese error screen with a reload button', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page);
    await page.getByRole('menuitem', { name: 'Tổng quan' }).waitFor();
    // As after an upgrade while the tab was open: the page's chunk is gone.
    await page.route('**/assets/RolesPage-*.js', (route) => route.abort());
    await page.getByRole('menuitem', { name: 'Quản trị' }).click();
    await page.getByRole('menuitem', { name: 'Vai trò' }).click();
    await page.getByText('Đã có lỗi xảy ra').waitFor();
    // The shell stays: the menu still works.
    await page.getByRole('menuitem', { name: 'Tổng quan' }).waitFor();
    await screenshot(page, 'f1-page-crash');
    await page.unroute('**/assets/RolesPage-*.js');
    await page.getByRole('button', { name: 'Tải lại trang' }).click();
    await page.getByRole('heading', { name: 'Vai trò và quyền' }).waitFor();
    await context.close();
  });
});
