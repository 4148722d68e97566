import { count, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login, makePerson, makeTree, makeUser, type Unit } from '../../../testing/factories';
import { createTestApp } from '../../../testing/harness';
import { auditLog } from '../../audit/schema';
import { certificate, enrolment, serviceCommitment } from '../schema';
import { enrol, makeCourse } from './test-factory';

/**
 * Every route of results, commitments, surveys and activities, run on a resource inside the
 * actor's scope and on one outside it: outside answers 404 and writes nothing.
 */
describe('training results routes and scope', async () => {
  const { app, db, routes } = await createTestApp();
  const tree = await makeTree(db);
  const school = await makeUser(db, 'institution', [tree.communeA]);
  const officer = await makeUser(db, 'officer', [tree.communeA]);
  const sessions = {
    institution: await login(app, school.username),
    officer: await login(app, officer.username),
  };

  async function target(unit: Unit) {
    const c = await makeCourse(db, unit, { sessions: 1, assessments: 1 });
    const ending = await makeCourse(db, unit, { sessions: 0, assessments: 0 });
    const people = [await makePerson(db, unit), await makePerson(db, unit), await makePerson(db, unit)];
    const [learner, graduate, certified] = await enrol(
      db,
      c.id,
      unit,
      people.map((p) => p.id),
    );
    await db
      .update(enrolment)
      .set({ status: 'completed', completedOn: '2025-08-29', result: 'kha' })
      .where(eq(enrolment.courseId, c.id));
    await db
      .update(enrolment)
      .set({ status: 'enrolled', completedOn: null })
      .where(eq(enrolment.id, learner as number));
    await db
      .insert(certificate)
      .values({ enrolmentId: certified as number, number: `CC-${c.code}`, issuedOn: '2025-09-01' });
    const [commitment] = await db
      .insert(serviceCommitment)
      .values({
        enrolmentId: graduate as number,
        personId: people[1]?.id ?? 0,
        months: 24,
        startsOn: '2025-08-29',
        cost: 1_000_000,
      })
      .returning();
    return {
      unit: unit.code,
      course: c.id,
      session: c.sessionIds[0],
      assessment: c.assessmentIds[0],
      ending: ending.id,
      learner,
      graduate,
      certified,
      commitment: commitment?.id,
    };
  }
  type Target = Awaited<ReturnType<typeof target>>;
  const inside = await target(tree.communeA);
  const outside = await target(tree.communeB);

  type Case = (t: Target) => { who: keyof typeof sessions; url: string; payload?: object };
  const cases: Record<string, Case> = {
    'PUT /api/training/courses/:id/sessions/:sid/attendance': (t) => ({
      who: 'institution',
      url: `/api/training/courses/${t.course}/sessions/${t.session}/attendance`,
      payload: { entries: [{ enrolmentId: t.learner, status: 'present' }] },
    }),
    'PUT /api/training/courses/:id/assessments/:aid/scores': (t) => ({
      who: 'institution',
      url: `/api/training/courses/${t.course}/assessments/${t.assessment}/scores`,
      payload: { entries: [{ enrolmentId: t.learner, score: 7 }] },
    }),
    'POST /api/training/courses/:id/complete': (t) => ({
      who: 'institution',
      url: `/api/training/courses/${t.ending}/complete`,
      payload: {},
    }),
    'POST /api/training/enrolments/:eid/certificate': (t) => ({
      who: 'institution',
      url: `/api/training/enrolments/${t.graduate}/certificate`,
      payload: { number: `CC-${t.graduate}`, issuedOn: '2025-09-01' },
    }),
    'POST /api/training/enrolments/:eid/certificate/replacement': (t) => ({
      who: 'institution',
      url: `/api/training/enrolments/${t.certified}/certificate/replacement`,
      payload: { letterNo: '12/GXN', issuedOn: '2026-01-01' },
    }),
    'POST /api/training/courses/:id/surveys': (t) => ({
      who: 'institution',
      url: `/api/training/courses/${t.course}/surveys`,
      payload: { answers: { content: 8 } },
    }),
    'GET /api/training/courses/:id/quality': (t) => ({
      who: 'institution',
      url: `/api/training/courses/${t.course}/quality`,
    }),
    'GET /api/training/commitments': (t) => ({
      who: 'officer',
      url: `/api/training/commitments?unit=${t.unit}`,
    }),
    'POST /api/training/commitments/:id/leave': (t) => ({
      who: 'officer',
      url: `/api/training/commitments/${t.commitment}/leave`,
      payload: { leftOn: '2026-03-01', reason: 'transfer_in_system' },
    }),
    'POST /api/training/activities': (t) => ({
      who: 'officer',
      url: '/api/training/activities',
      payload: {
        kind: 'guidance',
        unitCode: t.unit,
        title: 'Hướng dẫn nghiệp vụ',
        date: '2025-05-21',
        hours: 4,
      },
    }),
    'GET /api/training/activities': (t) => ({
      who: 'officer',
      url: `/api/training/activities?unit=${t.unit}`,
    }),
    'GET /api/reports/training': (t) => ({ who: 'officer', url: `/api/reports/training?unit=${t.unit}` }),
  };
  const mine = Object.keys(cases);

  it('covers every route of the module', () => {
    const registered = new Set(routes.map((r) => `${r.method} ${r.url}`));
    expect(mine.filter((k) => !registered.has(k))).toEqual([]);
  });

  const audits = async () => {
    const [row] = await db
      .select({ n: count() })
      .from(auditLog)
      .where(inArray(auditLog.actorUserId, [school.id, officer.id]));
    return row?.n ?? 0;
  };

  it('answers 404 outside the scope, writing nothing', async () => {
    for (const key of mine) {
      const c = cases[key]?.(outside);
      if (!c) continue;
      const before = await audits();
      const [method] = key.split(' ');
      const res = await app.inject({
        method: method as 'GET',
        url: c.url,
        headers: sessions[c.who].headers,
        payload: c.payload,
      });
      expect(res.statusCode, `${key} → ${res.body}`).toBe(404);
      expect(await audits(), key).toBe(before);
    }
  });

  it('allows every route inside the scope', async () => {
    for (const key of mine) {
      const c = cases[key]?.(inside);
      if (!c) continue;
      const [method] = key.split(' ');
      const res = await app.inject({
        method: method as 'GET',
        url: c.url,
        headers: sessions[c.who].headers,
        payload: c.payload,
      });
      expect(res.statusCode, `${key} → ${res.body}`).toBeLessThan(400);
    }
  });
});
