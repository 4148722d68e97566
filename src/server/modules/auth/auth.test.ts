import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login, makeUser, PASSWORD } from '../../testing/factories';
import { createTestApp } from '../../testing/harness';
import { appUser, authSession } from './schema';

describe('sign-in', async () => {
  const { app, db } = await createTestApp({ lockoutThreshold: 3 });

  it('logs in, returns the user and a CSRF token, and sets an HttpOnly SameSite=Strict cookie', async () => {
    const u = await makeUser(db, 'officer');
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: u.username, password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user.username).toBe(u.username);
    expect(body.user.role).toBe('officer');
    expect(body.csrfToken).toMatch(/.{20,}/);
    const cookie = res.cookies.find((c) => c.name === 'cadre_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `cadre_session=${cookie?.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe(u.username);
  });

  it('stores sessions hashed: the cookie value is not in the table', async () => {
    const u = await makeUser(db, 'leader');
    const s = await login(app, u.username);
    const raw = s.cookie.split('=')[1] ?? '';
    const rows = await db.select().from(authSession).where(eq(authSession.idHash, raw));
    expect(rows).toHaveLength(0);
  });

  it('answers a wrong password and an unknown user with the same 401 and message', async () => {
    const u = await makeUser(db, 'officer');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: u.username, password: 'sai-mat-khau' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'khong-ton-tai', password: 'x' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
  });

  it('locks the account after repeated failures with 429 and Retry-After, even for the right password', async () => {
    const u = await makeUser(db, 'officer');
    const attempt = (password: string) =>
      app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: u.username, password } });
    expect((await attempt('sai-1')).statusCode).toBe(401);
    expect((await attempt('sai-2')).statusCode).toBe(401);
    const third = await attempt('sai-3');
    expect(third.statusCode).toBe(429);
    expect(third.json().error.code).toBe('ACCOUNT_LOCKED');
    const right = await attempt(PASSWORD);
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(60);
    const sessions = await db.select().from(authSession).where(eq(authSession.userId, u.id));
    expect(sessions).toHaveLength(0);
  });

  it('rotates the session on login: the previous session id stops working', async () => {
    const u = await makeUser(db, 'officer');
    const first = await login(app, u.username);
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: first.cookie },
      payload: { username: u.username, password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const old = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: first.cookie } });
    expect(old.statusCode).toBe(401);
  });

  it('expires a session idle for 30 minutes and one older than 12 hours', async () => {
    const u = await makeUser(db, 'officer');
    const idle = await login(app, u.username);
    await db
      .update(authSession)
      .set({ lastSeenAt: sql`now() - interval '31 minutes'` })
      .where(eq(authSession.userId, u.id));
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: idle.cookie } })).statusCode,
    ).toBe(401);

    const old = await login(app, u.username);
    await db
      .update(authSession)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(authSession.userId, u.id));
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: old.cookie } })).statusCode,
    ).toBe(401);
  });

  it('logs out: the session ends', async () => {
    const u = await makeUser(db, 'cadre');
    const s = await login(app, u.username);
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: s.headers });
    expect(out.statusCode).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } })).statusCode,
    ).toBe(401);
  });

  it('refuses a state-changing request on a cookie session without the CSRF header (403), changing nothing', async () => {
    const u = await makeUser(db, 'cadre');
    const s = await login(app, u.username);
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: s.cookie },
      payload: { currentPassword: PASSWORD, newPassword: 'Mat-khau-moi-2026' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_INVALID');
    const wrongToken = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': 'sai' },
    });
    expect(wrongToken.statusCode).toBe(403);
    await login(app, u.username, PASSWORD); // old password still works: nothing changed
  });

  it('changes the password: the old one stops working, other sessions end, this one stays', async () => {
    const u = await makeUser(db, 'cadre');
    const other = await login(app, u.username);
    const s = await login(app, u.username);
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: s.headers,
      payload: { currentPassword: PASSWORD, newPassword: 'Mat-khau-moi-2026' },
    });
    expect(res.statusCode).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } })).statusCode,
    ).toBe(200);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: other.cookie } }))
        .statusCode,
    ).toBe(401);
    await expect(login(app, u.username, PASSWORD)).rejects.toThrow(/401/);
    await login(app, u.username, 'Mat-khau-moi-2026');
  });

  it('rejects a wrong current password and a too-short new one, naming the field', async () => {
    const u = await makeUser(db, 'cadre');
    const s = await login(app, u.username);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: s.headers,
      payload: { currentPassword: 'khong-dung-2026', newPassword: 'Mat-khau-moi-2026' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details).toEqual([
      { path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' },
    ]);
    const short = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: s.headers,
      payload: { currentPassword: PASSWORD, newPassword: 'ngan' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details).toEqual([
      { path: 'newPassword', message: 'Mật khẩu phải có ít nhất 10 ký tự' },
    ]);
  });

  it('rejects malformed JSON, wrong types, unknown fields and over-long strings with 400 naming the fields', async () => {
    const post = (payload: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload,
      });
    const malformed = await post('{"username": ');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('INVALID_JSON');

    const wrongType = await post(JSON.stringify({ username: 42, password: 'x' }));
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.details.map((d: { path: string }) => d.path)).toEqual(['username']);

    const unknown = await post(JSON.stringify({ username: 'a', password: 'b', role: 'admin' }));
    expect(unknown.json().error.details).toEqual([{ path: 'role', message: 'Trường không được phép' }]);

    const long = await post(JSON.stringify({ username: 'a'.repeat(65), password: 'b' }));
    expect(long.json().error.details).toEqual([
      { path: 'username', message: 'Tên đăng nhập tối đa 64 ký tự' },
    ]);
  });

  it('records failed logins and lockout, not passwords, for the account', async () => {
    const u = await makeUser(db, 'officer');
    await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: u.username, password: 'sai-mat-khau' },
    });
    const [row] = await db.select().from(appUser).where(eq(appUser.id, u.id));
    expect(row?.failedLogins).toBe(1);
    await login(app, u.username);
    const [after] = await db.select().from(appUser).where(eq(appUser.id, u.id));
    expect(after?.failedLogins).toBe(0);
    expect(after?.lastLoginAt).not.toBeNull();
  });
});

describe('login rate limit per IP', async () => {
  const { app } = await createTestApp({ loginRatePerMinute: 3 });

  it('answers 429 with Retry-After once an address exceeds the limit', async () => {
    const attempt = () =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.9.8.7',
        payload: { username: 'ai-do', password: 'x' },
      });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});
