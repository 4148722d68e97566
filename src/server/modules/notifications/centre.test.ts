import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { NotificationPage, NotificationPreferences } from '../../../core/contracts/notifications';
import { login, makeCadre, makePerson, makeTree, makeUser } from '../../testing/factories';
import { createTestApp } from '../../testing/harness';
import { auditLog } from '../audit/schema';
import { makeCourse, makeInstitution } from '../training/courses/test-helpers';
import { notify } from './notify';
import { notification } from './schema';

describe('notification centre', async () => {
  const { app, db } = await createTestApp();
  const tree = await makeTree(db);
  const person = await makePerson(db, tree.communeA, { fullName: 'Vũ Thị Thông Báo' });
  const cadre = await makeCadre(db, tree.communeA, person.id);
  const self = await login(app, cadre.username);
  const officer = await makeUser(db, 'officer', [tree.communeA]);
  const off = await login(app, officer.username);

  const page = async (s = self, query = '') => {
    const res = await app.inject({ method: 'GET', url: `/api/notifications${query}`, headers: s.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as NotificationPage;
  };
  const draft = (title: string) => ({ kind: 'plan_decision' as const, title, body: `${title}.`, link: '/x' });

  it('lists the account’s and the linked person’s rows only, newest first; 404 on another’s', async () => {
    await db.transaction(async (tx) => {
      await notify(tx, [{ personId: person.id }], draft('Cho người'));
      await notify(tx, [{ userId: cadre.id }], draft('Cho tài khoản'));
      await notify(tx, [{ userId: officer.id }], draft('Cho cán bộ tổ chức'));
    });
    const mine = await page();
    expect(mine.items.map((i) => i.title).sort()).toEqual(['Cho người', 'Cho tài khoản']);
    expect(mine).toMatchObject({ total: 2, unread: 2 });
    const theirs = await page(off);
    expect(theirs.items.map((i) => i.title)).toEqual(['Cho cán bộ tổ chức']);

    const foreign = theirs.items[0]?.id;
    const denied = await app.inject({
      method: 'POST',
      url: `/api/notifications/${foreign}/read`,
      headers: self.headers,
    });
    expect(denied.statusCode).toBe(404);
    expect(denied.json().error.code).toBe('NOTIFICATION_NOT_FOUND');
    expect((await page(off)).unread).toBe(1);
  });

  it('counts unread, marks one and then all read, filters unread only', async () => {
    const count0 = await app.inject({
      method: 'GET',
      url: '/api/notifications/unread-count',
      headers: self.headers,
    });
    expect(count0.json()).toEqual({ unread: 2 });
    const first = (await page()).items[0]?.id;
    const one = await app.inject({
      method: 'POST',
      url: `/api/notifications/${first}/read`,
      headers: self.headers,
    });
    expect(one.statusCode).toBe(204);
    const unreadOnly = await page(self, '?unreadOnly=true');
    expect(unreadOnly).toMatchObject({ total: 1, unread: 1 });
    expect(unreadOnly.items[0]?.id).not.toBe(first);
    const all = await app.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: self.headers,
    });
    expect(all.statusCode).toBe(204);
    const after = await page();
    expect(after).toMatchObject({ total: 2, unread: 0 });
    expect(after.items.every((i) => i.readAt !== null)).toBe(true);
  });

  it('round-trips preferences (audited) and names the field of a bad kind', async () => {
    const get0 = await app.inject({
      method: 'GET',
      url: '/api/notifications/preferences',
      headers: self.headers,
    });
    const prefs0 = get0.json() as NotificationPreferences;
    expect(prefs0.emailAvailable).toBe(false);
    expect(prefs0.items.every((i) => i.inApp && i.email)).toBe(true);
    expect(prefs0.items).toHaveLength(7);

    const put = await app.inject({
      method: 'PUT',
      url: '/api/notifications/preferences',
      headers: self.headers,
      payload: { items: [{ kind: 'nomination', inApp: false, email: false }] },
    });
    expect(put.statusCode, put.body).toBe(200);
    const prefs = put.json() as NotificationPreferences;
    expect(prefs.items.find((i) => i.kind === 'nomination')).toEqual({
      kind: 'nomination',
      inApp: false,
      email: false,
    });
    expect(prefs.items.find((i) => i.kind === 'digest')).toEqual({
      kind: 'digest',
      inApp: true,
      email: true,
    });
    const [audited] = await db
      .select({ n: count() })
      .from(auditLog)
      .where(
        and(eq(auditLog.actorUsername, cadre.username), eq(auditLog.action, 'notification.preferences')),
      );
    expect(audited?.n).toBe(1);

    const bad = await app.inject({
      method: 'PUT',
      url: '/api/notifications/preferences',
      headers: self.headers,
      payload: { items: [{ kind: 'spam', inApp: true, email: true }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('items.0.kind');

    // Switched off in the app: notify() writes nothing for this person.
    const written = await db.transaction((tx) =>
      notify(tx, [{ personId: person.id }], { kind: 'nomination', title: 'x', body: 'x' }),
    );
    expect(written).toBe(0);
  });

  it('tells a nominated person, in the nomination’s transaction', async () => {
    const admin = await login(app, (await makeUser(db, 'admin')).username);
    const school = await login(app, (await makeUser(db, 'institution', [tree.province])).username);
    const c = await makeCourse(app, school, await makeInstitution(app, admin, tree.province), tree.province, {
      startDate: '2026-03-02',
      endDate: '2026-08-28',
    });
    const nominee = await makePerson(db, tree.communeA, { fullName: 'Đinh Văn Được Cử' });
    const res = await app.inject({
      method: 'POST',
      url: `/api/training/courses/${c.id}/enrolments`,
      headers: off.headers,
      payload: { unitCode: tree.communeA.code, personIds: [nominee.id] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const rows = await db.select().from(notification).where(eq(notification.personId, nominee.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'nomination', link: '/dao-tao/cua-toi' });
    expect(rows[0]?.body).toBe('Anh/chị được cử đi học lớp Lớp thử nghiệm (02/03/2026–28/08/2026).');
  });

  it('lets an officer set and clear a user’s e-mail, refusing a bad address', async () => {
    const u = await makeUser(db, 'cadre', [tree.communeA]);
    const set = await app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${u.id}`,
      headers: off.headers,
      payload: { email: 'can.bo@xa.gov.vn', version: u.version },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().email).toBe('can.bo@xa.gov.vn');
    const bad = await app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${u.id}`,
      headers: off.headers,
      payload: { email: 'không phải e-mail', version: u.version + 1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toEqual({ path: 'email', message: 'Địa chỉ e-mail không hợp lệ' });
  });
});
