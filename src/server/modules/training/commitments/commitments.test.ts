import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login, makePerson, makeTree, makeUser } from '../../../testing/factories';
import { createTestApp } from '../../../testing/harness';
import { enrol, makeCourse } from '../results/test-factory';
import { serviceCommitment } from '../schema';

describe('service commitments and compensation', async () => {
  const { app, db } = await createTestApp();
  const tree = await makeTree(db);
  const school = await login(app, (await makeUser(db, 'institution', [tree.province])).username);
  const officer = await login(app, (await makeUser(db, 'officer', [tree.communeA])).username);
  const outsider = await login(app, (await makeUser(db, 'officer', [tree.communeB])).username);
  const a = tree.communeA;

  it('commits graduates of a state-funded master course and computes S = F / T1 × (T1 − T2)', async () => {
    // Two years under Nghị định 101 (multiple 2): T1 = 48 months; F = 200 million state / 2.
    const c = await makeCourse(db, tree.province, {
      programmeCode: 'THS_QUAN_LY_CONG',
      startDate: '2023-09-04',
      endDate: '2025-08-29',
      sessions: 1,
      assessments: 1,
      costs: [
        { fundingSource: 'central', amount: 150_000_000 },
        { fundingSource: 'local', amount: 50_000_000 },
        { fundingSource: 'personal', amount: 30_000_000 },
      ],
    });
    const people = [await makePerson(db, a), await makePerson(db, a)];
    const ids = await enrol(
      db,
      c.id,
      a,
      people.map((p) => p.id),
    );
    const entries = (f: (id: number) => object) => ({
      entries: ids.map((id) => ({ enrolmentId: id, ...f(id) })),
    });
    await app.inject({
      method: 'PUT',
      url: `/api/training/courses/${c.id}/sessions/${c.sessionIds[0]}/attendance`,
      headers: school.headers,
      payload: entries(() => ({ status: 'present' })),
    });
    await app.inject({
      method: 'PUT',
      url: `/api/training/courses/${c.id}/assessments/${c.assessmentIds[0]}/scores`,
      headers: school.headers,
      payload: entries(() => ({ score: 7 })),
    });
    const done = await app.inject({
      method: 'POST',
      url: `/api/training/courses/${c.id}/complete`,
      headers: school.headers,
      payload: {},
    });
    expect(done.json()).toMatchObject({ completed: 2, commitments: 2 });

    const list = await app.inject({
      url: `/api/training/commitments?unit=${a.code}`,
      headers: officer.headers,
    });
    expect(list.statusCode, list.body).toBe(200);
    const mine = list.json().items.filter((i: { course: { id: number } }) => i.course.id === c.id);
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({
      months: 48,
      startsOn: '2025-08-29',
      endsOn: '2029-08-29',
      cost: 100_000_000,
      status: 'open',
    });
    const [first, second] = mine as { id: number }[];

    const leave = (s: typeof officer, id: number | undefined, payload: object) =>
      app.inject({
        method: 'POST',
        url: `/api/training/commitments/${id}/leave`,
        headers: s.headers,
        payload,
      });
    // Outside the scope: 404, nothing changed.
    const hidden = await leave(outsider, first?.id, { leftOn: '2027-09-15', reason: 'resigned' });
    expect(hidden.statusCode).toBe(404);

    const res = await leave(officer, first?.id, { leftOn: '2027-09-15', reason: 'resigned' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ served: 24, compensation: 50_000_000, status: 'compensated' });
    const again = await leave(officer, first?.id, { leftOn: '2027-10-01', reason: 'resigned' });
    expect(again.json().error.code).toBe('COMMITMENT_CLOSED');

    const ill = await leave(officer, second?.id, { leftOn: '2026-01-10', reason: 'illness' });
    expect(ill.json()).toMatchObject({ compensation: 0, status: 'exempted', exemption: 'illness' });
    const [row] = await db
      .select()
      .from(serviceCommitment)
      .where(eq(serviceCommitment.id, second?.id ?? 0));
    expect(row).toMatchObject({ status: 'exempted', leftOn: '2026-01-10', compensation: 0 });

    const early = await leave(officer, second?.id, { leftOn: '2020-01-01', reason: 'resigned' });
    expect(early.statusCode).toBe(409);
    const after = await app.inject({
      url: `/api/training/commitments?unit=${a.code}`,
      headers: officer.headers,
    });
    expect(after.json().items.filter((i: { course: { id: number } }) => i.course.id === c.id)).toEqual([]);
  });

  it('creates no commitment for a short or self-funded course', async () => {
    const c = await makeCourse(db, tree.province, {
      programmeCode: 'THS_QUAN_LY_CONG',
      startDate: '2024-09-02',
      endDate: '2026-08-28',
      sessions: 0,
      assessments: 0,
      costs: [{ fundingSource: 'personal', amount: 80_000_000 }],
    });
    await enrol(db, c.id, a, [(await makePerson(db, a)).id]);
    const done = await app.inject({
      method: 'POST',
      url: `/api/training/courses/${c.id}/complete`,
      headers: school.headers,
      payload: {},
    });
    expect(done.json()).toMatchObject({ completed: 1, commitments: 0 });
  });
});
