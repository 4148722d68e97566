import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../core/contracts/plans';
import { login, makeTree, makeUser, type Session, type Unit } from '../../testing/factories';
import { createTestApp } from '../../testing/harness';
import { auditLog } from '../audit/schema';
import { trainingPlan } from './schema';

/**
 * Every /api/plans route, run by an officer or a leader of communeA on a plan (or unit) inside
 * the scope and on one of communeB. Outside answers 404 (or a 400 naming the unknown unit) and
 * writes nothing. A new /api/plans route without a case here fails the first test.
 */
describe('plans routes and scope', async () => {
  const { app, db, routes } = await createTestApp();
  const tree = await makeTree(db);
  const admin = await login(app, (await makeUser(db, 'admin')).username);
  const officerUser = await makeUser(db, 'officer', [tree.communeA]);
  const leaderUser = await makeUser(db, 'leader', [tree.communeA]);
  const sessions: Record<'officer' | 'leader', Session> = {
    officer: await login(app, officerUser.username),
    leader: await login(app, leaderUser.username),
  };
  const usernames = { officer: officerUser.username, leader: leaderUser.username };

  const inject = async (s: Session, method: 'POST' | 'PUT', url: string, payload: object) => {
    const res = await app.inject({ method, url, headers: s.headers, payload });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json() as Plan;
  };
  /** A plan drafted by the admin (so the leader may decide on it), optionally submitted. */
  async function adminPlan(unit: Unit, year: number, submit = false): Promise<Plan> {
    let p = await inject(admin, 'POST', '/api/plans', {
      unit: unit.code,
      kind: 'annual',
      fromYear: year,
      toYear: year,
      fromNeeds: false,
    });
    p = await inject(admin, 'PUT', `/api/plans/${p.id}`, {
      plan: { title: p.title, targets: [{ kind: 'programme', programmeCode: 'LLCT_TRUNG_CAP', persons: 2 }] },
      version: p.version,
    });
    return submit ? inject(admin, 'POST', `/api/plans/${p.id}/submit`, { version: p.version }) : p;
  }
  interface Target {
    unit: Unit;
    view: Plan;
    remove: Plan;
    submit: Plan;
    ret: Plan;
    approve: Plan;
  }
  const target = async (unit: Unit): Promise<Target> => ({
    unit,
    view: await adminPlan(unit, 2027),
    remove: await adminPlan(unit, 2028),
    submit: await adminPlan(unit, 2029),
    ret: await adminPlan(unit, 2030, true),
    approve: await adminPlan(unit, 2031, true),
  });
  const inside = await target(tree.communeA);
  const outside = await target(tree.communeB);

  type Who = keyof typeof sessions;
  type Case = (t: Target) => { who: Who; url: string; payload?: object };
  const cases: Record<string, Case> = {
    'GET /api/plans': (t) => ({ who: 'officer', url: `/api/plans?unit=${t.unit.code}` }),
    'GET /api/plans/submissions': (t) => ({
      who: 'officer',
      url: `/api/plans/submissions?unit=${t.unit.code}&year=2027`,
    }),
    'POST /api/plans': (t) => ({
      who: 'officer',
      url: '/api/plans',
      payload: { unit: t.unit.code, kind: 'period', fromYear: 2026, toYear: 2030, fromNeeds: false },
    }),
    'GET /api/plans/:id': (t) => ({ who: 'leader', url: `/api/plans/${t.view.id}` }),
    'PUT /api/plans/:id': (t) => ({
      who: 'officer',
      url: `/api/plans/${t.view.id}`,
      payload: { plan: { title: 'Đổi tên kế hoạch', targets: [] }, version: t.view.version },
    }),
    'DELETE /api/plans/:id': (t) => ({ who: 'officer', url: `/api/plans/${t.remove.id}` }),
    'POST /api/plans/:id/submit': (t) => ({
      who: 'officer',
      url: `/api/plans/${t.submit.id}/submit`,
      payload: { version: t.submit.version },
    }),
    'POST /api/plans/:id/return': (t) => ({
      who: 'leader',
      url: `/api/plans/${t.ret.id}/return`,
      payload: { version: t.ret.version, comment: 'Chưa đủ căn cứ' },
    }),
    'POST /api/plans/:id/approve': (t) => ({
      who: 'leader',
      url: `/api/plans/${t.approve.id}/approve`,
      payload: { version: t.approve.version },
    }),
    'GET /api/plans/:id/progress': (t) => ({ who: 'officer', url: `/api/plans/${t.view.id}/progress` }),
  };
  const guarded = routes.filter((r) => r.url.startsWith('/api/plans') && r.method !== 'HEAD');
  const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
  const run = (method: string, c: ReturnType<Case>) =>
    app.inject({ method: method as 'GET', url: c.url, headers: sessions[c.who].headers, payload: c.payload });
  const audits = async (who: Who) =>
    (await db.select({ n: count() }).from(auditLog).where(eq(auditLog.actorUsername, usernames[who])))[0]
      ?.n ?? 0;

  it('has a scope case for every plans route', () => {
    expect(guarded.length).toBeGreaterThan(0);
    expect(guarded.map(key).filter((k) => !cases[k])).toEqual([]);
  });

  it('refuses every route on a plan or unit outside the scope, writing nothing', async () => {
    for (const r of guarded) {
      const k = key(r);
      const c = cases[k]?.(outside);
      if (!c) continue;
      const before = await audits(c.who);
      const res = await run(r.method, c);
      expect([400, 404], `${k} → ${res.statusCode} ${res.body}`).toContain(res.statusCode);
      expect(await audits(c.who), k).toBe(before);
    }
    const plans = await db.select().from(trainingPlan).where(eq(trainingPlan.unitId, tree.communeB.id));
    expect(plans.map((p) => [p.fromYear, p.status]).sort()).toEqual([
      [2027, 'draft'],
      [2028, 'draft'],
      [2029, 'draft'],
      [2030, 'submitted'],
      [2031, 'submitted'],
    ]);
    // Without a unit, the list holds only the actor's subtree.
    const list = await run('GET', { who: 'officer', url: '/api/plans' });
    expect(list.statusCode).toBe(200);
    const ids = list.json().items.map((i: { id: number }) => i.id);
    expect(ids).toContain(inside.view.id);
    expect(ids).not.toContain(outside.view.id);
  });

  it('allows every route on a plan or unit inside the scope', async () => {
    for (const r of guarded) {
      const k = key(r);
      const c = cases[k]?.(inside);
      if (!c) continue;
      const res = await run(r.method, c);
      expect(res.statusCode, `${k} → ${res.body}`).toBeLessThan(300);
    }
  });
});
