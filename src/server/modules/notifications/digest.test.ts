import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { makeCadre, makePerson, makeTree, makeUnit, makeUser, type Unit } from '../../testing/factories';
import { createScratchDatabase } from '../../testing/harness';
import { appUser } from '../auth/schema';
import { runPlanDeadlines } from './deadlines';
import { isoWeek, runWeeklyDigest, weekKey } from './digest';
import { notification, notificationPreference } from './schema';

/**
 * The digest and the deadline reminder run over the whole database: a scratch database of their
 * own keeps the counts exact while other test files write plans in parallel.
 */
const scratch = await createScratchDatabase();
afterAll(() => scratch.close());
const db: Db = scratch.db;

/** A plan with items, written directly: the job reads tables, not the plan service's rules. */
async function plan(
  personId: number,
  monitorPersonId: number | null,
  items: { title?: string; programme?: string; due: string; status?: 'open' | 'done' }[],
) {
  const r = await db.execute<{ id: string }>(sql`
    insert into learning_plan (person_id, year, monitor_person_id) values (${personId}, 2026, ${monitorPersonId})
    returning id`);
  const planId = Number(r.rows[0]?.id);
  for (const i of items)
    await db.execute(sql`
      insert into learning_plan_item (plan_id, programme_id, title, due_date, status)
      values (${planId}, (select id from programme where code = ${i.programme ?? null}),
        ${i.title ?? null}, ${i.due}, ${i.status ?? 'open'})`);
}

const rowsOf = (personId: number) =>
  db.select().from(notification).where(eq(notification.personId, personId));

describe('ISO weeks', () => {
  it('numbers weeks as ISO-8601 does, across year ends', () => {
    expect(weekKey('2026-12-02')).toBe('2026-W49');
    expect(weekKey('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2025-12-29')).toEqual({ year: 2026, week: 1 });
  });
});

describe('weekly digest', async () => {
  const tree = await makeTree(db);
  const date = '2026-12-02';
  const [a, b, c, d, e, monitor] = await Promise.all(
    [
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Lê Văn Cường',
      'Phạm Thị Dung',
      'Hoàng Văn Em',
      'Đỗ Thị Theo Dõi',
    ].map((fullName) => makePerson(db, tree.communeA, { fullName })),
  );
  if (!a || !b || !c || !d || !e || !monitor) throw new Error('people');
  await plan(a.id, monitor.id, [
    { programme: 'LLCT_TRUNG_CAP', due: '2026-06-30' },
    { title: 'Học tiếng dân tộc', due: '2026-11-01' },
    { title: 'Kỹ năng số', due: '2026-12-10' },
    { title: 'Quản lý nhà nước', due: '2026-12-15' },
    { title: 'Đã xong', due: '2026-05-01', status: 'done' },
    { title: 'Còn xa', due: '2027-03-01' },
  ]);
  await plan(b.id, monitor.id, [{ title: 'Tin học văn phòng', due: '2026-12-16' }]);
  await plan(c.id, monitor.id, [{ title: 'Ngoại ngữ', due: '2026-10-01' }]);
  await plan(d.id, null, [{ title: 'Bị tắt', due: '2026-10-01' }]);
  await plan(e.id, monitor.id, [{ title: 'Còn xa', due: '2027-06-01' }]);
  // B's account wants e-mail and has an address; D's account switched the digest off in the app.
  const bUser = await makeCadre(db, tree.communeA, b.id);
  await db.update(appUser).set({ email: 'binh@xa.gov.vn' }).where(eq(appUser.id, bUser.id));
  const dUser = await makeCadre(db, tree.communeA, d.id);
  await db
    .insert(notificationPreference)
    .values({ userId: dUser.id, kind: 'digest', inApp: false, email: true });

  it('writes one digest per person with overdue or due-soon items and one per monitor, once a week', async () => {
    const r = await runWeeklyDigest(db, date);
    expect(r).toEqual({ date, week: '2026-W49', digests: 3, monitorDigests: 1 });

    const [ofA] = await rowsOf(a.id);
    expect(ofA).toMatchObject({
      kind: 'digest',
      title: 'Nhắc việc tuần 49/2026: kế hoạch học tập',
      link: '/ke-hoach/cua-toi',
      dedupeKey: '2026-W49',
      emailStatus: null,
    });
    expect(ofA?.body).toBe(
      'Có 2 mục quá hạn và 2 mục đến hạn trong 14 ngày tới: Trung cấp lý luận chính trị (hạn 30/06/2026), ' +
        'Học tiếng dân tộc (hạn 01/11/2026), Kỹ năng số (hạn 10/12/2026), …',
    );
    const [ofB] = await rowsOf(b.id);
    expect(ofB?.body).toBe('Có 1 mục đến hạn trong 14 ngày tới: Tin học văn phòng (hạn 16/12/2026)');
    expect(ofB?.emailStatus).toBe('pending');
    expect((await rowsOf(c.id))[0]?.body).toBe('Có 1 mục quá hạn: Ngoại ngữ (hạn 01/10/2026)');
    expect(await rowsOf(d.id)).toEqual([]);
    expect(await rowsOf(e.id)).toEqual([]);
    const ofMonitor = await rowsOf(monitor.id);
    expect(ofMonitor).toHaveLength(1);
    expect(ofMonitor[0]).toMatchObject({
      kind: 'monitor_digest',
      body: '2 người bạn theo dõi có mục quá hạn trong kế hoạch học tập.',
      link: '/ke-hoach/theo-doi',
    });

    // Same week again (a retry, a manual run on Thursday): nothing new.
    expect(await runWeeklyDigest(db, '2026-12-03')).toMatchObject({ digests: 0, monitorDigests: 0 });
    // Next week: new digests.
    expect(await runWeeklyDigest(db, '2026-12-09')).toMatchObject({ week: '2026-W50', digests: 3 });
  });
});

