import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { todayVn } from '../../../core/catalog/dates';
import type { LearningPlan, MonitoredPlans } from '../../../core/contracts/learning-plans';
import { login, makeCadre, makePerson, makeTree, makeUnit, makeUser } from '../../testing/factories';
import { createTestApp } from '../../testing/harness';
import { auditLog } from '../audit/schema';
import { monitorInTree } from './service';

describe('monitorInTree', () => {
  it('accepts the same commune root or an ancestor, refuses another commune', () => {
    expect(monitorInTree('/1/5/9/', '/1/5/')).toBe(true);
    expect(monitorInTree('/1/5/9/', '/1/5/12/')).toBe(true);
    expect(monitorInTree('/1/5/9/', '/1/')).toBe(true);
    expect(monitorInTree('/1/5/9/', '/1/6/')).toBe(false);
    expect(monitorInTree('/1/', '/1/5/')).toBe(false);
    expect(monitorInTree('/1/5/', null)).toBe(false);
  });
});

describe('personal learning plans', async () => {
  const { app, db } = await createTestApp();
  const tree = await makeTree(db);
  const village = await makeUnit(db, tree.communeA, 'Thôn Một');
  const officer = await makeUser(db, 'officer', [tree.communeA]);
  const outsider = await makeUser(db, 'officer', [tree.communeB]);
  const s = await login(app, officer.username);
  const person = await makePerson(db, village, { fullName: 'Trần Văn Học' });
  const monitor = await makePerson(db, tree.communeA, { fullName: 'Lê Thị Theo Dõi' });
  const farMonitor = await makePerson(db, tree.communeB, { fullName: 'Phạm Văn Xa' });
  const other = await makePerson(db, tree.communeA, { fullName: 'Đỗ Văn Khác' });
  const self = await login(app, (await makeCadre(db, village, person.id)).username);
  const mon = await login(app, (await makeCadre(db, tree.communeA, monitor.id)).username);
  const stranger = await login(app, (await makeCadre(db, tree.communeA, other.id)).username);
  const year = Number(todayVn().slice(0, 4)) - 1;
  const url = `/api/people/${person.id}/learning-plans/${year}`;

  async function audits(username: string) {
    const [r] = await db.select({ n: count() }).from(auditLog).where(eq(auditLog.actorUsername, username));
    return r?.n ?? 0;
  }

  it('lets an officer make a plan, the person mark an item done and the monitor see the overdue one', async () => {
    const put = await app.inject({
      method: 'PUT',
      url,
      headers: s.headers,
      payload: { monitorPersonId: monitor.id, note: 'Hoàn thiện trình độ' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().monitor.id).toBe(monitor.id);

    const a = await app.inject({
      method: 'POST',
      url: `${url}/items`,
      headers: s.headers,
      payload: { title: 'Học tiếng dân tộc', dueDate: `${year}-03-01` },
    });
    expect(a.statusCode, a.body).toBe(201);
    const b = await app.inject({
      method: 'POST',
      url: `${url}/items`,
      headers: s.headers,
      payload: { title: 'Bồi dưỡng kỹ năng số', dueDate: `${year}-06-30`, note: 'Trực tuyến' },
    });
    expect(b.statusCode, b.body).toBe(201);
    const plan = b.json() as LearningPlan;
    expect(plan.items).toHaveLength(2);
    expect(plan.items.every((i) => i.overdue)).toBe(true);

    const seen = await app.inject({ method: 'GET', url, headers: self.headers });
    expect(seen.statusCode, seen.body).toBe(200);
    const mine = seen.json() as LearningPlan;
    expect(mine.canEdit).toBe(false);
    const second = mine.items.find((i) => i.title === 'Bồi dưỡng kỹ năng số');
    expect(second).toBeDefined();
    const done = await app.inject({
      method: 'POST',
      url: `${url}/items/${second?.id}/status`,
      headers: self.headers,
      payload: { status: 'done', version: second?.version },
    });
    expect(done.statusCode, done.body).toBe(200);
    const after = done.json() as LearningPlan;
    expect(after.items.find((i) => i.id === second?.id)).toMatchObject({ status: 'done', overdue: false });

    const list = await app.inject({
      method: 'GET',
      url: '/api/learning-plans/monitored',
      headers: mon.headers,
    });
    expect(list.statusCode, list.body).toBe(200);
    const body = list.json() as MonitoredPlans;
    expect(body.linked).toBe(true);
    const entry = body.plans.find((p) => p.person.id === person.id);
    expect(entry).toMatchObject({ year, overdue: 1 });
    expect(entry?.items[0]).toMatchObject({ title: 'Học tiếng dân tộc', overdue: true });

    // The monitor reads the plan too.
    expect((await app.inject({ method: 'GET', url, headers: mon.headers })).statusCode).toBe(200);
    // The person cannot edit the plan itself (people.write).
    const edit = await app.inject({
      method: 'PUT',
      url,
      headers: self.headers,
      payload: { monitorPersonId: null },
    });
    expect(edit.statusCode).toBe(403);
  });

  it('answers 404 to another cadre and to an out-of-scope officer, writing nothing', async () => {
    expect((await app.inject({ method: 'GET', url, headers: stranger.headers })).statusCode).toBe(404);
    const plan = (await app.inject({ method: 'GET', url, headers: s.headers })).json() as LearningPlan;
    const item = plan.items[0];
    const mark = await app.inject({
      method: 'POST',
      url: `${url}/items/${item?.id}/status`,
      headers: stranger.headers,
      payload: { status: 'done', version: item?.version },
    });
    expect(mark.statusCode).toBe(404);

    const o = await login(app, outsider.username);
    const before = await audits(outsider.username);
    expect((await app.inject({ method: 'GET', url, headers: o.headers })).statusCode).toBe(404);
    const put = await app.inject({
      method: 'PUT',
      url,
      headers: o.headers,
      payload: { monitorPersonId: null },
    });
    expect(put.statusCode).toBe(404);
    const add = await app.inject({
      method: 'POST',
      url: `${url}/items`,
      headers: o.headers,
      payload: { title: 'X', dueDate: `${year}-05-01` },
    });
    expect(add.statusCode).toBe(404);
    expect(await audits(outsider.username)).toBe(before);
  });

  it('refuses a monitor from another commune, an early due date and a year out of range', async () => {
    const before = await audits(officer.username);
    const far = await app.inject({
      method: 'PUT',
      url,
      headers: s.headers,
      payload: { monitorPersonId: farMonitor.id },
    });
    expect(far.statusCode).toBe(400);
    expect(far.json().error.details[0].path).toBe('monitorPersonId');

    const early = await app.inject({
      method: 'POST',
      url: `${url}/items`,
      headers: s.headers,
      payload: { title: 'Sớm quá', dueDate: `${year - 1}-12-31` },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details[0].path).toBe('dueDate');

    const bad = await app.inject({
      method: 'PUT',
      url: `/api/people/${person.id}/learning-plans/1800`,
      headers: s.headers,
      payload: { monitorPersonId: null },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('year');

    expect(await audits(officer.username)).toBe(before);
    const plan = (await app.inject({ method: 'GET', url, headers: s.headers })).json() as LearningPlan;
    expect(plan.monitor?.id).toBe(monitor.id);
    expect(plan.items).toHaveLength(2);
  });
});
