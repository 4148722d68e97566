import { randomBytes, randomInt } from 'node:crypto';
import { and, count, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client';
import { login, makePerson, makeTree, makeUser, type Unit } from '../../../testing/factories';
import { createTestApp } from '../../../testing/harness';
import { auditLog } from '../../audit/schema';
import { makeCourse, makeInstitution } from '../courses/test-helpers';
import { enrolment } from '../schema';

/** Many people at once (bulk nomination): plain rows with one current post each. */
async function bulkPeople(db: Db, unit: Unit, n: number): Promise<number[]> {
  const start = randomInt(900_000);
  const prefix = String(randomInt(10, 99));
  const r = await db.execute<{ id: string }>(sql`
    with p as (
      insert into person (cccd, full_name, name_folded, name_sort, birth_date, gender, ethnicity, category,
        current_unit_id, current_unit_path, current_assigned)
      select '0010' || ${prefix} || lpad(((${start} + g) % 1000000)::text, 6, '0'), 'Học Viên ' || g,
        'hoc vien ' || g, g || ' hoc vien', date '1985-01-01', 'male', 'Kinh', 'cong_chuc',
        ${unit.id}, ${unit.path}, true
      from generate_series(1, ${n}) g
      returning id
    ), a as (
      insert into assignment (person_id, unit_id, position_id, kind, valid_from)
      select p.id, ${unit.id}, (select id from position where code = 'XA_CC_VP'), 'recruitment', date '2015-01-01'
      from p returning person_id
    )
    select person_id as id from a order by person_id`);
  return r.rows.map((x) => Number(x.id));
}

function multipart(content: Buffer) {
  const boundary = `----cadre${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="danh-sach.xlsx"\r\n` +
        'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

async function rosterBook(rows: (string | Date | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['Số CCCD*', 'Số quyết định', 'Ngày quyết định']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('enrolment', async () => {
  const { app, db } = await createTestApp();
  const tree = await makeTree(db);
  const admin = await login(app, (await makeUser(db, 'admin')).username);
  const school = await login(app, (await makeUser(db, 'institution', [tree.province])).username);
  const officer = await makeUser(db, 'officer', [tree.communeA]);
  const s = await login(app, officer.username);
  const institution = await makeInstitution(app, admin, tree.province);
  const a = tree.communeA;

  const nominate = (courseId: number, personIds: number[], extra: object = {}) =>
    app.inject({
      method: 'POST',
      url: `/api/training/courses/${courseId}/enrolments`,
      headers: s.headers,
      payload: {
        unitCode: a.code,
        personIds,
        decisionNo: '12/QĐ-UBND',
        decisionDate: '2026-11-20',
        ...extra,
      },
    });
  const statusOf = async (courseId: number) =>
    Object.fromEntries(
      (await db.select().from(enrolment).where(eq(enrolment.courseId, courseId))).map((e) => [
        e.personId,
        e.status,
      ]),
    );
  const auditCount = async () =>
    (await db.select({ n: count() }).from(auditLog).where(eq(auditLog.actorUsername, officer.username)))[0]
      ?.n;

  it('enrolls up to capacity, waitlists the rest, and promotes the first waiting when one withdraws', async () => {
    const c = await makeCourse(app, school, institution, tree.province, { capacity: 2 });
    const [p1, p2, p3] = [await makePerson(db, a), await makePerson(db, a), await makePerson(db, a)];
    const res = await nominate(c.id, [p1.id, p2.id, p3.id]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ enrolled: 2, waitlisted: 1 });
    expect(await statusOf(c.id)).toEqual({ [p1.id]: 'enrolled', [p2.id]: 'enrolled', [p3.id]: 'waitlisted' });

    const again = await nominate(c.id, [p2.id]);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_ENROLLED');
    expect(again.json().error.message).toContain('Nguyễn Văn Thử');

    const roster = await app.inject({ url: `/api/training/courses/${c.id}/enrolments`, headers: s.headers });
    expect(roster.statusCode, roster.body).toBe(200);
    const first = roster.json().items.find((i: { person: { id: number } }) => i.person.id === p1.id);
    expect(first).toMatchObject({ status: 'enrolled', decisionNo: '12/QĐ-UBND', unit: { code: a.code } });
    expect(first.attendance).toEqual({ present: 0, absent: 0, excused: 0, sessions: 0 });

    const out = await app.inject({
      method: 'POST',
      url: `/api/training/enrolments/${first.id}/withdraw`,
      headers: s.headers,
      payload: { reason: 'Được điều động công tác khác' },
    });
    expect(out.statusCode, out.body).toBe(200);
    expect(out.json()).toMatchObject({ status: 'withdrawn', promoted: { personId: p3.id } });
    expect(await statusOf(c.id)).toEqual({ [p1.id]: 'withdrawn', [p2.id]: 'enrolled', [p3.id]: 'enrolled' });
    const twice = await app.inject({
      method: 'POST',
      url: `/api/training/enrolments/${first.id}/withdraw`,
      headers: s.headers,
      payload: { reason: 'lần hai' },
    });
    expect(twice.json().error.code).toBe('ENROLMENT_STATUS');
    // The person who withdrew may be nominated again later.
    const back = await nominate(c.id, [p1.id]);
    expect(back.json()).toMatchObject({ enrolled: 0, waitlisted: 1 });
  });

  it('limits a unit to its quota even when the course has seats', async () => {
    const c = await makeCourse(app, school, institution, tree.province, { capacity: 10 });
    const q = await app.inject({
      method: 'PUT',
      url: `/api/training/courses/${c.id}/quotas`,
      headers: school.headers,
      payload: { quotas: [{ unitCode: a.code, seats: 1 }] },
    });
    expect(q.statusCode, q.body).toBe(200);
    const people = [await makePerson(db, a), await makePerson(db, a)];
    const res = await nominate(
      c.id,
      people.map((p) => p.id),
    );
    expect(res.json()).toMatchObject({ enrolled: 1, waitlisted: 1 });
    const detail = await app.inject({ url: `/api/training/courses/${c.id}`, headers: s.headers });
    expect(detail.json().quotas[0]).toMatchObject({ seats: 1, used: 1 });
    expect(detail.json().counts).toEqual({ enrolled: 1, waitlisted: 1, completed: 0 });

    // A refusal frees the seat: the waiting person of the same unit takes it.
    const roster = (
      await app.inject({ url: `/api/training/courses/${c.id}/enrolments`, headers: s.headers })
    ).json();
    const enrolled = roster.items.find((i: { status: string }) => i.status === 'enrolled');
    const refused = await app.inject({
      method: 'POST',
      url: `/api/training/enrolments/${enrolled.id}/refuse`,
      headers: s.headers,
      payload: { reason: 'Hoàn cảnh gia đình khó khăn' },
    });
    expect(refused.json()).toMatchObject({ status: 'refused', promoted: { personId: people[1]?.id } });
  });

  it('answers 404 and writes nothing when one person is outside the scope', async () => {
    const c = await makeCourse(app, school, institution, tree.province);
    const inside = await makePerson(db, a);
    const outside = await makePerson(db, tree.communeB);
    const before = await auditCount();
    const res = await nominate(c.id, [inside.id, outside.id]);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('PERSON_NOT_FOUND');
    expect(await statusOf(c.id)).toEqual({});
    expect(await auditCount()).toBe(before);
  });

  it('refuses nominations to a course that is not open', async () => {
    const c = await makeCourse(app, school, institution, tree.province, { status: 'planned' });
    const res = await nominate(c.id, [(await makePerson(db, a)).id]);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('COURSE_STATUS');
    expect(res.json().error.message).toContain('Kế hoạch');
    expect(await statusOf(c.id)).toEqual({});
  });

  it('checks postgraduate eligibility: 46 is refused by name; a written override is kept and audited', async () => {
    const c = await makeCourse(app, school, institution, tree.province, {
      programmeCode: 'THS_QUAN_LY_CONG',
      startDate: '2027-03-01',
      endDate: '2028-12-31',
    });
    const old = await makePerson(db, a, {
      fullName: 'Trần Văn Quá Tuổi',
      birthDate: '1980-06-01',
      validFrom: '2010-01-01',
    });
    const young = await makePerson(db, a, {
      fullName: 'Lê Thị Trẻ',
      birthDate: '1990-06-01',
      gender: 'female',
      validFrom: '2015-01-01',
    });
    for (const p of [old, young])
      for (const year of [2025, 2026]) {
        const ev = await app.inject({
          method: 'PUT',
          url: `/api/people/${p.id}/evaluations`,
          headers: admin.headers,
          payload: { year, rating: 'good' },
        });
        expect(ev.statusCode, ev.body).toBeLessThan(300);
      }
    const res = await nominate(c.id, [young.id, old.id]);
    expect(res.statusCode, res.body).toBe(422);
    const err = res.json().error;
    expect(err.code).toBe('NOT_ELIGIBLE');
    expect(err.details).toHaveLength(1);
    expect(err.details[0].path).toBe('personIds.1');
    expect(err.details[0].message).toContain('Trần Văn Quá Tuổi');
    expect(err.details[0].message).toContain('46 tuổi');
    expect(err.message).toContain('Trần Văn Quá Tuổi');
    expect(await statusOf(c.id)).toEqual({});

    const reason = 'Cán bộ nguồn diện quy hoạch, Ban Thường vụ đồng ý cử đi học theo Thông báo số 15-TB/TU';
    const ok = await nominate(c.id, [young.id, old.id], { eligibilityOverride: reason });
    expect(ok.statusCode, ok.body).toBe(201);
    const rows = await db.select().from(enrolment).where(eq(enrolment.courseId, c.id));
    expect(Object.fromEntries(rows.map((e) => [e.personId, e.eligibilityOverride]))).toEqual({
      [young.id]: null,
      [old.id]: reason,
    });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'enrolment.nominate'), eq(auditLog.entityId, String(c.id))));
    expect(audit?.actorUsername).toBe(officer.username);
    expect(audit?.after).toMatchObject({
      eligibilityOverride: reason,
      overridden: [{ personId: old.id, fullName: 'Trần Văn Quá Tuổi' }],
    });
  });

  it('nominates a few hundred people in one request, quickly', async () => {
    const unit = a;
    const ids = await bulkPeople(db, unit, 400);
    const c = await makeCourse(app, school, institution, tree.province, { capacity: 350 });
    const t0 = Date.now();
    const res = await nominate(c.id, ids);
    const ms = Date.now() - t0;
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ enrolled: 350, waitlisted: 50 });
    expect(res.json().enrolmentIds).toHaveLength(400);
    expect(ms).toBeLessThan(15_000);
    const list = (
      await app.inject({ url: `/api/training/courses?openTo=${unit.code}&q=${c.code}`, headers: s.headers })
    ).json();
    expect(list.items[0].counts).toEqual({ enrolled: 350, waitlisted: 50, completed: 0 });
  });

  it('takes a roster spreadsheet: one bad CCCD → errors per row and nothing written', async () => {
    const c = await makeCourse(app, school, institution, tree.province);
    const [p1, p2] = [await makePerson(db, a), await makePerson(db, a)];
    const upload = async (book: Buffer) => {
      const body = multipart(book);
      return app.inject({
        method: 'POST',
        url: `/api/training/courses/${c.id}/enrolments/roster?unitCode=${a.code}`,
        headers: { ...s.headers, 'content-type': body.contentType },
        payload: body.payload,
      });
    };
    const bad = await upload(
      await rosterBook([
        [p1.cccd, '20/QĐ-UBND', '15/11/2026'],
        ['12345', '20/QĐ-UBND', '15/11/2026'],
        [p2.cccd, '20/QĐ-UBND', '31/02/2026'],
      ]),
    );
    expect(bad.statusCode, bad.body).toBe(400);
    const details = bad.json().error.details;
    expect(details.map((d: { row: number; column: string }) => [d.row, d.column])).toEqual([
      [3, 'Số CCCD*'],
      [4, 'Ngày quyết định'],
    ]);
    expect(details[0].message).toContain('Dòng 3');
    expect(await statusOf(c.id)).toEqual({});

    const good = await upload(
      await rosterBook([
        [p1.cccd, '20/QĐ-UBND', '15/11/2026'],
        [p2.cccd, '21/QĐ-UBND', new Date('2026-11-16T00:00:00Z')],
      ]),
    );
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json()).toMatchObject({ enrolled: 2, waitlisted: 0 });
    const rows = await db.select().from(enrolment).where(eq(enrolment.courseId, c.id));
    expect(rows.map((r) => [r.personId, r.source, r.decisionNo, r.decisionDate]).sort()).toEqual(
      [
        [p1.id, 'roster', '20/QĐ-UBND', '2026-11-15'],
        [p2.id, 'roster', '21/QĐ-UBND', '2026-11-16'],
      ].sort(),
    );
  });

  it('makes a secretary without trung cấp LLCT "in progress" once enrolled, in the same request', async () => {
    const secretary = await makePerson(db, a, { fullName: 'Lò Văn Bí Thư', positionCode: 'XA_BT' });
    const q = await app.inject({
      method: 'POST',
      url: `/api/people/${secretary.id}/qualifications`,
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
      (await app.inject({ url: `/api/people/${secretary.id}/compliance`, headers: s.headers })).json();
    expect((await compliance()).status).toBe('gap');
    const c = await makeCourse(app, school, institution, tree.province, {
      startDate: '2026-12-01',
      endDate: '2027-05-31',
    });
    const res = await nominate(c.id, [secretary.id]);
    expect(res.statusCode, res.body).toBe(201);
    expect((await compliance()).status).toBe('in_progress');

    const history = await app.inject({ url: `/api/people/${secretary.id}/training`, headers: s.headers });
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().enrolments).toMatchObject([
      { course: { id: c.id, status: 'open' }, programme: { code: 'LLCT_TRUNG_CAP' }, status: 'enrolled' },
    ]);

    // Withdrawing takes the "in progress" away again.
    const [e] = await db.select().from(enrolment).where(eq(enrolment.courseId, c.id));
    await app.inject({
      method: 'POST',
      url: `/api/training/enrolments/${e?.id}/withdraw`,
      headers: s.headers,
      payload: { reason: 'Ốm dài ngày' },
    });
    expect((await compliance()).status).toBe('gap');
  });
});
