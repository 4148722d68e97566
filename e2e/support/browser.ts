import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { ADMIN_PASSWORD, ADMIN_USERNAME, ARTIFACTS } from './server';

/** Debian's Chromium, headless, with nothing that calls home. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh, signed-out browser profile as a Vietnamese officer's desktop would have it. */
export function newContext(
  browser: Browser,
  baseURL: string,
  width = 1280,
  height = 800,
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width, height },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  // Let antd's motion settle so the picture shows the final state; from the top, so sticky
  // headers are drawn where they belong in a full-page picture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export async function signIn(
  page: Page,
  username = ADMIN_USERNAME,
  password = ADMIN_PASSWORD,
): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Texts of the top-level items of the side menu, in order. */
export async function sideMenuItems(page: Page): Promise<string[]> {
  const items = page.locator('.ant-layout-sider .ant-menu-root > li');
  await items.first().waitFor();
  return (await items.allInnerTexts()).map((s) => s.trim());
}

/** Picks an option of an antd Select / TreeSelect that is open. */
export async function pickOption(page: Page, title: string): Promise<void> {
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`).click();
}

/**
 * Calls the API from inside the page, with the page's session cookie and CSRF token, as the app
 * itself would. Used to set up data or to play "another user" in a journey.
 */
export async function apiFromPage(
  page: Page,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, json: text ? (JSON.parse(text) as unknown) : null };
    },
    { method, path, body },
  );
}

/** The JSON of an API answer, failing loudly when the status is not the expected one. */
export async function ok(res: { status: number; json: unknown }, status = 201): Promise<unknown> {
  if (res.status !== status) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.json)}`);
  return res.json;
}

/** Types a date into an antd DatePicker (dd/MM/yyyy) and leaves the field (Enter would submit). */
export async function typeDate(root: Page | Locator, label: string, ddmmyyyy: string): Promise<void> {
  const input = root.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Tab');
}

/** Picks a unit in a tree-select by typing part of its name without diacritics. */
export async function pickUnit(
  root: Page | Locator,
  label: string,
  typed: string,
  name: string,
): Promise<void> {
  const page = 'page' in root && typeof root.page === 'function' ? root.page() : (root as Page);
  const select = root.getByLabel(label, { exact: true });
  await select.click();
  await select.pressSequentially(typed);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper', { hasText: name })
    .first()
    .click();
}
