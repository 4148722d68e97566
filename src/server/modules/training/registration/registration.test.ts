import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login, makeCadre, makePerson, makeTree, makeUser, type Session } from '../../../testing/factories';
import { createTestApp } from '../../../testing/harness';
import { auditLog } from '../../audit/schema';
import { makeCourse, makeInstitution } from '../courses/test-helpers';
import { enrolment } from '../schema';

describe('self-registration approved by the unit', async () => {
  const { app, db } = await createTestApp();
  const tree = await makeTree(db);
  const admin = await login(app, (await makeUser(db, 'admin')).username);
  const school = await login(app, (await makeUser(db, 'institution', [tree.province])).username);
  const officerA = await login(app, (await makeUser(db, 'officer', [tree.communeA])).username);
  const officerB = await login(app, (await makeUser(db, 'officer', [tree.communeB])).username);
  const institution = await makeInstitution(app, admin);

  async function cadreOf(fullName: string, positionCode = 'XA_CC_VP') {
    const p = await makePerson(db, tree.communeA, { fullName, positionCode });
    const user = await makeCadre(db, tree.communeA, p.id);
    return { person: p, session: await login(app, user.username) };
  }
  const register = (s: Session, courseId: number) =>
    app.inject({ method: 'POST', url: `/api/training/courses/${courseId}/register`, headers: s.headers });
  const decide = (s: Session, eid: number, action: 'approve' | 'reject', payload: object) =>
    app.inject({
      method: 'POST',
      url: `/api/training/enrolments/${eid}/${action}`,
      headers: s.headers,
      payload,
    });

  it('registers (pending), the unit approves (enrolled, in progress) or rejects (refused)', async () => {
    const secretary = await cadreOf('Lò Văn Tự Đăng Ký', 'XA_BT');
    const other = await cadreOf('Hà Thị Bị Từ Chối');
    const q = await app.inject({
      method: 'POST',
      url: `/api/people/${secretary.person.id}/qualifications`,
      headers: admin.headers,
      payload: {
        dimension: 'professional',
        level: 'dai_hoc',
        major: 'Luật',
        status: 'completed',
        endDate: '2010-06-30',
      },
    });
    expect(q.statusCode, q.body).toBe(201);
    const compliance = async () =>
      (
        await app.inject({ url: `/api/people/${secretary.person.id}/compliance`, headers: admin.headers })
      ).json();
    expect((await compliance()).status).toBe('gap');

    // Organised by the province: open to the communes' people.
    const c = await makeCourse(app, school, institution, tree.province, {
      startDate: '2026-12-01',
      endDate: '2027-05-31',
    });
    const me = await app.inject({ url: '/api/auth/me', headers: secretary.session.headers });
    expect(me.json().user.personId).toBe(secretary.person.id);
    const mine = await app.inject({ url: '/api/training/my-courses', headers: secretary.session.headers });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().person).toMatchObject({ id: secretary.person.id, unit: { code: tree.communeA.code } });
    expect(mine.json().courses.map((x: { id: number }) => x.id)).toContain(c.id);

    const r1 = await register(secretary.session, c.id);
    expect(r1.statusCode, r1.body).toBe(201);
    expect(r1.json()).toMatchObject({ status: 'pending' });
    const eid = r1.json().id as number;
    const [row] = await db.select().from(enrolment).where(eq(enrolment.id, eid));
    expect(row).toMatchObject({ status: 'pending', source: 'self', unitId: tree.communeA.id });
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'enrolment'), eq(auditLog.entityId, String(eid))));
    expect(audits.map((a) => a.action)).toEqual(['enrolment.register']);
    // Pending is not "in progress" yet.
    expect((await compliance()).status).toBe('gap');

    const again = await register(secretary.session, c.id);
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_ENROLLED');

    // The roster shows the pending registration to the unit's officer.
    const roster = await app.inject({
      url: `/api/training/courses/${c.id}/enrolments`,
      headers: officerA.headers,
    });
    expect(roster.json().items).toMatchObject([{ id: eid, status: 'pending' }]);

    // An officer of another unit does not see it.
    const foreign = await decide(officerB, eid, 'approve', {});
    expect(foreign.statusCode, foreign.body).toBe(404);

    const ok = await decide(officerA, eid, 'approve', {
      decisionNo: '15/QĐ-UBND',
      decisionDate: '2026-11-20',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ id: eid, status: 'enrolled' });
    expect((await compliance()).status).toBe('in_progress');
    const [approved] = await db.select().from(enrolment).where(eq(enrolment.id, eid));
    expect(approved).toMatchObject({
      status: 'enrolled',
      decisionNo: '15/QĐ-UBND',
      decisionDate: '2026-11-20',
    });

    const twice = await decide(officerA, eid, 'approve', {});
    expect(twice.statusCode, twice.body).toBe(409);
    expect(twice.json().error.code).toBe('ENROLMENT_STATUS');

    const r2 = await register(other.session, c.id);
    expect(r2.statusCode, r2.body).toBe(201);
    const noReason = await decide(officerA, r2.json().id, 'reject', { reason: '' });
    expect(noReason.statusCode).toBe(400);
    const rejected = await decide(officerA, r2.json().id, 'reject', { reason: 'Chưa bố trí được công việc' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'refused' });
    const [refused] = await db.select().from(enrolment).where(eq(enrolment.id, r2.json().id));
    expect(refused).toMatchObject({ status: 'refused', reason: 'Chưa bố trí được công việc' });

    const history = await app.inject({ url: '/api/training/my-courses', headers: other.session.headers });
    expect(history.json().enrolments).toMatchObject([{ course: { id: c.id }, status: 'refused' }]);
  });

  it('waitlists an approval when the unit quota is used up', async () => {
    const a = await cadreOf('Người Thứ Nhất');
    const b = await cadreOf('Người Thứ Hai');
    const c = await makeCourse(app, school, institution, tree.province, { capacity: 10 });
    const quota = await app.inject({
      method: 'PUT',
      url: `/api/training/courses/${c.id}/quotas`,
      headers: school.headers,
      payload: { quotas: [{ unitCode: tree.communeA.code, seats: 1 }] },
    });
    expect(quota.statusCode, quota.body).toBe(200);
    const ea = (await register(a.session, c.id)).json().id as number;
    const eb = (await register(b.session, c.id)).json().id as number;
    expect((await decide(officerA, ea, 'approve', {})).json().status).toBe('enrolled');
    expect((await decide(officerA, eb, 'approve', {})).json().status).toBe('waitlisted');
  });

  it('refuses accounts without a person, courses not open to the unit, and courses not open', async () => {
    const plain = await login(app, (await makeUser(db, 'cadre', [tree.communeA])).username);
    const c = await makeCourse(app, school, institution, tree.province);
    const r = await register(plain, c.id);
    expect(r.statusCode, r.body).toBe(403);
    expect(r.json().error.code).toBe('PERSON_NOT_LINKED');
    expect(r.json().error.message).toMatch(/hồ sơ cán bộ/);
    expect((await app.inject({ url: '/api/training/my-courses', headers: plain.headers })).statusCode).toBe(
      403,
    );

    const me = await cadreOf('Người Xã A');
    const elsewhere = await makeCourse(app, school, institution, tree.communeB);
    expect((await register(me.session, elsewhere.id)).statusCode).toBe(404);
    const mine = (await app.inject({ url: '/api/training/my-courses', headers: me.session.headers })).json();
    expect(mine.courses.map((x: { id: number }) => x.id)).not.toContain(elsewhere.id);

    const planned = await makeCourse(app, school, institution, tree.province, { status: 'planned' });
    const p = await register(me.session, planned.id);
    expect(p.statusCode, p.body).toBe(409);
    expect(p.json().error.code).toBe('COURSE_STATUS');
  });

  it('links accounts to people inside the officer scope only', async () => {
    const inside = await makePerson(db, tree.communeA);
    const outside = await makePerson(db, tree.communeB);
    const base = {
      displayName: 'Tài khoản cán bộ',
      role: 'cadre',
      scope: [tree.communeA.code],
      password: 'Mat-khau-dai-2026',
    };
    const bad = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: officerA.headers,
      payload: { ...base, username: `x${Date.now()}a`, personId: outside.id },
    });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.json().error.details).toMatchObject([{ path: 'personId' }]);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: officerA.headers,
      payload: { ...base, username: `x${Date.now()}b`, personId: inside.id },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().person).toMatchObject({ id: inside.id });
    // One account per person.
    const dup = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: officerA.headers,
      payload: { ...base, username: `x${Date.now()}c`, personId: inside.id },
    });
    expect(dup.statusCode, dup.body).toBe(400);
    // Unlinking and linking on edit.
    const unlink = await app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${ok.json().id}`,
      headers: officerA.headers,
      payload: { personId: null, version: ok.json().version },
    });
    expect(unlink.statusCode, unlink.body).toBe(200);
    expect(unlink.json().person).toBeNull();
    const relinkOutside = await app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${ok.json().id}`,
      headers: officerA.headers,
      payload: { personId: outside.id, version: unlink.json().version },
    });
    expect(relinkOutside.statusCode, relinkOutside.body).toBe(400);
  });
});
