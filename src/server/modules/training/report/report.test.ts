import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login, makePerson, makeTree, makeUser } from '../../../testing/factories';
import { createTestApp } from '../../../testing/harness';
import { person } from '../../people/schema';
import { enrol, makeCourse } from '../results/test-factory';
import { enrolment } from '../schema';

describe('training report (contracts §6)', async () => {
  const { app, db } = await createTestApp();
  const tree = await makeTree(db);
  const other = await makeTree(db);
  const officer = await login(app, (await makeUser(db, 'officer', [tree.province])).username);
  const narrow = await login(app, (await makeUser(db, 'officer', [tree.communeA])).username);
  const { communeA: a, communeB: b } = tree;

  const woman = await makePerson(db, a, { fullName: 'Lường Thị Tày', gender: 'female' });
  await db.update(person).set({ ethnicity: 'Tày' }).where(eq(person.id, woman.id));
  const man = await makePerson(db, a, { fullName: 'Nguyễn Văn Kinh' });
  const neighbour = await makePerson(db, b, { fullName: 'Trần Thị Bình', gender: 'female' });
  const stranger = await makePerson(db, other.communeA);

  async function completed(
    courseId: number,
    unit: typeof a,
    ids: number[],
    on: string,
    status = 'completed',
  ) {
    const eids = await enrol(db, courseId, unit, ids);
    await db.update(enrolment).set({ status, completedOn: on }).where(inArray(enrolment.id, eids));
  }
  // LLCT: 30 million local budget shared by its 3 graduates, one of them outside the subtree.
  const llct = await makeCourse(db, tree.province, {
    costs: [{ fundingSource: 'local', amount: 30_000_000 }],
  });
  await completed(llct.id, a, [woman.id, man.id], '2025-06-30');
  await completed(llct.id, other.communeA, [stranger.id], '2025-06-30');
  // State management refresher: 9 million from the agency over 3 graduates; one failed learner.
  const qlnn = await makeCourse(db, tree.province, {
    programmeCode: 'QLNN_CHUYEN_VIEN',
    costs: [
      { fundingSource: 'agency', amount: 9_000_000 },
      { fundingSource: 'personal', amount: 1_000_000 },
    ],
  });
  await completed(qlnn.id, a, [woman.id, man.id], '2025-04-15');
  await completed(qlnn.id, b, [neighbour.id], '2025-04-15');
  await completed(qlnn.id, b, [(await makePerson(db, b)).id], '2025-04-15', 'failed');
  // Completed before the period: not counted.
  const old = await makeCourse(db, tree.province, { programmeCode: 'QPAN_DT4' });
  await completed(old.id, a, [man.id], '2024-12-31');

  const activity = (s: typeof officer, payload: object) =>
    app.inject({ method: 'POST', url: '/api/training/activities', headers: s.headers, payload });
  const added = await activity(officer, {
    kind: 'coaching',
    unitCode: a.code,
    title: 'Kèm cặp công chức mới',
    date: '2025-05-20',
    hours: 16.5,
    participants: 5,
  });
  if (added.statusCode !== 201) throw new Error(added.body);

  const report = (s: typeof officer, query: string) =>
    app.inject({ url: `/api/reports/training?${query}`, headers: s.headers });

  it('counts persons and person-times, women, ethnic minority and cost by source for a subtree', async () => {
    const res = await report(officer, `unit=${tree.province.code}&from=2025-01-01&to=2025-12-31`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.unit).toEqual({ code: tree.province.code, name: tree.province.name });
    expect(r.rows).toEqual([
      {
        contentType: 'political_theory',
        level: 'trung_cap',
        persons: 2,
        personTimes: 2,
        women: 1,
        ethnicMinority: 1,
        cost: { local: 20_000_000 },
      },
      {
        contentType: 'state_management',
        level: 'chuyen_vien',
        persons: 3,
        personTimes: 3,
        women: 2,
        ethnicMinority: 1,
        cost: { agency: 9_000_000, personal: 1_000_000 },
      },
      {
        contentType: 'activity:coaching',
        level: null,
        persons: 5,
        personTimes: 5,
        women: 0,
        ethnicMinority: 0,
        cost: {},
      },
    ]);
    // Distinct people over the courses (3) plus activity participants (5); 5 + 5 person-times.
    expect(r.totals).toEqual({
      persons: 8,
      personTimes: 10,
      women: 2,
      ethnicMinority: 1,
      cost: { local: 20_000_000, agency: 9_000_000, personal: 1_000_000 },
    });
  });

  it('narrows to a sub-unit and a period', async () => {
    const r = (await report(officer, `unit=${b.code}&from=2025-01-01&to=2025-12-31`)).json();
    expect(r.rows).toEqual([
      {
        contentType: 'state_management',
        level: 'chuyen_vien',
        persons: 1,
        personTimes: 1,
        women: 1,
        ethnicMinority: 0,
        cost: { agency: 3_000_000, personal: 333_333 },
      },
    ]);
    const may = (await report(officer, `unit=${a.code}&from=2025-05-01&to=2025-12-31`)).json();
    expect(may.rows.map((x: { contentType: string }) => x.contentType)).toEqual([
      'political_theory',
      'activity:coaching',
    ]);
    const last = (await report(officer, `unit=${a.code}&from=2024-01-01&to=2024-12-31`)).json();
    expect(last.rows).toEqual([
      expect.objectContaining({ contentType: 'defence_security', level: 'dt4', persons: 1 }),
    ]);
  });

  it('answers the same report as an official spreadsheet', async () => {
    const res = await report(officer, `unit=${tree.province.code}&from=2025-01-01&to=2025-12-31&format=xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a unit outside the scope and a reversed period', async () => {
    expect((await report(narrow, `unit=${tree.province.code}`)).statusCode).toBe(404);
    expect((await report(narrow, '')).statusCode).toBe(400);
    const reversed = await report(officer, `unit=${a.code}&from=2025-12-31&to=2025-01-01`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.details[0].path).toBe('to');
  });

  it('lists training activities of the scope', async () => {
    const mine = (
      await app.inject({ url: `/api/training/activities?unit=${a.code}`, headers: narrow.headers })
    ).json();
    expect(mine.items).toEqual([
      expect.objectContaining({
        kind: 'coaching',
        hours: 16.5,
        participants: 5,
        unit: { code: a.code, name: a.name },
      }),
    ]);
    const outside = await activity(narrow, {
      kind: 'guidance',
      unitCode: b.code,
      title: 'Hướng dẫn nghiệp vụ',
      date: '2025-05-21',
      hours: 4,
      participants: 3,
    });
    expect(outside.statusCode).toBe(404);
  });
});
