import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login, makeCccd, makePerson, makeTree, makeUnit, makeUser } from '../../testing/factories';
import { createTestApp, uniq } from '../../testing/harness';
import { auditLog } from '../audit/schema';

/**
 * Every route of the records modules, run by an officer on a resource inside its scope and on one
 * outside it. Outside answers 404 (or a 400 naming the unknown unit) and writes nothing. A new
 * route under these prefixes without a case here fails the first test.
 */
describe('records routes and scope', async () => {
  const { app, db, routes } = await createTestApp();
  const tree = await makeTree(db);
  const officer = await makeUser(db, 'officer', [tree.communeA]);
  const s = await login(app, officer.username);

  interface Target {
    person: number;
    qualification: number;
    assignment: number;
    unit: string;
    child: string;
    spare: string;
    /** Items of the person's 2025 learning plan: to edit, to delete, to mark done. */
    planItems: number[];
  }
  async function target(unit: typeof tree.communeA): Promise<Target> {
    const p = await makePerson(db, unit);
    const admin = await login(app, (await makeUser(db, 'admin')).username);
    const rec = (
      await app.inject({
        method: 'POST',
        url: `/api/people/${p.id}/qualifications`,
        headers: admin.headers,
        payload: { dimension: 'professional', level: 'dai_hoc', status: 'completed' },
      })
    ).json();
    const plan = `/api/people/${p.id}/learning-plans/2025`;
    await app.inject({
      method: 'PUT',
      url: plan,
      headers: admin.headers,
      payload: { monitorPersonId: null },
    });
    const planItems: number[] = [];
    for (const title of ['Sửa', 'Xóa', 'Hoàn thành']) {
      const res = await app.inject({
        method: 'POST',
        url: `${plan}/items`,
        headers: admin.headers,
        payload: { title, dueDate: '2025-06-30' },
      });
      planItems.push(res.json().items.find((i: { title: string }) => i.title === title).id);
    }
    const child = await makeUnit(db, unit, 'Thôn thử');
    const spare = await makeUnit(db, unit, 'Thôn dự phòng');
    return {
      person: p.id,
      qualification: rec.qualifications[0].id,
      assignment: rec.assignments[0].id,
      unit: unit.code,
      child: child.code,
      spare: spare.code,
      planItems,
    };
  }
  const inside = await target(tree.communeA);
  const outside = await target(tree.communeB);

  type Case = (t: Target) => { url: string; payload?: object };
  const q = { dimension: 'professional', level: 'thac_si', status: 'completed' };
  const a = (t: Target) => ({
    unitCode: t.child,
    // A post without a title standard: the appointment gate has its own tests.
    positionCode: 'VIEN_CHUC',
    kind: 'concurrent',
    validFrom: '2024-01-01',
  });
  const cases: Record<string, Case> = {
    'GET /api/people': (t) => ({ url: `/api/people?unit=${t.unit}` }),
    'GET /api/people/export.xlsx': (t) => ({ url: `/api/people/export.xlsx?unit=${t.unit}` }),
    'GET /api/people/:id': (t) => ({ url: `/api/people/${t.person}` }),
    'POST /api/people': (t) => ({
      url: '/api/people',
      payload: {
        person: {
          cccd: makeCccd('1990-01-01', 'male'),
          fullName: 'Người Mới',
          birthDate: '1990-01-01',
          gender: 'male',
          category: 'cong_chuc',
        },
        assignment: {
          unitCode: t.unit,
          positionCode: 'XA_CC_VP',
          kind: 'recruitment',
          validFrom: '2015-01-01',
        },
      },
    }),
    'PUT /api/people/:id': (t) => ({
      url: `/api/people/${t.person}`,
      payload: {
        person: {
          cccd: makeCccd('1980-05-17', 'male'),
          fullName: 'Đổi Tên',
          birthDate: '1980-05-17',
          gender: 'male',
          category: 'cong_chuc',
        },
        version: 1,
      },
    }),
    'POST /api/people/:id/assignments': (t) => ({
      url: `/api/people/${t.person}/assignments`,
      payload: a(t),
    }),
    'PUT /api/people/:id/assignments/:childId': (t) => ({
      url: `/api/people/${t.person}/assignments/${t.assignment}`,
      payload: {
        assignment: {
          unitCode: t.unit,
          positionCode: 'XA_CC_VP',
          kind: 'recruitment',
          validFrom: '2019-01-01',
        },
        version: 1,
      },
    }),
    'POST /api/people/:id/qualifications': (t) => ({
      url: `/api/people/${t.person}/qualifications`,
      payload: q,
    }),
    'PUT /api/people/:id/qualifications/:childId': (t) => ({
      url: `/api/people/${t.person}/qualifications/${t.qualification}`,
      payload: { qualification: q, version: 1 },
    }),
    'PUT /api/people/:id/evaluations': (t) => ({
      url: `/api/people/${t.person}/evaluations`,
      payload: { year: 2025, rating: 'good' },
    }),
    'POST /api/people/:id/rewards': (t) => ({
      url: `/api/people/${t.person}/rewards`,
      payload: { type: 'reward', form: 'Giấy khen', decisionDate: '2025-01-01' },
    }),
    'GET /api/org/units': (t) => ({ url: `/api/org/units?q=${t.child}` }),
    'GET /api/org/tree': () => ({ url: '/api/org/tree' }),
    'GET /api/org/units/:code': (t) => ({ url: `/api/org/units/${t.child}` }),
    'POST /api/org/units': (t) => ({
      url: '/api/org/units',
      payload: {
        code: uniq('N'),
        name: 'Thôn mới',
        kind: 'commune',
        parentCode: t.unit,
        validFrom: '2020-01-01',
      },
    }),
    'PATCH /api/org/units/:code': (t) => ({
      url: `/api/org/units/${t.child}`,
      payload: { name: 'Tên mới', effectiveDate: '2025-01-01', version: 1 },
    }),
    'POST /api/org/units/:code/move': (t) => ({
      url: `/api/org/units/${t.child}/move`,
      payload: { parentCode: t.unit, effectiveDate: '2025-01-01' },
    }),
    'POST /api/org/merge': (t) => ({
      url: '/api/org/merge',
      payload: { sourceCodes: [t.child], successorCode: t.unit, effectiveDate: '2025-01-01' },
    }),
    'POST /api/org/units/:code/dissolve': (t) => ({
      url: `/api/org/units/${t.spare}/dissolve`,
      payload: { effectiveDate: '2025-01-01' },
    }),
    'GET /api/reports/qualifications': (t) => ({ url: `/api/reports/qualifications?unit=${t.unit}` }),
    'GET /api/reports/compliance': (t) => ({ url: `/api/reports/compliance?unit=${t.unit}` }),
    'GET /api/reports/compliance/people': (t) => ({ url: `/api/reports/compliance/people?unit=${t.unit}` }),
    'GET /api/reports/compliance/trend': (t) => ({ url: `/api/reports/compliance/trend?unit=${t.unit}` }),
    'GET /api/reports/compliance/falling-out': (t) => ({
      url: `/api/reports/compliance/falling-out?unit=${t.unit}`,
    }),
    'GET /api/reports/training': (t) => ({ url: `/api/reports/training?unit=${t.unit}` }),
    'GET /api/reports/annual-minimum': (t) => ({ url: `/api/reports/annual-minimum?unit=${t.unit}` }),
    'GET /api/people/:id/compliance': (t) => ({ url: `/api/people/${t.person}/compliance` }),
    'GET /api/people/:id/training': (t) => ({ url: `/api/people/${t.person}/training` }),
    'GET /api/people/:id/appointment-check': (t) => ({
      url: `/api/people/${t.person}/appointment-check?position=XA_CC_VP&unit=${t.unit}`,
    }),
    'GET /api/people/:id/learning-plans/:year': (t) => ({
      url: `/api/people/${t.person}/learning-plans/2025`,
    }),
    'PUT /api/people/:id/learning-plans/:year': (t) => ({
      url: `/api/people/${t.person}/learning-plans/2025`,
      payload: { monitorPersonId: null, note: 'Kế hoạch năm' },
    }),
    'POST /api/people/:id/learning-plans/:year/items': (t) => ({
      url: `/api/people/${t.person}/learning-plans/2025/items`,
      payload: { title: 'Bồi dưỡng kỹ năng số', dueDate: '2025-09-30' },
    }),
    'PUT /api/people/:id/learning-plans/:year/items/:itemId': (t) => ({
      url: `/api/people/${t.person}/learning-plans/2025/items/${t.planItems[0]}`,
      payload: { item: { title: 'Đã sửa', dueDate: '2025-10-31' }, version: 1 },
    }),
    'DELETE /api/people/:id/learning-plans/:year/items/:itemId': (t) => ({
      url: `/api/people/${t.person}/learning-plans/2025/items/${t.planItems[1]}`,
    }),
    'POST /api/people/:id/learning-plans/:year/items/:itemId/status': (t) => ({
      url: `/api/people/${t.person}/learning-plans/2025/items/${t.planItems[2]}/status`,
      payload: { status: 'done', doneOn: '2025-06-01', version: 1 },
    }),
  };
  const guarded = routes.filter((r) => /^\/api\/(people|org|reports)/.test(r.url) && r.method !== 'HEAD');

  it('has a scope case for every route of the records modules', () => {
    const missing = guarded.map((r) => `${r.method} ${r.url}`).filter((k) => !cases[k]);
    expect(missing).toEqual([]);
  });

  it('refuses every route on a resource outside the scope, writing nothing', async () => {
    for (const r of guarded) {
      const key = `${r.method} ${r.url}`;
      const c = cases[key]?.(outside);
      if (!c) continue;
      const [before] = await db
        .select({ n: count() })
        .from(auditLog)
        .where(eq(auditLog.actorUsername, officer.username));
      const res = await app.inject({
        method: r.method as 'GET',
        url: c.url,
        headers: s.headers,
        payload: c.payload,
      });
      const [after] = await db
        .select({ n: count() })
        .from(auditLog)
        .where(eq(auditLog.actorUsername, officer.username));
      if (
        r.method === 'GET' &&
        (r.url === '/api/people' || r.url === '/api/org/units' || r.url === '/api/org/tree')
      ) {
        // Lists answer 200 with nothing of the other subtree in them.
        expect(res.statusCode, key).toBe(200);
        expect(res.body, key).not.toContain(outside.child);
        expect(res.json().items?.length ?? 0, key).toBe(0);
        continue;
      }
      if (key === 'GET /api/people/export.xlsx') {
        expect(res.statusCode, key).toBe(200);
        expect(after?.n, key).toBe((before?.n ?? 0) + 1); // the export itself is logged, with 0 rows
        continue;
      }
      expect([400, 404], `${key} → ${res.statusCode} ${res.body}`).toContain(res.statusCode);
      expect(after?.n, key).toBe(before?.n);
    }
  });

  it('allows every route on a resource inside the scope', async () => {
    for (const r of guarded) {
      const key = `${r.method} ${r.url}`;
      const c = cases[key]?.(inside);
      if (!c) continue;
      const res = await app.inject({
        method: r.method as 'GET',
        url: c.url,
        headers: s.headers,
        payload: c.payload,
      });
      expect(res.statusCode, `${key} → ${res.body}`).toBeLessThan(400);
    }
  });
});
