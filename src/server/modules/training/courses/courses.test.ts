import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login, makeTree, makeUser } from '../../../testing/factories';
import { createTestApp, uniq } from '../../../testing/harness';
import { auditLog } from '../../audit/schema';
import { makeCourse, makeInstitution } from './test-helpers';

describe('training catalogue and courses', async () => {
  const { app, db } = await createTestApp();
  const tree = await makeTree(db);
  const admin = await login(app, (await makeUser(db, 'admin')).username);
  const school = await login(app, (await makeUser(db, 'institution', [tree.province])).username);
  const officer = await login(app, (await makeUser(db, 'officer', [tree.communeA])).username);
  const institution = await makeInstitution(app, admin, tree.province);

  const post = (s: typeof admin, url: string, payload: object) =>
    app.inject({ method: 'POST', url, headers: s.headers, payload });

  it('keeps the catalogue: programmes checked against the level list, written by administrators only', async () => {
    const code = uniq('CT');
    const body = {
      code,
      name: 'Bồi dưỡng chuyên viên chính (thử)',
      contentType: 'state_management',
      trainingKind: 'boi_duong',
      awardsDimension: 'stateManagement',
      awardsLevel: 'thac_si',
      durationValue: 6,
      durationUnit: 'week',
      modes: ['full_time'],
    };
    const bad = await post(admin, '/api/training/programmes', body);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('awardsLevel');
    const ok = await post(admin, '/api/training/programmes', { ...body, awardsLevel: 'chuyen_vien_chinh' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      code,
      completionRule: { fullAttendance: true, minScore: 5 },
      version: 1,
    });
    expect((await post(admin, '/api/training/programmes', body)).json().error.code).toBe('VALIDATION_ERROR');
    const taken = await post(admin, '/api/training/programmes', {
      ...body,
      awardsLevel: 'chuyen_vien_chinh',
    });
    expect(taken.json().error.code).toBe('CODE_TAKEN');
    expect((await post(officer, '/api/training/programmes', body)).statusCode).toBe(403);

    const put = await app.inject({
      method: 'PUT',
      url: `/api/training/programmes/${code}`,
      headers: admin.headers,
      payload: { programme: { ...body, awardsLevel: 'chuyen_vien_chinh', durationValue: 8 }, version: 1 },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ durationValue: 8, version: 2 });
    const stale = await app.inject({
      method: 'PUT',
      url: `/api/training/programmes/${code}`,
      headers: admin.headers,
      payload: { programme: { ...body, awardsLevel: 'chuyen_vien_chinh' }, version: 1 },
    });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    const list = await app.inject({
      url: '/api/training/programmes?q=chuyen vien chinh',
      headers: officer.headers,
    });
    expect(list.json().items.map((p: { code: string }) => p.code)).toContain(code);
    const inst = await app.inject({
      url: `/api/training/institutions?q=${institution}`,
      headers: officer.headers,
    });
    expect(inst.json().items[0]).toMatchObject({ code: institution, unitCode: tree.province.code });
  });

  it('refuses a course ending before it starts, or with an unknown programme, naming the field', async () => {
    const base = {
      name: 'Lớp sai',
      programmeCode: 'LLCT_TRUNG_CAP',
      institutionCode: institution,
      organiserUnitCode: tree.province.code,
      mode: 'full_time',
      startDate: '2026-05-01',
      endDate: '2026-04-01',
      capacity: 30,
    };
    const backwards = await post(school, '/api/training/courses', base);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details).toEqual([
      { path: 'endDate', message: 'Ngày kết thúc phải từ ngày khai giảng trở đi' },
    ]);
    const unknown = await post(school, '/api/training/courses', {
      ...base,
      endDate: '2026-06-01',
      programmeCode: 'KHONG_CO',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].path).toBe('programmeCode');
    const empty = await post(school, '/api/training/courses', {
      ...base,
      endDate: '2026-06-01',
      capacity: 0,
    });
    expect(empty.json().error.details[0].path).toBe('capacity');
    // An organiser outside the actor's scope is unknown to it.
    const other = await login(app, (await makeUser(db, 'institution', [tree.communeB])).username);
    const outside = await post(other, '/api/training/courses', { ...base, endDate: '2026-06-01' });
    expect(outside.json().error.details[0].path).toBe('organiserUnitCode');
  });

  it('moves a course through its statuses; a wrong move names both statuses', async () => {
    const c = await makeCourse(app, school, institution, tree.province, { status: 'planned' });
    expect(c.code).toMatch(/^LLCT_TRUNG_CAP-2026-\d+$/);
    const jump = await post(school, `/api/training/courses/${c.id}/status`, { status: 'running' });
    expect(jump.statusCode).toBe(409);
    expect(jump.json().error.code).toBe('COURSE_STATUS');
    expect(jump.json().error.message).toContain('"Kế hoạch"');
    expect(jump.json().error.message).toContain('"Đang học"');
    for (const status of ['open', 'running', 'closed']) {
      const res = await post(school, `/api/training/courses/${c.id}/status`, { status });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().status).toBe(status);
    }
    const reopen = await post(school, `/api/training/courses/${c.id}/status`, { status: 'cancelled' });
    expect(reopen.statusCode).toBe(409);
    const audit = await db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, 'course'),
          eq(auditLog.entityId, String(c.id)),
          eq(auditLog.action, 'course.status'),
        ),
      );
    expect(audit).toHaveLength(3);
  });

  it('keeps the timetable inside the course dates, with quotas, lecturers, costs and assessments', async () => {
    const c = await makeCourse(app, school, institution, tree.province);
    const outside = await post(school, `/api/training/courses/${c.id}/sessions`, {
      date: '2026-09-01',
      topic: 'Buổi ngoài lịch',
      periods: 4,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details[0].path).toBe('date');
    const s = await post(school, `/api/training/courses/${c.id}/sessions`, {
      date: '2026-03-02',
      topic: 'Khai giảng, Chủ nghĩa Mác – Lênin',
      periods: 4,
    });
    expect(s.statusCode, s.body).toBe(201);
    const quotas = await app.inject({
      method: 'PUT',
      url: `/api/training/courses/${c.id}/quotas`,
      headers: school.headers,
      payload: { quotas: [{ unitCode: tree.communeA.code, seats: 5 }] },
    });
    expect(quotas.statusCode, quotas.body).toBe(200);
    expect(
      (
        await post(school, `/api/training/courses/${c.id}/lecturers`, {
          name: 'TS. Nguyễn Văn Giảng',
          kind: 'part_time',
          hours: 24,
        })
      ).statusCode,
    ).toBe(201);
    const noSource = await post(school, `/api/training/courses/${c.id}/costs`, { amount: 1000 });
    expect(noSource.statusCode).toBe(400);
    expect(noSource.json().error.details[0].path).toBe('fundingSource');
    const badSource = await post(school, `/api/training/courses/${c.id}/costs`, {
      fundingSource: 'lottery',
      amount: 1,
    });
    expect(badSource.json().error.details[0].path).toBe('fundingSource');
    expect(
      (
        await post(school, `/api/training/courses/${c.id}/costs`, {
          fundingSource: 'local',
          amount: 125_000_000,
          note: 'Ngân sách tỉnh',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await post(school, `/api/training/courses/${c.id}/assessments`, { name: 'Thi hết học phần 1' }))
        .statusCode,
    ).toBe(201);

    // An officer of a commune sees the province's course (it is open to its people), read-only.
    const detail = await app.inject({ url: `/api/training/courses/${c.id}`, headers: officer.headers });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({
      status: 'open',
      sessions: [{ date: '2026-03-02', periods: 4 }],
      quotas: [{ unit: { code: tree.communeA.code }, seats: 5, used: 0 }],
      lecturers: [{ name: 'TS. Nguyễn Văn Giảng', kind: 'part_time', hours: 24 }],
      costs: [{ fundingSource: 'local', amount: 125_000_000 }],
      assessments: [{ name: 'Thi hết học phần 1' }],
      organiser: { code: tree.province.code },
    });
    expect(
      (await post(officer, `/api/training/courses/${c.id}/sessions`, { date: '2026-03-03', topic: 'x' }))
        .statusCode,
    ).toBe(403);

    const sid = detail.json().sessions[0].id;
    const del = await app.inject({
      method: 'DELETE',
      url: `/api/training/courses/${c.id}/sessions/${sid}`,
      headers: school.headers,
    });
    expect(del.statusCode, del.body).toBe(200);
    expect(del.json().sessions).toEqual([]);
  });

  it('lists courses open to a unit and open courses for a qualification gap', async () => {
    const c = await makeCourse(app, school, institution, tree.province);
    const list = await app.inject({
      url: `/api/training/courses?openTo=${tree.communeA.code}&status=open&institution=${institution}`,
      headers: officer.headers,
    });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((i: { id: number }) => i.id)).toContain(c.id);
    expect(list.json().items[0]).toMatchObject({
      programme: { code: 'LLCT_TRUNG_CAP', awardsDimension: 'politicalTheory', awardsLevel: 'trung_cap' },
      counts: { enrolled: 0, waitlisted: 0, completed: 0 },
    });
    const gap = await app.inject({
      url: `/api/training/open-courses?dimension=politicalTheory&level=so_cap&unitCode=${tree.communeA.code}`,
      headers: officer.headers,
    });
    expect(gap.statusCode, gap.body).toBe(200);
    expect(gap.json().items.map((i: { id: number }) => i.id)).toContain(c.id);
    const higher = await app.inject({
      url: `/api/training/open-courses?dimension=politicalTheory&level=cao_cap&unitCode=${tree.communeA.code}`,
      headers: officer.headers,
    });
    expect(higher.json().items.map((i: { id: number }) => i.id)).not.toContain(c.id);
  });
});
