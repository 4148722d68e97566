import { eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../../core/catalog/dates';
import { login, makePerson, makeTree, makeUser, type Session } from '../../testing/factories';
import { createTestApp, uniq } from '../../testing/harness';
import { person } from '../people/schema';
import { enrol, makeCourse } from '../training/results/test-factory';
import { enrolment, programme, trainingActivity } from '../training/schema';

/**
 * The annual refresher minimum: the editable rule and the report of who is below it. The rule in
 * force is a shared row (migration 0010); this file sets it to 40 tiết for the usual categories at
 * the start and restores that at the end.
 */
describe('annual refresher minimum', async () => {
  const { app, db } = await createTestApp();
  const tree = await makeTree(db);
  const other = await makeTree(db);
  const admin = await login(app, (await makeUser(db, 'admin')).username);
  const officer = await login(app, (await makeUser(db, 'officer', [tree.province])).username);
  const year = Number(todayVn().slice(0, 4));
  const inYear = `${year}-01-15`;

  async function refresher(durationValue: number, durationUnit: 'tiet' | 'day' | 'week') {
    const code = uniq('BDTT');
    await db.insert(programme).values({
      code,
      name: `Bồi dưỡng ${code}`,
      contentType: 'job_position',
      trainingKind: 'boi_duong',
      durationValue,
      durationUnit,
      modes: ['full_time'],
    });
    return makeCourse(db, tree.province, { programmeCode: code });
  }
  async function completed(courseId: number, ids: number[], on: string) {
    const eids = await enrol(db, courseId, tree.communeA, ids);
    await db
      .update(enrolment)
      .set({ status: 'completed', completedOn: on })
      .where(inArray(enrolment.id, eids));
  }

  const full = await makePerson(db, tree.communeA, { fullName: 'Nguyễn Văn Đủ' });
  const short = await makePerson(db, tree.communeA, { fullName: 'Trần Thị Thiếu' });
  const worker = await makePerson(db, tree.communeA, { fullName: 'Lê Văn Hợp Đồng' });
  await db.update(person).set({ category: 'nguoi_lao_dong' }).where(eq(person.id, worker.id));
  const week = await refresher(5, 'day');
  const sixteen = await refresher(16, 'tiet');
  await completed(week.id, [full.id], inYear);
  await completed(sixteen.id, [short.id, worker.id], inYear);
  // Last year's course does not count this year.
  await completed((await refresher(1, 'week')).id, [short.id], `${year - 1}-12-31`);
  await db.insert(trainingActivity).values({
    kind: 'coaching',
    unitId: tree.communeA.id,
    personId: short.id,
    title: 'Kèm cặp',
    date: inYear,
    hours: 8,
    participants: 1,
  });

  const rules = async (s: Session) =>
    app.inject({ url: '/api/training/rules?kind=annual_minimum', headers: s.headers });
  async function current() {
    const items = (await rules(admin)).json().items as {
      id: number;
      validFrom: string;
      validTo: string | null;
      version: number;
      legalBasis: object;
      note: string | null;
    }[];
    const today = todayVn();
    const r = items
      .filter((i) => i.validFrom <= today && (!i.validTo || i.validTo > today))
      .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
    if (!r) throw new Error('no annual_minimum rule in force');
    return r;
  }
  const put = async (s: Session, periods: unknown, categories = ['can_bo', 'cong_chuc', 'vien_chuc']) => {
    const r = await current();
    return app.inject({
      method: 'PUT',
      url: `/api/training/rules/${r.id}`,
      headers: s.headers,
      payload: {
        params: { periods, categories },
        legalBasis: r.legalBasis,
        note: r.note,
        version: r.version,
      },
    });
  };
  const reset = await put(admin, 40);
  if (reset.statusCode !== 200) throw new Error(reset.body);
  afterAll(async () => {
    await put(admin, 40);
  });

  const report = (s: Session, q: string) =>
    app.inject({ url: `/api/reports/annual-minimum?${q}`, headers: s.headers });

  it('lists who is below the minimum, with what they did and what they miss', async () => {
    const res = await report(officer, `unit=${tree.communeA.code}&year=${year}`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.minimum).toBe(40);
    expect(r.rule.legalBasis.number).toBeTruthy();
    // The 5-day course is 40 tiết: met. 16 tiết + 8 hours = 24: missing 16. The worker is not counted.
    expect(r.items).toEqual([
      {
        person: { id: short.id, fullName: 'Trần Thị Thiếu', birthDate: '1980-05-17' },
        unit: { code: tree.communeA.code, name: tree.communeA.name },
        category: 'cong_chuc',
        periods: 24,
        missing: 16,
      },
    ]);
    expect(r.totals).toEqual({ people: 2, below: 1, rate: 50 });
    expect(r.items.map((i: { person: { id: number } }) => i.person.id)).not.toContain(worker.id);
  });

  it('follows an edit of the rule', async () => {
    const edited = await put(admin, 20);
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().params.periods).toBe(20);
    const r = (await report(officer, `unit=${tree.communeA.code}&year=${year}`)).json();
    expect(r.minimum).toBe(20);
    expect(r.items).toEqual([]);
    expect(r.totals).toEqual({ people: 2, below: 0, rate: 0 });
    // With the workers included, the worker's 16 tiết are below 20.
    await put(admin, 20, ['cong_chuc', 'nguoi_lao_dong']);
    const w = (await report(officer, `unit=${tree.communeA.code}&year=${year}`)).json();
    expect(w.items).toEqual([
      expect.objectContaining({ person: expect.objectContaining({ id: worker.id }), missing: 4 }),
    ]);
    expect((await put(admin, 40)).statusCode).toBe(200);
  });

  it('refuses a bad rule, a stale version and a writer without the permission', async () => {
    for (const bad of [-1, 2.5, 'bốn mươi']) {
      const res = await put(admin, bad);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.details[0].path).toBe('params.periods');
    }
    const cat = await put(admin, 40, ['khach']);
    expect(cat.statusCode).toBe(400);
    expect(cat.json().error.details[0].path).toMatch(/^params\.categories/);
    expect((await put(officer, 40)).statusCode).toBe(403);
    const r = await current();
    const stale = await app.inject({
      method: 'PUT',
      url: `/api/training/rules/${r.id}`,
      headers: admin.headers,
      payload: {
        params: { periods: 40, categories: ['cong_chuc'] },
        legalBasis: r.legalBasis,
        version: r.version - 1,
      },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('answers 404 for a unit outside the scope and asks a unit of non-administrators', async () => {
    expect((await report(officer, `unit=${other.communeA.code}&year=${year}`)).statusCode).toBe(404);
    const none = await report(officer, `year=${year}`);
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details[0].path).toBe('unit');
  });

  it('answers the list as a spreadsheet', async () => {
    const res = await report(officer, `unit=${tree.province.code}&year=${year}&format=xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
