import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { todayVn } from '../../../core/catalog/dates';
import type { Plan, PlanProgress, Submissions } from '../../../core/contracts/plans';
import { login, makePerson, makeTree, makeUnit, makeUser, type Session } from '../../testing/factories';
import { createTestApp, uniq } from '../../testing/harness';
import { enrol, makeCourse } from '../training/results/test-factory';
import { enrolment, programme } from '../training/schema';

describe('training plans: progress and submissions', async () => {
  const { app, db } = await createTestApp();
  const tree = await makeTree(db);
  const admin = await login(app, (await makeUser(db, 'admin')).username);
  const officer = await login(app, (await makeUser(db, 'officer', [tree.province])).username);
  const leader = await login(app, (await makeUser(db, 'leader', [tree.province])).username);

  const call = async (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const res = await app.inject({ method, url, headers: s.headers, payload });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    return res.json();
  };
  /** A plan of `unit` for `year` with these targets, taken as far as `status`. */
  async function plan(unit: string, year: number, targets: object[], status = 'draft', subUnitDue?: string) {
    let p: Plan = await call(officer, 'POST', '/api/plans', {
      unit,
      kind: 'annual',
      fromYear: year,
      toYear: year,
      fromNeeds: false,
    });
    p = await call(officer, 'PUT', `/api/plans/${p.id}`, {
      plan: { title: p.title, targets, subUnitDue },
      version: p.version,
    });
    if (status === 'draft') return p;
    p = await call(officer, 'POST', `/api/plans/${p.id}/submit`, { version: p.version });
    if (status === 'approved')
      p = await call(leader, 'POST', `/api/plans/${p.id}/approve`, { version: p.version });
    return p;
  }

  // A programme of this file only: other files' courses do not count.
  const code = uniq('CT_TIEN_DO');
  const [prog] = await db
    .insert(programme)
    .values({
      code,
      name: 'Bồi dưỡng theo dõi tiến độ',
      contentType: 'other',
      trainingKind: 'boi_duong',
      durationValue: 2,
      durationUnit: 'day',
      modes: ['online'],
    })
    .returning();

  it('counts completions of the programme by people the subtree nominated', async () => {
    const p = await plan(tree.communeA.code, 2025, [
      { kind: 'programme', programmeCode: code, persons: 2, personTimes: 2 },
    ]);
    const progress = async (): Promise<PlanProgress['targets'][number] | undefined> =>
      (await call(officer, 'GET', `/api/plans/${p.id}/progress?asOf=2025-12-31`)).targets[0];
    expect(await progress()).toMatchObject({
      label: prog?.name,
      actualPersons: 0,
      actualPersonTimes: 0,
      percent: 0,
    });

    const [learner, busy, elsewhere] = [
      await makePerson(db, tree.communeA),
      await makePerson(db, tree.communeA),
      await makePerson(db, tree.communeB),
    ];
    const done = await makeCourse(db, tree.province, { programmeCode: code, status: 'closed' });
    const [e] = await enrol(db, done.id, tree.communeA, [learner.id]);
    const [b] = await enrol(db, done.id, tree.communeB, [elsewhere.id]);
    for (const id of [e, b])
      await db
        .update(enrolment)
        .set({ status: 'completed', completedOn: '2025-08-29', result: 'kha' })
        .where(eq(enrolment.id, id ?? 0));
    const running = await makeCourse(db, tree.province, { programmeCode: code, status: 'running' });
    await enrol(db, running.id, tree.communeA, [busy.id]);

    expect(await progress()).toMatchObject({
      actualPersons: 1,
      actualPersonTimes: 1,
      inTraining: 1,
      percent: 50,
    });
    // Before the completion date nothing was done yet.
    const early = await call(officer, 'GET', `/api/plans/${p.id}/progress?asOf=2025-06-30`);
    expect(early.targets[0]).toMatchObject({ actualPersons: 0 });
  });

  it('counts people of the subtree at or above the level of a qualification target', async () => {
    const unit = await makeUnit(db, tree.province, 'Xã Trình Độ');
    for (const level of ['cao_dang', 'dai_hoc', 'thac_si']) {
      const person = await makePerson(db, unit);
      await call(admin, 'POST', `/api/people/${person.id}/qualifications`, {
        dimension: 'professional',
        level,
        major: 'Luật',
        status: 'completed',
        endDate: '2015-06-30',
      });
    }
    const p = await plan(unit.code, 2025, [
      { kind: 'qualification', dimension: 'professional', level: 'dai_hoc', persons: 4 },
    ]);
    for (const asOf of [todayVn(), '2025-12-31']) {
      const r: PlanProgress = await call(officer, 'GET', `/api/plans/${p.id}/progress?asOf=${asOf}`);
      expect(r.targets[0]).toMatchObject({
        label: 'Chuyên môn: Đại học trở lên',
        persons: 4,
        actualPersons: 2,
        actualPersonTimes: null,
        inTraining: null,
        percent: 50,
      });
    }
  });

  it('shows which sub-units submitted their plan for the year', async () => {
    const district = await makeUnit(db, tree.province, 'Huyện Kế Hoạch');
    const [a, b, c] = [
      await makeUnit(db, district, 'Xã Một'),
      await makeUnit(db, district, 'Xã Hai'),
      await makeUnit(db, district, 'Xã Ba'),
    ];
    const t = [{ kind: 'programme', programmeCode: code, persons: 1 }];
    await plan(district.code, 2030, t, 'draft', '2029-12-15');
    await plan(a.code, 2030, t, 'submitted');
    await plan(b.code, 2030, t, 'approved');
    await plan(c.code, 2030, t, 'draft');
    const r: Submissions = await call(
      officer,
      'GET',
      `/api/plans/submissions?unit=${district.code}&year=2030`,
    );
    expect(r).toMatchObject({ year: 2030, due: '2029-12-15', total: 3, submitted: 2, approved: 1 });
    expect(r.units.map((u) => [u.unit.code, u.plan?.status])).toEqual([
      [c.code, 'draft'],
      [b.code, 'approved'],
      [a.code, 'submitted'],
    ]);
    const none: Submissions = await call(
      officer,
      'GET',
      `/api/plans/submissions?unit=${district.code}&year=2031`,
    );
    expect(none).toMatchObject({ due: null, total: 3, submitted: 0, approved: 0 });
  });
});
