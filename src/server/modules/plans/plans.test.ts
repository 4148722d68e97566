import { and, asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../core/contracts/plans';
import { login, makePerson, makeTree, makeUnit, makeUser, type Session } from '../../testing/factories';
import { createTestApp, uniq } from '../../testing/harness';
import { auditLog } from '../audit/schema';
import { enrol, makeCourse } from '../training/results/test-factory';
import { programme } from '../training/schema';
import { programmeCosts, splitBudget } from './generate';
import { trainingPlan } from './schema';

describe('training plans: workflow and validation (issue 6 item 2)', async () => {
  const { app, db } = await createTestApp();
  const tree = await makeTree(db);
  const other = await makeTree(db);
  const admin = await login(app, (await makeUser(db, 'admin')).username);
  const officerUser = await makeUser(db, 'officer', [tree.province]);
  const officer = await login(app, officerUser.username);
  const leaderUser = await makeUser(db, 'leader', [tree.province]);
  const leader = await login(app, leaderUser.username);
  const [llctRow] = await db
    .select({ id: programme.id })
    .from(programme)
    .where(eq(programme.code, 'LLCT_TRUNG_CAP'));
  const llctId = llctRow?.id ?? 0;

  const call = (s: Session, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, headers: s.headers, payload });
  const ok = async (res: Awaited<ReturnType<typeof call>>, status = 200) => {
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as Plan;
  };
  const create = (s: Session, unit: string, fromYear: number, extra: object = {}) =>
    call(s, 'POST', '/api/plans', {
      unit,
      kind: 'annual',
      fromYear,
      toYear: fromYear,
      fromNeeds: false,
      ...extra,
    });
  const target = (extra: object = {}) => ({
    kind: 'programme',
    programmeCode: 'LLCT_TRUNG_CAP',
    persons: 3,
    personTimes: 3,
    ...extra,
  });
  const edit = (s: Session, p: Plan, targets: object[], extra: object = {}) =>
    call(s, 'PUT', `/api/plans/${p.id}`, {
      plan: { title: p.title, targets, budget: [{ fundingSource: 'local', amount: 1_000_000 }], ...extra },
      version: p.version,
    });
  const firstIssue = (res: Awaited<ReturnType<typeof call>>) => {
    expect(res.statusCode, res.body).toBe(400);
    return res.json().error.details[0] as { path: string; message: string };
  };
  const notifications = async (userId: number, planId: number) =>
    (
      await db.execute<{ kind: string; title: string; body: string }>(
        sql`select kind, title, body from notification where user_id = ${userId} and link = ${`/ke-hoach/dao-tao/${planId}`} order by id`,
      )
    ).rows;

  it('runs draft → submit → return with a comment → edit → resubmit → approve', async () => {
    let p = await ok(await create(officer, tree.communeA.code, 2027), 201);
    expect(p).toMatchObject({
      title: `Kế hoạch đào tạo, bồi dưỡng năm 2027 — ${tree.communeA.name}`,
      status: 'draft',
      can: { edit: true, submit: true, approve: false, return: false },
    });
    const qualification = { kind: 'qualification', dimension: 'professional', level: 'dai_hoc', persons: 2 };
    p = await ok(await edit(officer, p, [target(), qualification]));
    expect(p.targets).toMatchObject([
      { programme: { code: 'LLCT_TRUNG_CAP' }, persons: 3 },
      { dimension: 'professional', level: 'dai_hoc', dueDate: '2027-12-31' },
    ]);
    p = await ok(await call(officer, 'POST', `/api/plans/${p.id}/submit`, { version: p.version }));
    expect(p.status).toBe('submitted');
    expect(p.submittedBy?.id).toBe(officerUser.id);
    expect(await notifications(leaderUser.id, p.id)).toEqual([
      expect.objectContaining({ kind: 'plan_submitted', title: `Kế hoạch chờ phê duyệt: ${p.title}` }),
    ]);

    // The leader reads and decides but does not edit; the officer does not decide.
    const seen = await ok(await call(leader, 'GET', `/api/plans/${p.id}`));
    expect(seen.can).toEqual({ edit: false, submit: false, approve: true, return: true });
    expect((await edit(leader, p, [target()])).statusCode).toBe(403);
    const refused = await call(officer, 'POST', `/api/plans/${p.id}/approve`, { version: p.version });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');
    const locked = await edit(officer, p, [target()]);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error).toMatchObject({
      code: 'PLAN_STATE',
      message: 'Kế hoạch đã trình/đã phê duyệt, không sửa được',
    });

    const comment = 'Bổ sung chỉ tiêu bồi dưỡng quản lý nhà nước';
    p = await ok(await call(leader, 'POST', `/api/plans/${p.id}/return`, { version: p.version, comment }));
    expect(p.status).toBe('returned');
    expect(await notifications(officerUser.id, p.id)).toEqual([
      expect.objectContaining({ kind: 'plan_decision', body: expect.stringContaining(comment) }),
    ]);
    p = await ok(await edit(officer, p, [target({ persons: 4, personTimes: 4 }), qualification]));
    p = await ok(await call(officer, 'POST', `/api/plans/${p.id}/submit`, { version: p.version }));
    p = await ok(await call(leader, 'POST', `/api/plans/${p.id}/approve`, { version: p.version }));
    expect(p).toMatchObject({ status: 'approved', decidedBy: { id: leaderUser.id } });
    expect(p.events.map((e) => e.action)).toEqual([
      'created',
      'updated',
      'submitted',
      'returned',
      'updated',
      'submitted',
      'approved',
    ]);
    expect(p.events[3]).toMatchObject({ comment, user: { id: leaderUser.id } });
    const audit = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'training_plan'), eq(auditLog.entityId, String(p.id))))
      .orderBy(asc(auditLog.id));
    expect(audit.map((a) => a.action)).toEqual([
      'training_plan.create',
      'training_plan.update',
      'training_plan.submit',
      'training_plan.return',
      'training_plan.update',
      'training_plan.submit',
      'training_plan.approve',
    ]);
    const list = await call(leader, 'GET', `/api/plans?unit=${tree.province.code}&year=2027&status=approved`);
    expect(list.json().items).toContainEqual(expect.objectContaining({ id: p.id, targets: 2 }));
    expect((await call(officer, 'DELETE', `/api/plans/${p.id}`)).statusCode).toBe(409);
  });

  it('refuses self-approval and a return without a comment, writing nothing', async () => {
    let p = await ok(await create(admin, tree.communeB.code, 2027), 201);
    p = await ok(await edit(admin, p, [target()]));
    p = await ok(await call(admin, 'POST', `/api/plans/${p.id}/submit`, { version: p.version }));
    const auditCount = async () =>
      (
        await db
          .select()
          .from(auditLog)
          .where(eq(auditLog.entityId, String(p.id)))
      ).length;
    const before = await auditCount();
    const self = await call(admin, 'POST', `/api/plans/${p.id}/approve`, { version: p.version });
    expect(self.statusCode).toBe(403);
    expect(self.json().error).toMatchObject({
      code: 'PLAN_SELF_APPROVAL',
      message: 'Không thể tự phê duyệt hoặc trả lại kế hoạch do chính mình lập hoặc trình.',
    });
    expect(
      firstIssue(await call(leader, 'POST', `/api/plans/${p.id}/return`, { version: p.version })).path,
    ).toBe('comment');
    expect(await auditCount()).toBe(before);
    const after = await ok(await call(admin, 'GET', `/api/plans/${p.id}`));
    expect(after).toMatchObject({ status: 'submitted', version: p.version, can: { approve: false } });
    expect(after.events.map((e) => e.action)).not.toContain('approved');
  });

  it('validates targets: negative numbers, dates, programmes, allocations', async () => {
    const p = await ok(await create(officer, tree.communeA.code, 2028), 201);
    expect(firstIssue(await edit(officer, p, [target({ persons: -1 })])).path).toBe('plan.targets.0.persons');
    expect(firstIssue(await edit(officer, p, [target({ dueDate: '2027-06-30' })]))).toEqual({
      path: 'plan.targets.0.dueDate',
      message: 'Hạn chỉ tiêu không được trước ngày 01/01/2028 (đầu năm kế hoạch)',
    });
    expect(firstIssue(await edit(officer, p, [target({ dueDate: '2029-01-01' })])).path).toBe(
      'plan.targets.0.dueDate',
    );
    expect(firstIssue(await edit(officer, p, [target(), target({ programmeCode: 'KHONG_CO' })])).path).toBe(
      'plan.targets.1.programmeCode',
    );
    // communeB is a sibling, not a sub-unit of communeA.
    const sibling = firstIssue(
      await edit(officer, p, [target({ allocations: [{ unit: tree.communeB.code, persons: 1 }] })]),
    );
    expect(sibling).toEqual({
      path: 'plan.targets.0.allocations.0.unit',
      message: `Chỉ giao chỉ tiêu cho đơn vị cấp dưới của ${tree.communeA.name}`,
    });
    expect(firstIssue(await edit(officer, p, [target()], { subUnitDue: '2029-02-01' })).path).toBe(
      'plan.subUnitDue',
    );
    const stale = await edit(officer, { ...p, version: p.version + 5 }, [target()]);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const empty = await call(officer, 'POST', `/api/plans/${p.id}/submit`, { version: p.version });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.message).toBe('Kế hoạch chưa có chỉ tiêu nào');
    const dup = await create(officer, tree.communeA.code, 2028);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('PLAN_EXISTS');
    expect((await call(officer, 'DELETE', `/api/plans/${p.id}`)).statusCode).toBe(204);
    expect((await call(officer, 'GET', `/api/plans/${p.id}`)).statusCode).toBe(404);
  });

  it('answers 404 for a unit outside the scope and writes no plan', async () => {
    const res = await create(officer, other.communeA.code, 2027);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('UNIT_NOT_FOUND');
    const rows = await db.select().from(trainingPlan).where(eq(trainingPlan.unitId, other.communeA.id));
    expect(rows).toEqual([]);
  });

  it('drafts targets from needs and from what the parent allocated', async () => {
    const commune = await makeUnit(db, tree.province, 'Xã Nhu Cầu');
    // A secretary with a university degree but no trung cấp LLCT: a gap (see needs.test.ts).
    const bt = await makePerson(db, commune, { positionCode: 'XA_BT' });
    const q = await call(admin, 'POST', `/api/people/${bt.id}/qualifications`, {
      dimension: 'professional',
      level: 'dai_hoc',
      major: 'Luật',
      status: 'completed',
      endDate: '2015-06-30',
    });
    expect(q.statusCode, q.body).toBe(201);
    const parent = await ok(await create(officer, tree.province.code, 2029), 201);
    await ok(
      await edit(officer, parent, [
        target({ persons: 6, personTimes: 6, allocations: [{ unit: commune.code, persons: 4 }] }),
        {
          kind: 'qualification',
          dimension: 'stateManagement',
          level: 'chuyen_vien',
          persons: 3,
          allocations: [{ unit: commune.code, persons: 2 }],
        },
      ]),
    );
    const fromNeeds = await ok(await create(officer, commune.code, 2028, { fromNeeds: true }), 201);
    const llct = fromNeeds.targets.find((t) => t.programme?.code === 'LLCT_TRUNG_CAP');
    expect(llct).toMatchObject({ kind: 'programme', persons: 1, personTimes: 1 });
    const cost = (await programmeCosts(db, [llctId])).get(llctId)?.perPersonTime ?? 0;
    expect(llct?.estimatedCost).toBe(Math.round(cost));
    expect(fromNeeds.budget.reduce((s, b) => s + b.amount, 0)).toBe(fromNeeds.estimatedCost);

    const allocated = await ok(await create(officer, commune.code, 2029, { fromNeeds: true }), 201);
    expect(allocated.targets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          programme: expect.objectContaining({ code: 'LLCT_TRUNG_CAP' }),
          persons: 4,
        }),
        expect.objectContaining({ dimension: 'stateManagement', level: 'chuyen_vien', persons: 2 }),
      ]),
    );
    expect(allocated.allocatedToUnit).toHaveLength(2);
    expect(allocated.allocatedToUnit[0]?.plan).toMatchObject({
      id: parent.id,
      unit: { code: tree.province.code },
    });
  });

  it('costs a programme per person-time from its past courses and splits the budget by source', async () => {
    const code = uniq('CT_CHI_PHI');
    await db.insert(programme).values({
      code,
      name: 'Bồi dưỡng tính chi phí',
      contentType: 'other',
      trainingKind: 'boi_duong',
      durationValue: 2,
      durationUnit: 'day',
      modes: ['online'],
    });
    const c = await makeCourse(db, tree.province, {
      programmeCode: code,
      costs: [
        { fundingSource: 'central', amount: 600_000 },
        { fundingSource: 'local', amount: 300_000 },
      ],
    });
    await makeCourse(db, tree.province, {
      programmeCode: code,
      status: 'cancelled',
      costs: [{ fundingSource: 'agency', amount: 5_000_000 }],
    });
    const people = [await makePerson(db, tree.communeA), await makePerson(db, tree.communeA)];
    await enrol(
      db,
      c.id,
      tree.communeA,
      people.map((p) => p.id),
    );
    const [row] = await db.select({ id: programme.id }).from(programme).where(eq(programme.code, code));
    const costs = await programmeCosts(db, [row?.id ?? 0]);
    expect(costs.get(row?.id ?? 0)?.perPersonTime).toBe(450_000);
    expect(splitBudget(1000, costs.get(row?.id ?? 0)?.bySource ?? new Map())).toEqual([
      { fundingSource: 'central', amount: 667 },
      { fundingSource: 'local', amount: 333 },
    ]);
    expect(splitBudget(500, new Map())).toEqual([{ fundingSource: 'local', amount: 500 }]);
  });
});
