import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login, makeTree, makeUser } from '../../testing/factories';
import { createTestApp, uniq } from '../../testing/harness';
import { auditLog } from './schema';

describe('audit log', async () => {
  const { app, db, pool } = await createTestApp();

  it('writes one row per mutation with actor, before, after, request id and IP, never the password hash', async () => {
    const tree = await makeTree(db);
    const admin = await makeUser(db, 'admin');
    const s = await login(app, admin.username);
    const username = uniq('audit.');
    const res = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: { ...s.headers, 'x-request-id': `req-${username}` },
      remoteAddress: '10.1.2.3',
      payload: {
        username,
        displayName: 'Hà Văn Tú',
        role: 'cadre',
        scope: [tree.communeA.code],
        password: 'Mat-khau-dai-2026',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['x-request-id']).toBe(`req-${username}`);
    const rows = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.requestId, `req-${username}`));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'user.create',
      entity: 'app_user',
      entityId: String(res.json().id),
      actorUsername: admin.username,
      ip: '10.1.2.3',
      after: { username, displayName: 'Hà Văn Tú', role: 'cadre', active: true, scope: [tree.communeA.code] },
    });
    expect(JSON.stringify(rows[0])).not.toMatch(/argon2/);
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database', async () => {
    const [row] = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(row).toBeDefined();
    await expect(
      pool.query('update audit_log set action = $1 where id = $2', ['x', row?.id]),
    ).rejects.toThrow(/append-only/);
    await expect(pool.query('delete from audit_log where id = $1', [row?.id])).rejects.toThrow(/append-only/);
    await expect(pool.query('truncate audit_log')).rejects.toThrow(/append-only/);
  });

  it('an admin filters the log by actor, action, entity and date', async () => {
    const admin = await makeUser(db, 'admin');
    const s = await login(app, admin.username);
    const res = await app.inject({
      method: 'GET',
      url: `/api/admin/audit?actor=${admin.username}&action=auth.login&pageSize=10`,
      headers: { cookie: s.cookie },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      actorUsername: admin.username,
      action: 'auth.login',
      entity: 'app_user',
    });
    const future = await app.inject({
      method: 'GET',
      url: `/api/admin/audit?actor=${admin.username}&from=2099-01-01`,
      headers: { cookie: s.cookie },
    });
    expect(future.json().total).toBe(0);
    const badDate = await app.inject({
      method: 'GET',
      url: '/api/admin/audit?from=2026-02-31',
      headers: { cookie: s.cookie },
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.details).toEqual([{ path: 'from', message: 'Ngày không tồn tại' }]);
  });
});