describe('plan submission deadlines', async () => {
  const province = await makeUnit(db, null, 'Tỉnh hạn nộp');
  const done = await makeUnit(db, province, 'Xã đã nộp');
  const late = await makeUnit(db, province, 'Xã chưa nộp');
  const date = '2026-12-02';
  async function trainingPlan(unit: Unit, status: string, due: string | null) {
    const r = await db.execute<{ id: string }>(sql`
      insert into training_plan (unit_id, kind, from_year, to_year, title, status, sub_unit_due)
      values (${unit.id}, 'annual', 2027, 2027, ${`Kế hoạch năm 2027 của ${unit.name}`}, ${status}, ${due})
      returning id`);
    return Number(r.rows[0]?.id);
  }
  const parentPlan = await trainingPlan(province, 'approved', '2026-12-05');
  await trainingPlan(done, 'submitted', null);
  const lateOfficer = await makeUser(db, 'officer', [late]);
  const provinceOfficer = await makeUser(db, 'officer', [province]);
  const doneOfficer = await makeUser(db, 'officer', [done]);
  const leader = await makeUser(db, 'leader', [late]);
  const inactive = await makeUser(db, 'officer', [late]);
  await db.update(appUser).set({ active: false }).where(eq(appUser.id, inactive.id));

  const remindersOf = (userId: number) =>
    db.select().from(notification).where(eq(notification.userId, userId));

  it('reminds the officers over a sub-unit without a submitted plan, once per deadline', async () => {
    expect(await runPlanDeadlines(db, '2026-11-20')).toEqual({ date: '2026-11-20', reminders: 0 });
    expect(await runPlanDeadlines(db, date)).toEqual({ date, reminders: 2 });
    const [r] = await remindersOf(lateOfficer.id);
    expect(r).toMatchObject({
      kind: 'plan_deadline',
      title: 'Hạn nộp kế hoạch đào tạo: Xã chưa nộp',
      link: '/ke-hoach/dao-tao',
      dedupeKey: `plan:${parentPlan}:${late.id}:2026-12-05`,
    });
    expect(r?.body).toContain('hạn nộp 05/12/2026, còn 3 ngày.');
    expect(await remindersOf(provinceOfficer.id)).toHaveLength(1);
    for (const u of [doneOfficer, leader, inactive]) expect(await remindersOf(u.id)).toEqual([]);
    // The next days of the window: already reminded.
    expect(await runPlanDeadlines(db, '2026-12-08')).toMatchObject({ reminders: 0 });
  });
});
