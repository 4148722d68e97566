import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFromPage, launchBrowser, newContext, pickOption, screenshot, signIn } from './support/browser';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let browser: Browser;
/** The password handed out by the reset in (c); (e) signs in with it. */
let resetPassword = '';

beforeAll(async () => {
  server = await startServer('admin-users');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('administration', () => {
  it('(c) admin creates a user through the drawer and finds it in the audit log', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page);
    await page.getByRole('menuitem', { name: 'Tổng quan' }).waitFor();

    // The empty test province gets two units (through the organisation API) for the scope picker.
    const province = await apiFromPage(page, 'POST', '/api/org/units', {
      code: 'E2E_TINH',
      name: 'Tỉnh Thử Nghiệm',
      kind: 'province',
      validFrom: '2025-07-01',
    });
    expect(province.status).toBe(201);
    for (const [code, name] of [
      ['E2E_XA_DT', 'Xã Đông Thọ'],
      ['E2E_XA_HA', 'Xã Hòa An'],
    ] as const) {
      const unit = await apiFromPage(page, 'POST', '/api/org/units', {
        code,
        name,
        kind: 'commune',
        parentCode: 'E2E_TINH',
        validFrom: '2025-07-01',
      });
      expect(unit.status).toBe(201);
    }

    await page.getByRole('menuitem', { name: 'Quản trị' }).click();
    await page.getByRole('menuitem', { name: 'Người dùng' }).click();
    await page.waitForURL((u) => u.pathname === '/quan-tri/nguoi-dung');
    await page.locator('.ant-table-row', { hasText: 'Quản trị hệ thống' }).first().waitFor();
    await page.getByText('Tổng 1').waitFor();
    await screenshot(page, 'c1-users-list');

    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('Thêm người dùng').waitFor();
    await drawer.getByLabel('Tên đăng nhập').fill('tran.thi.binh');
    await drawer.getByLabel('Họ và tên').fill('Trần Thị Bình');
    await drawer.getByLabel('Vai trò').click();
    await pickOption(page, 'Cán bộ tổ chức');
    // Too short: the browser rejects it on blur with the contract's own message.
    await drawer.getByRole('textbox', { name: 'Mật khẩu' }).fill('ngan');
    await drawer.getByRole('textbox', { name: 'Mật khẩu' }).blur();
    await drawer.getByText('Mật khẩu phải có ít nhất 10 ký tự').waitFor();
    await screenshot(page, 'c2-create-user-validation');

    await drawer.getByRole('textbox', { name: 'Mật khẩu' }).fill('Binh-pass-2026');
    await drawer.getByRole('textbox', { name: 'Mật khẩu' }).blur();
    await drawer.getByText('Mật khẩu phải có ít nhất 10 ký tự').waitFor({ state: 'detached' });

    // An organisation officer needs a scope: the server says so and the message lands under the field.
    await drawer.getByRole('button', { name: 'Tạo người dùng' }).click();
    await drawer.getByText('Vui lòng chọn ít nhất một đơn vị trong phạm vi').waitFor();
    await screenshot(page, 'c3-create-user-server-validation');

    // The unit tree: searching without diacritics finds "Xã Đông Thọ".
    await drawer.getByLabel('Phạm vi').click();
    await page.locator('.ant-select-tree-treenode', { hasText: 'Tỉnh Thử Nghiệm' }).waitFor();
    await drawer.getByLabel('Phạm vi').pressSequentially('dong tho');
    const match = page.locator('.ant-select-tree-node-content-wrapper', { hasText: 'Xã Đông Thọ' });
    await match.waitFor();
    expect(
      await page.locator('.ant-select-tree-node-content-wrapper', { hasText: 'Xã Hòa An' }).count(),
    ).toBe(0);
    await screenshot(page, 'c3b-scope-tree-search');
    await match.click();
    await drawer.getByText('Thêm người dùng').click();
    await drawer.locator('.ant-select-selection-item', { hasText: 'Xã Đông Thọ' }).waitFor();
    await drawer.getByRole('button', { name: 'Tạo người dùng' }).click();
    await page.getByText('Đã tạo người dùng tran.thi.binh.').waitFor();
    await drawer.waitFor({ state: 'hidden' });

    const row = page.locator('.ant-table-row', { hasText: 'tran.thi.binh' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Trần Thị Bình');
    expect(await row.textContent()).toContain('Cán bộ tổ chức');
    expect(await row.textContent()).toContain('Xã Đông Thọ');
    expect(await row.textContent()).toContain('Hoạt động');
    await page.getByText('Tổng 2').waitFor();
    await screenshot(page, 'c4-user-created');

    // Edit: the drawer loads the record, saves only what changed.
    await row.getByRole('button', { name: 'Sửa tran.thi.binh' }).click();
    const editor = page.getByRole('dialog');
    await editor.getByText('Sửa người dùng tran.thi.binh').waitFor();
    await editor.getByLabel('Họ và tên').fill('Trần Thị Bình An');
    await screenshot(page, 'c5-edit-user');
    await editor.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu thay đổi.').waitFor();
    await row.getByText('Trần Thị Bình An').waitFor();

    // Someone else saves the same record while the drawer is open: the save is refused with 409,
    // the user is told, and the drawer reloads the newer record.
    await row.getByRole('button', { name: 'Sửa tran.thi.binh' }).click();
    await editor.getByText('Sửa người dùng tran.thi.binh').waitFor();
    const found = await apiFromPage(page, 'GET', '/api/admin/users?q=tran');
    const other = (found.json as { items: { id: number; version: number }[] }).items[0];
    const { status } = await apiFromPage(page, 'PATCH', `/api/admin/users/${other?.id}`, {
      displayName: 'Trần Thị Bình (đã sửa nơi khác)',
      version: other?.version,
    });
    expect(status).toBe(200);
    await editor.getByLabel('Họ và tên').fill('Trần Thị Bình An Nhiên');
    await editor.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Người dùng này vừa được người khác thay đổi', { exact: false }).waitFor();
    await page.waitForFunction(
      () =>
        (document.querySelector('#userEdit_displayName') as HTMLInputElement | null)?.value ===
        'Trần Thị Bình (đã sửa nơi khác)',
    );
    await screenshot(page, 'c5b-edit-version-conflict');
    await editor.getByLabel('Họ và tên').fill('Trần Thị Bình An');
    await editor.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu thay đổi.').first().waitFor();
    await row.getByText('Trần Thị Bình An').waitFor();

    // Reset password: confirmation first, then the new password shown once.
    await row.getByRole('button', { name: 'Đặt lại mật khẩu tran.thi.binh' }).click();
    await page.getByText('Đặt lại mật khẩu?').waitFor();
    await screenshot(page, 'c6-reset-password-confirm');
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    const secret = page.getByTestId('one-time-secret');
    await secret.waitFor();
    resetPassword = (await secret.textContent()) ?? '';
    expect(resetPassword.length).toBeGreaterThanOrEqual(10);
    await screenshot(page, 'c7-reset-password-shown-once');
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).last().click();
    await secret.waitFor({ state: 'detached' });

    // Search and filter live in the URL.
    await page.getByPlaceholder('Tìm theo tên đăng nhập hoặc họ và tên').fill('tran');
    await page.getByPlaceholder('Tìm theo tên đăng nhập hoặc họ và tên').press('Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === 'tran');
    await page.getByText('Tổng 1').waitFor();
    await row.waitFor();

    await page.getByRole('menuitem', { name: 'Nhật ký hệ thống' }).click();
    await page.waitForURL((u) => u.pathname === '/quan-tri/nhat-ky');
    await page.getByLabel('Hành động').fill('user.create');
    await page.getByRole('button', { name: /Lọc$/ }).click();
    await page.waitForURL((u) => u.searchParams.get('action') === 'user.create');
    const entry = page.locator('.ant-table-row', { hasText: 'user.create' }).first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Tạo người dùng');
    expect(await entry.textContent()).toContain('admin');
    await entry.locator('.ant-table-row-expand-icon').click();
    const expanded = page.locator('.ant-table-expanded-row').first();
    await expanded.getByText('Sau khi thay đổi').waitFor();
    expect(await expanded.textContent()).toContain('tran.thi.binh');
    await screenshot(page, 'c8-audit-user-create');
    await context.close();
  });

  it('(e) a user with a temporary password changes it, manages API tokens and reads the roles', async () => {
    expect(resetPassword).not.toBe('');
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'tran.thi.binh', resetPassword);
    await page.getByText('Bạn cần đổi mật khẩu').waitFor();
    await screenshot(page, 'e1-must-change-password');

    await page.getByRole('button', { name: 'Đổi mật khẩu ngay' }).click();
    await page.waitForURL((u) => u.pathname === '/tai-khoan/doi-mat-khau');
    await page.getByLabel('Mật khẩu hiện tại').fill(resetPassword);
    await page.getByLabel(/^\*?\s*Mật khẩu mới$/).fill(resetPassword);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(resetPassword);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Mật khẩu mới phải khác mật khẩu hiện tại').waitFor();
    await screenshot(page, 'e2-change-password-validation');
    await page.getByLabel(/^\*?\s*Mật khẩu mới$/).fill('Binh-new-pass-2026');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('Binh-new-pass-2026');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Đã đổi mật khẩu.').waitFor();
    await page.waitForURL((u) => u.pathname === '/');
    await page.getByText('Xin chào, Trần Thị Bình An').waitFor();
    expect(await page.getByText('Bạn cần đổi mật khẩu').count()).toBe(0);

    await page.getByRole('button', { name: 'Tài khoản' }).click();
    await page.getByRole('menuitem', { name: 'Token API' }).click();
    await page.waitForURL((u) => u.pathname === '/tai-khoan/token-api');
    await page.getByText('Bạn chưa có token API nào', { exact: false }).waitFor();
    await page.getByLabel('Tên token').fill('Đồng bộ phần mềm hồ sơ');
    await page.getByRole('button', { name: 'Tạo token' }).click();
    const secret = page.getByTestId('one-time-secret');
    await secret.waitFor();
    const token = (await secret.textContent()) ?? '';
    expect(token.length).toBeGreaterThan(20);
    await screenshot(page, 'e3-token-created');
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).last().click();
    const tokenRow = page.locator('.ant-table-row', { hasText: 'Đồng bộ phần mềm hồ sơ' });
    await tokenRow.getByText('Đang dùng').waitFor();

    // The token works as a bearer token, with no cookie.
    const viaToken = await fetch(`${server.baseUrl}/api/auth/me`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(viaToken.status).toBe(200);

    await tokenRow.getByRole('button', { name: 'Thu hồi' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Thu hồi' }).click();
    await tokenRow.getByText('Đã thu hồi', { exact: false }).waitFor();
    await screenshot(page, 'e4-token-revoked');
    const afterRevoke = await fetch(`${server.baseUrl}/api/auth/me`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(afterRevoke.status).toBe(401);

    await page.getByRole('menuitem', { name: 'Quản trị' }).click();
    await page.getByRole('menuitem', { name: 'Vai trò' }).click();
    await page.waitForURL((u) => u.pathname === '/quan-tri/vai-tro');
    await page.locator('.ant-table-row', { hasText: 'Cán bộ tổ chức' }).waitFor();
    await screenshot(page, 'e5-roles');
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Roles and permissions' }).waitFor();
    await page.locator('.ant-table-row', { hasText: 'Organisation officer' }).waitFor();
    await screenshot(page, 'e6-roles-en');
    await page.getByText('Tiếng Việt', { exact: true }).click();
    await context.close();
  });
});
