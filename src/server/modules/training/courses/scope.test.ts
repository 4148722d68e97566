import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  login,
  makeCadre,
  makePerson,
  makeTree,
  makeUser,
  type Session,
  type Unit,
} from '../../../testing/factories';
import { createTestApp, uniq } from '../../../testing/harness';
import { auditLog } from '../../audit/schema';
import { trainingRule } from '../schema';
import { makeCourse, makeInstitution } from './test-helpers';

/**
 * Every route of the catalogue, courses and enrolment, run on a resource inside the actor's scope
 * and on one outside it. Outside answers 404 (or a 400 naming the unknown unit) and writes nothing.
 * A new /api/training route without a case here (or in OWNED_ELSEWHERE, with its own scope
 * tests) fails the first test.
 */
describe('training routes and scope', async () => {
  const { app, db, routes } = await createTestApp();
  const tree = await makeTree(db);
  const admin = await login(app, (await makeUser(db, 'admin')).username);
  const officerUser = await makeUser(db, 'officer', [tree.communeA]);
  const schoolUser = await makeUser(db, 'institution', [tree.communeA]);
  // A self-service account acting for a person of communeA (self-registration).
  const cadreUser = await makeCadre(db, tree.communeA, (await makePerson(db, tree.communeA)).id);
  const sessions: Record<'officer' | 'school' | 'admin' | 'cadre', Session> = {
    officer: await login(app, officerUser.username),
    school: await login(app, schoolUser.username),
    admin,
    cadre: await login(app, cadreUser.username),
  };
  const usernames = {
    officer: officerUser.username,
    school: schoolUser.username,
    admin: '',
    cadre: cadreUser.username,
  };
  const institution = await makeInstitution(app, admin);
  const programme = {
    code: uniq('CT'),
    name: 'Bồi dưỡng thử',
    contentType: 'other',
    trainingKind: 'boi_duong',
    durationValue: 2,
    durationUnit: 'day',
    modes: ['online'],
  };
  await app.inject({
    method: 'POST',
    url: '/api/training/programmes',
    headers: admin.headers,
    payload: programme,
  });

  async function rosterFile(cccd: string) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['Số CCCD*', 'Số quyết định', 'Ngày quyết định']);
    ws.addRow([cccd, '1/QĐ', '01/11/2026']);
    const content = Buffer.from(await wb.xlsx.writeBuffer());
    const boundary = `----cadre${randomBytes(8).toString('hex')}`;
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ds.xlsx"\r\n` +
          'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
  }

  interface Target {
    unit: string;
    course: number;
    planned: number;
    session: number;
    person: number;
    rosterPerson: string;
    withdraw: number;
    refuse: number;
    /** Self-registrations waiting for the unit: one to approve, one to reject. */
    approve: number;
    reject: number;
    roster: Awaited<ReturnType<typeof rosterFile>>;
    version: number;
  }
  async function target(unit: Unit): Promise<Target> {
    const c = await makeCourse(app, admin, institution, unit, { capacity: 20 });
    const planned = await makeCourse(app, admin, institution, unit, { status: 'planned' });
    const s = await app.inject({
      method: 'POST',
      url: `/api/training/courses/${c.id}/sessions`,
      headers: admin.headers,
      payload: { date: '2026-03-03', topic: 'Buổi 1', periods: 4 },
    });
    const [p1, p2, p3, p4] = [
      await makePerson(db, unit),
      await makePerson(db, unit),
      await makePerson(db, unit),
      await makePerson(db, unit),
    ];
    const n = await app.inject({
      method: 'POST',
      url: `/api/training/courses/${c.id}/enrolments`,
      headers: admin.headers,
      payload: { unitCode: unit.code, personIds: [p1.id, p2.id] },
    });
    const [withdraw, refuse] = n.json().enrolmentIds as [number, number];
    const pendings: number[] = [];
    for (const _ of [1, 2]) {
      const cadre = await makeCadre(db, unit, (await makePerson(db, unit)).id);
      const r = await app.inject({
        method: 'POST',
        url: `/api/training/courses/${c.id}/register`,
        headers: (await login(app, cadre.username)).headers,
      });
      if (r.statusCode !== 201) throw new Error(`register: ${r.statusCode} ${r.body}`);
      pendings.push(r.json().id);
    }
    return {
      unit: unit.code,
      course: c.id,
      planned: planned.id,
      session: s.json().sessions[0].id,
      person: p3.id,
      rosterPerson: p4.cccd,
      withdraw,
      refuse,
      approve: pendings[0] ?? 0,
      reject: pendings[1] ?? 0,
      roster: await rosterFile(p4.cccd),
      version: s.json().version,
    };
  }
  // A past annual minimum of its own, so editing it changes nothing in force for other tests.
  const [pastRule] = await db
    .insert(trainingRule)
    .values({
      kind: 'annual_minimum',
      validFrom: '1990-01-01',
      validTo: '1990-12-31',
      params: { periods: 40, categories: ['can_bo'] },
      legalBasis: { number: 'Thử', title: 'Quy định thử', date: null },
    })
    .returning({ id: trainingRule.id });
  const inside = await target(tree.communeA);
  const outside = await target(tree.communeB);

  type Who = keyof typeof sessions;
  type Case = (t: Target) => { who: Who; url: string; payload?: object | Buffer; headers?: object };
  const cases: Record<string, Case> = {
    'GET /api/training/institutions': () => ({ who: 'officer', url: '/api/training/institutions' }),
    'POST /api/training/institutions': () => ({
      who: 'admin',
      url: '/api/training/institutions',
      payload: { code: uniq('T'), name: 'Trung tâm bồi dưỡng', kind: 'centre' },
    }),
    'PUT /api/training/institutions/:code': () => ({
      who: 'admin',
      url: `/api/training/institutions/${institution}`,
      payload: { institution: { name: 'Trường Chính trị tỉnh', kind: 'political_school' }, version: 1 },
    }),
    'GET /api/training/programmes': () => ({ who: 'officer', url: '/api/training/programmes' }),
    'POST /api/training/programmes': () => ({
      who: 'admin',
      url: '/api/training/programmes',
      payload: { ...programme, code: uniq('CT') },
    }),
    'PUT /api/training/programmes/:code': () => ({
      who: 'admin',
      url: `/api/training/programmes/${programme.code}`,
      payload: { programme: { ...programme, durationValue: 3 }, version: 1 },
    }),
    'GET /api/training/rules': () => ({ who: 'officer', url: '/api/training/rules?kind=annual_minimum' }),
    'PUT /api/training/rules/:id': () => ({
      who: 'admin',
      url: `/api/training/rules/${pastRule?.id}`,
      payload: {
        params: { periods: 30, categories: ['can_bo', 'cong_chuc'] },
        legalBasis: { number: 'Thử', title: 'Quy định thử', date: null },
        version: 1,
      },
    }),
    'GET /api/training/courses': (t) => ({ who: 'officer', url: `/api/training/courses?openTo=${t.unit}` }),
    'GET /api/training/open-courses': (t) => ({
      who: 'officer',
      url: `/api/training/open-courses?dimension=politicalTheory&level=so_cap&unitCode=${t.unit}`,
    }),
    'GET /api/training/courses/:id': (t) => ({ who: 'officer', url: `/api/training/courses/${t.course}` }),
    'POST /api/training/courses': (t) => ({
      who: 'school',
      url: '/api/training/courses',
      payload: {
        name: 'Lớp mới',
        programmeCode: 'QPAN_DT4',
        institutionCode: institution,
        organiserUnitCode: t.unit,
        mode: 'full_time',
        startDate: '2027-01-04',
        endDate: '2027-01-08',
        capacity: 40,
      },
    }),
    'PUT /api/training/courses/:id': (t) => ({
      who: 'school',
      url: `/api/training/courses/${t.course}`,
      payload: {
        course: {
          name: 'Lớp đổi tên',
          programmeCode: 'LLCT_TRUNG_CAP',
          institutionCode: institution,
          organiserUnitCode: t.unit,
          mode: 'part_time',
          startDate: '2026-03-02',
          endDate: '2026-08-28',
          capacity: 20,
        },
        version: t.version,
      },
    }),
    'POST /api/training/courses/:id/status': (t) => ({
      who: 'school',
      url: `/api/training/courses/${t.planned}/status`,
      payload: { status: 'open' },
    }),
    'POST /api/training/courses/:id/sessions': (t) => ({
      who: 'school',
      url: `/api/training/courses/${t.course}/sessions`,
      payload: { date: '2026-03-04', topic: 'Buổi 2', periods: 4 },
    }),
    'DELETE /api/training/courses/:id/sessions/:sid': (t) => ({
      who: 'school',
      url: `/api/training/courses/${t.course}/sessions/${t.session}`,
    }),
    'PUT /api/training/courses/:id/quotas': (t) => ({
      who: 'school',
      url: `/api/training/courses/${t.course}/quotas`,
      payload: { quotas: [{ unitCode: t.unit, seats: 10 }] },
    }),
    'POST /api/training/courses/:id/lecturers': (t) => ({
      who: 'school',
      url: `/api/training/courses/${t.course}/lecturers`,
      payload: { name: 'ThS. Giảng Viên', kind: 'full_time', hours: 8 },
    }),
    'POST /api/training/courses/:id/costs': (t) => ({
      who: 'school',
      url: `/api/training/courses/${t.course}/costs`,
      payload: { fundingSource: 'local', amount: 1_000_000 },
    }),
    'POST /api/training/courses/:id/assessments': (t) => ({
      who: 'school',
      url: `/api/training/courses/${t.course}/assessments`,
      payload: { name: 'Bài thu hoạch' },
    }),
    'GET /api/training/courses/:id/enrolments': (t) => ({
      who: 'officer',
      url: `/api/training/courses/${t.course}/enrolments`,
    }),
    'GET /api/training/courses/:id/roster.xlsx': (t) => ({
      who: 'officer',
      url: `/api/training/courses/${t.course}/roster.xlsx`,
    }),
    'GET /api/training/courses/:id/results.xlsx': (t) => ({
      who: 'officer',
      url: `/api/training/courses/${t.course}/results.xlsx`,
    }),
    'GET /api/training/courses/:id/certificates.xlsx': (t) => ({
      who: 'officer',
      url: `/api/training/courses/${t.course}/certificates.xlsx`,
    }),
    'POST /api/training/courses/:id/enrolments': (t) => ({
      who: 'officer',
      url: `/api/training/courses/${t.course}/enrolments`,
      payload: { unitCode: t.unit, personIds: [t.person] },
    }),
    'POST /api/training/courses/:id/enrolments/roster': (t) => ({
      who: 'officer',
      url: `/api/training/courses/${t.course}/enrolments/roster?unitCode=${t.unit}`,
      payload: t.roster.payload,
      headers: { 'content-type': t.roster.contentType },
    }),
    'POST /api/training/enrolments/:eid/withdraw': (t) => ({
      who: 'officer',
      url: `/api/training/enrolments/${t.withdraw}/withdraw`,
      payload: { reason: 'Chuyển công tác' },
    }),
    'POST /api/training/enrolments/:eid/refuse': (t) => ({
      who: 'officer',
      url: `/api/training/enrolments/${t.refuse}/refuse`,
      payload: { reason: 'Không sắp xếp được công việc' },
    }),
    // Self-registration: the cadre of communeA registers for courses open to communeA only.
    'GET /api/training/my-courses': () => ({ who: 'cadre', url: '/api/training/my-courses' }),
    'POST /api/training/courses/:id/register': (t) => ({
      who: 'cadre',
      url: `/api/training/courses/${t.course}/register`,
    }),
    'POST /api/training/enrolments/:eid/approve': (t) => ({
      who: 'officer',
      url: `/api/training/enrolments/${t.approve}/approve`,
      payload: { decisionNo: '5/QĐ-UBND', decisionDate: '2026-02-20' },
    }),
    'POST /api/training/enrolments/:eid/reject': (t) => ({
      who: 'officer',
      url: `/api/training/enrolments/${t.reject}/reject`,
      payload: { reason: 'Chưa bố trí được công việc' },
    }),
  };
  /** Routes of the results module (helper T2): scope-tested in their own files. */
  const OWNED_ELSEWHERE = new Set([
    'POST /api/training/activities',
    'GET /api/training/activities',
    'GET /api/training/commitments',
    'POST /api/training/commitments/:id/leave',
    'POST /api/training/courses/:id/surveys',
    'GET /api/training/courses/:id/quality',
    'PUT /api/training/courses/:id/sessions/:sid/attendance',
    'PUT /api/training/courses/:id/assessments/:aid/scores',
    'POST /api/training/courses/:id/complete',
    'POST /api/training/enrolments/:eid/certificate',
    'POST /api/training/enrolments/:eid/certificate/replacement',
  ]);
  /** Catalogue routes: shared data without a unit, written by administrators only. */
  const UNSCOPED = new Set([
    'GET /api/training/institutions',
    'POST /api/training/institutions',
    'PUT /api/training/institutions/:code',
    'GET /api/training/programmes',
    'POST /api/training/programmes',
    'PUT /api/training/programmes/:code',
    'GET /api/training/rules',
    'PUT /api/training/rules/:id',
  ]);
  const guarded = routes.filter((r) => r.url.startsWith('/api/training') && r.method !== 'HEAD');
  const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

  const run = async (method: string, c: ReturnType<Case>) => {
    const s = sessions[c.who];
    return app.inject({
      method: method as 'GET',
      url: c.url,
      headers: { ...s.headers, ...(c.headers ?? {}) } as Record<string, string>,
      payload: c.payload as object,
    });
  };
  const audits = async (who: Who) =>
    who === 'admin'
      ? 0
      : ((await db.select({ n: count() }).from(auditLog).where(eq(auditLog.actorUsername, usernames[who])))[0]
          ?.n ?? 0);

  it('has a scope case for every training route', () => {
    const missing = guarded.map(key).filter((k) => !cases[k] && !OWNED_ELSEWHERE.has(k));
    expect(missing).toEqual([]);
  });

  it('refuses every route on a resource outside the scope, writing nothing', async () => {
    for (const r of guarded) {
      const k = key(r);
      const c = cases[k]?.(outside);
      if (!c || UNSCOPED.has(k)) continue;
      const before = await audits(c.who);
      const res = await run(r.method, c);
      const after = await audits(c.who);
      if (k === 'GET /api/training/courses' || k === 'GET /api/training/my-courses') {
        // Lists answer 200 with nothing of the other subtree in them.
        expect(res.statusCode, k).toBe(200);
        const body = res.json();
        expect(
          (body.items ?? body.courses).map((i: { id: number }) => i.id),
          k,
        ).not.toContain(outside.course);
        continue;
      }
      expect([400, 404], `${k} → ${res.statusCode} ${res.body}`).toContain(res.statusCode);
      expect(after, k).toBe(before);
    }
  });

  it('allows every route on a resource inside the scope', async () => {
    for (const r of guarded) {
      const k = key(r);
      const c = cases[k]?.(inside);
      if (!c) continue;
      const res = await run(r.method, c);
      expect(res.statusCode, `${k} → ${res.body}`).toBeLessThan(400);
    }
  });
});
