import { describe, expect, it } from 'vitest';
import { login, makeUser } from '../../testing/factories';
import { createTestApp } from '../../testing/harness';

describe('bearer tokens', async () => {
  const { app, db } = await createTestApp();

  it('authenticates with a created token, without CSRF, and records last use', async () => {
    const u = await makeUser(db, 'officer');
    const s = await login(app, u.username);
    const created = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: s.headers,
      payload: { name: 'Tích hợp' },
    });
    expect(created.statusCode).toBe(201);
    const { token, item } = created.json();
    expect(token).toMatch(/^cadre_/);
    expect(item.lastUsedAt).toBeNull();

    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe(u.username);

    // A state-changing call with a bearer token needs no CSRF header.
    const second = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: { authorization: `Bearer ${token}` },
      payload: { name: 'Thứ hai' },
    });
    expect(second.statusCode).toBe(201);

    const list = await app.inject({ method: 'GET', url: '/api/auth/tokens', headers: { cookie: s.cookie } });
    const mine = list.json().find((t: { id: number }) => t.id === item.id);
    expect(mine.lastUsedAt).not.toBeNull();
  });

  it('answers 401 to an unknown or revoked token', async () => {
    const u = await makeUser(db, 'officer');
    const s = await login(app, u.username);
    const { token, item } = (
      await app.inject({
        method: 'POST',
        url: '/api/auth/tokens',
        headers: s.headers,
        payload: { name: 'Tạm' },
      })
    ).json();
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: 'Bearer cadre_khongco' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.code).toBe('INVALID_TOKEN');

    const revoke = await app.inject({
      method: 'DELETE',
      url: `/api/auth/tokens/${item.id}`,
      headers: s.headers,
    });
    expect(revoke.statusCode).toBe(204);
    const after = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.statusCode).toBe(401);
  });

  it("cannot revoke another user's token (404)", async () => {
    const a = await makeUser(db, 'officer');
    const b = await makeUser(db, 'officer');
    const sa = await login(app, a.username);
    const sb = await login(app, b.username);
    const { item } = (
      await app.inject({
        method: 'POST',
        url: '/api/auth/tokens',
        headers: sa.headers,
        payload: { name: 'Của A' },
      })
    ).json();
    const res = await app.inject({
      method: 'DELETE',
      url: `/api/auth/tokens/${item.id}`,
      headers: sb.headers,
    });
    expect(res.statusCode).toBe(404);
  });
});
