import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login, makeTree, makeUnit, makeUser } from '../../testing/factories';
import { createTestApp, uniq } from '../../testing/harness';
import { auditLog } from '../audit/schema';
import { appUser } from '../auth/schema';

describe('user administration and scope', async () => {
  const { app, db } = await createTestApp();

  async function officerOf() {
    const tree = await makeTree(db);
    const officer = await makeUser(db, 'officer', [tree.communeA]);
    const session = await login(app, officer.username);
    return { tree, officer, session };
  }

  it('an officer sees only users inside its subtrees; an out-of-scope id answers 404', async () => {
    const { tree, session } = await officerOf();
    const inside = await makeUser(db, 'cadre', [tree.communeA]);
    const outside = await makeUser(db, 'cadre', [tree.communeB]);

    const list = await app.inject({
      method: 'GET',
      url: `/api/admin/users?q=${inside.username}`,
      headers: { cookie: session.cookie },
    });
    expect(list.json().items.map((u: { id: number }) => u.id)).toEqual([inside.id]);
    const hidden = await app.inject({
      method: 'GET',
      url: `/api/admin/users?q=${outside.username}`,
      headers: { cookie: session.cookie },
    });
    expect(hidden.json()).toMatchObject({ items: [], total: 0 });

    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/admin/users/${inside.id}`,
          headers: { cookie: session.cookie },
        })
      ).statusCode,
    ).toBe(200);
    const out = await app.inject({
      method: 'GET',
      url: `/api/admin/users/${outside.id}`,
      headers: { cookie: session.cookie },
    });
    expect(out.statusCode).toBe(404);
    expect(out.json().error.code).toBe('USER_NOT_FOUND');
  });

  it('an out-of-scope user cannot be changed or reset, and nothing is written', async () => {
    const { tree, session } = await officerOf();
    const outside = await makeUser(db, 'cadre', [tree.communeB]);
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${outside.id}`,
      headers: session.headers,
      payload: { displayName: 'Đổi tên trái phép', version: outside.version },
    });
    expect(patch.statusCode).toBe(404);
    const reset = await app.inject({
      method: 'POST',
      url: `/api/admin/users/${outside.id}/reset-password`,
      headers: session.headers,
    });
    expect(reset.statusCode).toBe(404);
    const [row] = await db.select().from(appUser).where(eq(appUser.id, outside.id));
    expect(row?.displayName).toBe(outside.displayName);
    expect(row?.version).toBe(outside.version);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'app_user'), eq(auditLog.entityId, String(outside.id))));
    expect(audits.map((a) => a.action)).toEqual(['user.create']);
  });

  it('an officer creates users only inside its scope and never an admin', async () => {
    const { tree, session } = await officerOf();
    const child = await makeUnit(db, tree.communeA, 'Thôn Bản Lầu');
    const base = { displayName: 'Lò Thị Mai', password: 'Mat-khau-dai-2026' };
    const ok = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: session.headers,
      payload: { ...base, username: uniq('mai.'), role: 'cadre', scope: [child.code] },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().scope).toEqual([{ code: child.code, name: 'Thôn Bản Lầu' }]);

    const outside = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: session.headers,
      payload: { ...base, username: uniq('x.'), role: 'cadre', scope: [tree.communeB.code] },
    });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('SCOPE_NOT_ALLOWED');

    const admin = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: session.headers,
      payload: { ...base, username: uniq('x.'), role: 'admin', scope: [] },
    });
    expect(admin.statusCode).toBe(403);
    expect(admin.json().error.code).toBe('ROLE_NOT_ALLOWED');
  });

  it('roles without the permission get 403 (leader cannot write, cadre cannot read)', async () => {
    const tree = await makeTree(db);
    const leader = await makeUser(db, 'leader', [tree.province]);
    const cadre = await makeUser(db, 'cadre', [tree.communeA]);
    const ls = await login(app, leader.username);
    const cs = await login(app, cadre.username);
    expect(
      (await app.inject({ method: 'GET', url: '/api/admin/users', headers: { cookie: ls.cookie } }))
        .statusCode,
    ).toBe(200);
    const write = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: ls.headers,
      payload: {
        username: uniq('y.'),
        displayName: 'A',
        role: 'cadre',
        scope: [tree.communeA.code],
        password: 'Mat-khau-dai-2026',
      },
    });
    expect(write.statusCode).toBe(403);
    expect(
      (await app.inject({ method: 'GET', url: '/api/admin/users', headers: { cookie: cs.cookie } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await app.inject({ method: 'GET', url: '/api/admin/audit', headers: { cookie: ls.cookie } }))
        .statusCode,
    ).toBe(403);
  });

  it('validates with Vietnamese messages per field and writes nothing', async () => {
    const { session } = await officerOf();
    const username = uniq('bad.');
    const res = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: session.headers,
      payload: { username: `${username}!`, displayName: '', role: 'vua', scope: [], password: 'ngan' },
    });
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as { path: string; message: string }[];
    expect(details.map((d) => d.path).sort()).toEqual(['displayName', 'password', 'role', 'username']);
    expect(details.find((d) => d.path === 'password')?.message).toBe('Mật khẩu phải có ít nhất 10 ký tự');
    expect(
      await db
        .select()
        .from(appUser)
        .where(eq(appUser.username, `${username}!`)),
    ).toHaveLength(0);

    const unknownUnit = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: session.headers,
      payload: {
        username,
        displayName: 'A',
        role: 'cadre',
        scope: ['KHONG_CO'],
        password: 'Mat-khau-dai-2026',
      },
    });
    expect(unknownUnit.statusCode).toBe(400);
    expect(unknownUnit.json().error.details).toEqual([
      { path: 'scope', message: 'Không tìm thấy đơn vị có mã: KHONG_CO' },
    ]);
    expect(await db.select().from(appUser).where(eq(appUser.username, username))).toHaveLength(0);
  });

  it('refuses a duplicate username with 409 naming the field', async () => {
    const tree = await makeTree(db);
    const existing = await makeUser(db, 'cadre', [tree.communeA]);
    const admin = await makeUser(db, 'admin');
    const s = await login(app, admin.username);
    const res = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: s.headers,
      payload: {
        username: existing.username,
        displayName: 'B',
        role: 'cadre',
        scope: [tree.communeA.code],
        password: 'Mat-khau-dai-2026',
      },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details[0].path).toBe('username');
  });

  it('a stale edit gets 409 and does not overwrite the newer one', async () => {
    const { tree, session } = await officerOf();
    const target = await makeUser(db, 'cadre', [tree.communeA]);
    const first = await app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${target.id}`,
      headers: session.headers,
      payload: { displayName: 'Tên mới nhất', version: target.version },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(target.version + 1);
    const stale = await app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${target.id}`,
      headers: session.headers,
      payload: { displayName: 'Tên cũ', version: target.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const [row] = await db.select().from(appUser).where(eq(appUser.id, target.id));
    expect(row?.displayName).toBe('Tên mới nhất');
  });

  it('disabling a user ends their sessions; resetting a password gives a new one once', async () => {
    const { tree, session } = await officerOf();
    const target = await makeUser(db, 'cadre', [tree.communeA]);
    const ts = await login(app, target.username);
    const reset = await app.inject({
      method: 'POST',
      url: `/api/admin/users/${target.id}/reset-password`,
      headers: session.headers,
    });
    expect(reset.statusCode).toBe(200);
    const { password } = reset.json();
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: ts.cookie } })).statusCode,
    ).toBe(401);
    const fresh = await login(app, target.username, password);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: fresh.cookie } });
    expect(me.json().user.mustChangePassword).toBe(true);

    const [row] = await db.select().from(appUser).where(eq(appUser.id, target.id));
    const disable = await app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${target.id}`,
      headers: session.headers,
      payload: { active: false, version: row?.version ?? 0 },
    });
    expect(disable.statusCode).toBe(200);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: fresh.cookie } }))
        .statusCode,
    ).toBe(401);
    await expect(login(app, target.username, password)).rejects.toThrow(/401/);
  });

  it('nobody can disable themselves', async () => {
    const admin = await makeUser(db, 'admin');
    const s = await login(app, admin.username);
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${admin.id}`,
      headers: s.headers,
      payload: { active: false, version: admin.version },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('CANNOT_CHANGE_SELF');
  });

  it('the unit picker lists only units inside the scope', async () => {
    const { tree, session } = await officerOf();
    const res = await app.inject({
      method: 'GET',
      url: '/api/org/units',
      headers: { cookie: session.cookie },
    });
    const codes = res.json().map((u: { code: string }) => u.code);
    expect(codes).toContain(tree.communeA.code);
    expect(codes).not.toContain(tree.communeB.code);
    expect(codes).not.toContain(tree.province.code);
  });
});
