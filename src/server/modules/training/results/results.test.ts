import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { login, makePerson, makeTree, makeUser } from '../../../testing/factories';
import { createTestApp } from '../../../testing/harness';
import { qualification } from '../../people/schema';
import { assessmentScore, attendance, certificate, course, enrolment } from '../schema';
import { enrol, makeCourse } from './test-factory';

/**
 * Results through the HTTP API: attendance and scores while a course runs, completion that writes
 * the qualification and brings compliance up to date in the same request, certificates once.
 */
describe('training results', async () => {
  const { app, db } = await createTestApp();
  const tree = await makeTree(db);
  const school = await login(app, (await makeUser(db, 'institution', [tree.province])).username);
  const officer = await login(app, (await makeUser(db, 'officer', [tree.province])).username);
  const admin = await login(app, (await makeUser(db, 'admin')).username);
  const a = tree.communeA;

  const put = (url: string, payload: object) =>
    app.inject({ method: 'PUT', url, headers: school.headers, payload });
  const post = (url: string, payload: object = {}) =>
    app.inject({ method: 'POST', url, headers: school.headers, payload });
  const attend = (c: { id: number; sessionIds: number[] }, i: number, entries: object[]) =>
    put(`/api/training/courses/${c.id}/sessions/${c.sessionIds[i]}/attendance`, { entries });
  const grade = (c: { id: number; assessmentIds: number[] }, i: number, entries: object[]) =>
    put(`/api/training/courses/${c.id}/assessments/${c.assessmentIds[i]}/scores`, { entries });

  it('records attendance and scores for a running course, correcting earlier entries', async () => {
    const c = await makeCourse(db, tree.province);
    const p = await makePerson(db, a);
    const [e] = await enrol(db, c.id, a, [p.id]);
    expect((await attend(c, 0, [{ enrolmentId: e, status: 'absent' }])).statusCode).toBe(200);
    const res = await attend(c, 0, [{ enrolmentId: e, status: 'excused' }]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ recorded: 1 });
    const g = await grade(c, 0, [{ enrolmentId: e, score: 7.25 }]);
    expect(g.statusCode, g.body).toBe(200);
    const marks = await db
      .select()
      .from(attendance)
      .where(eq(attendance.enrolmentId, e as number));
    expect(marks).toEqual([{ enrolmentId: e, sessionId: c.sessionIds[0], status: 'excused' }]);
    const scores = await db
      .select()
      .from(assessmentScore)
      .where(eq(assessmentScore.enrolmentId, e as number));
    expect(scores.map((s) => s.score)).toEqual([7.25]);
  });

  it("sends each session's saved mark on the roster, so the sheet shows it after a reload", async () => {
    const c = await makeCourse(db, tree.province, { sessions: 3 });
    const [p1, p2] = [await makePerson(db, a), await makePerson(db, a)];
    const [e1, e2] = await enrol(db, c.id, a, [p1.id, p2.id]);
    const [s1, s2] = c.sessionIds;
    expect(
      (
        await attend(c, 0, [
          { enrolmentId: e1, status: 'present' },
          { enrolmentId: e2, status: 'absent' },
        ])
      ).statusCode,
    ).toBe(200);
    expect((await attend(c, 1, [{ enrolmentId: e1, status: 'excused' }])).statusCode).toBe(200);
    // A correction replaces the earlier mark.
    expect((await attend(c, 1, [{ enrolmentId: e1, status: 'absent' }])).statusCode).toBe(200);
    for (const who of [school, officer]) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/training/courses/${c.id}/enrolments`,
        headers: who.headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      const byId = new Map(
        (res.json().items as { id: number; marks: unknown; attendance: unknown }[]).map((i) => [i.id, i]),
      );
      expect(byId.get(e1 as number)?.marks).toEqual([
        { sessionId: s1, status: 'present' },
        { sessionId: s2, status: 'absent' },
      ]);
      expect(byId.get(e1 as number)?.attendance).toEqual({ present: 1, absent: 1, excused: 0, sessions: 3 });
      expect(byId.get(e2 as number)?.marks).toEqual([{ sessionId: s1, status: 'absent' }]);
    }
  });

  it('refuses a score of 11 naming the field, writing nothing', async () => {
    const c = await makeCourse(db, tree.province);
    const [p1, p2] = [await makePerson(db, a), await makePerson(db, a)];
    const ids = await enrol(db, c.id, a, [p1.id, p2.id]);
    const res = await grade(c, 0, [
      { enrolmentId: ids[0], score: 8 },
      { enrolmentId: ids[1], score: 11 },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ path: 'entries.1.score', message: 'Điểm phải từ 0 đến 10' }),
    ]);
    expect(await db.select().from(assessmentScore).where(inArray(assessmentScore.enrolmentId, ids))).toEqual(
      [],
    );
    // Three decimals, and a learner of another course, are refused too.
    expect((await grade(c, 0, [{ enrolmentId: ids[0], score: 7.125 }])).statusCode).toBe(400);
    const other = await makeCourse(db, tree.province);
    const [stranger] = await enrol(db, other.id, a, [(await makePerson(db, a)).id]);
    const wrong = await grade(c, 0, [{ enrolmentId: stranger, score: 7 }]);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].path).toBe('entries.0.enrolmentId');
  });

  it('refuses attendance unless the course is running', async () => {
    for (const status of ['planned', 'closed'] as const) {
      const c = await makeCourse(db, tree.province, { status });
      const [e] = await enrol(db, c.id, a, [(await makePerson(db, a)).id]);
      const res = await attend(c, 0, [{ enrolmentId: e, status: 'present' }]);
      expect(res.statusCode, status).toBe(409);
      expect(res.json().error.code).toBe('COURSE_STATUS');
      expect(res.json().error.message).toContain('Đang học');
    }
  });

  it('answers 404 for a course outside the scope', async () => {
    const elsewhere = await login(app, (await makeUser(db, 'institution', [tree.communeB])).username);
    const c = await makeCourse(db, tree.communeA);
    const [e] = await enrol(db, c.id, a, [(await makePerson(db, a)).id]);
    const res = await app.inject({
      method: 'PUT',
      url: `/api/training/courses/${c.id}/sessions/${c.sessionIds[0]}/attendance`,
      headers: elsewhere.headers,
      payload: { entries: [{ enrolmentId: e, status: 'present' }] },
    });
    expect(res.statusCode).toBe(404);
  });

  it('completes a trung cấp LLCT course: the secretary meets the standard in the same request', async () => {
    const unit = tree.communeB;
    const secretary = await makePerson(db, unit, { fullName: 'Lò Văn Bí Thư', positionCode: 'XA_BT' });
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
    const truant = await makePerson(db, unit, { fullName: 'Hà Văn Vắng', positionCode: 'XA_PBT' });
    const compliance = async () =>
      (await app.inject({ url: `/api/people/${secretary.id}/compliance`, headers: officer.headers })).json();
    const report = async () =>
      (
        await app.inject({ url: `/api/reports/compliance?unit=${unit.code}`, headers: officer.headers })
      ).json();
    expect((await compliance()).status).toBe('gap');
    const before = await report();

    const c = await makeCourse(db, tree.province, { sessions: 2, assessments: 2 });
    const [eSec, eTru] = await enrol(db, c.id, unit, [secretary.id, truant.id]);
    for (const i of [0, 1]) {
      const res = await attend(c, i, [
        { enrolmentId: eSec, status: 'present' },
        { enrolmentId: eTru, status: i === 1 ? 'absent' : 'present' },
      ]);
      expect(res.statusCode, res.body).toBe(200);
      await grade(c, i, [
        { enrolmentId: eSec, score: i === 0 ? 8.5 : 9 },
        { enrolmentId: eTru, score: 9 },
      ]);
    }
    const done = await post(`/api/training/courses/${c.id}/complete`, { completedOn: '2025-08-29' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toEqual({ completed: 1, failed: 1, qualifications: 1, commitments: 0 });

    const rows = await db.select().from(enrolment).where(eq(enrolment.courseId, c.id));
    const sec = rows.find((r) => r.id === eSec);
    const tru = rows.find((r) => r.id === eTru);
    expect(sec).toMatchObject({ status: 'completed', result: 'gioi', completedOn: '2025-08-29' });
    expect(tru).toMatchObject({ status: 'failed', result: 'khong_dat', qualificationId: null });
    const quals = await db
      .select()
      .from(qualification)
      .where(
        and(
          eq(qualification.dimension, 'politicalTheory'),
          inArray(qualification.personId, [secretary.id, truant.id]),
        ),
      );
    expect(quals).toHaveLength(1);
    expect(quals[0]).toMatchObject({
      id: sec?.qualificationId,
      personId: secretary.id,
      level: 'trung_cap',
      status: 'completed',
      source: 'course',
      institution: c.institutionName,
      mode: 'part_time',
      startDate: '2025-03-03',
      endDate: '2025-08-29',
    });
    const [closed] = await db.select({ status: course.status }).from(course).where(eq(course.id, c.id));
    expect(closed?.status).toBe('closed');

    expect((await compliance()).status).toBe('meets');
    const after = await report();
    expect(after.meets).toBe(before.meets + 1);
    expect(after.gap).toBe(before.gap - 1);

    // Certificates: once, only for the graduate; the number goes on the qualification.
    const cert = await post(`/api/training/enrolments/${eSec}/certificate`, {
      number: `CC-${c.code}`,
      issuedOn: '2025-09-05',
    });
    expect(cert.statusCode, cert.body).toBe(201);
    const [withNo] = await db
      .select()
      .from(qualification)
      .where(eq(qualification.id, sec?.qualificationId ?? 0));
    expect(withNo?.certificateNo).toBe(`CC-${c.code}`);
    const again = await post(`/api/training/enrolments/${eSec}/certificate`, {
      number: `CC2-${c.code}`,
      issuedOn: '2025-09-06',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CERTIFICATE_EXISTS');
    const failed = await post(`/api/training/enrolments/${eTru}/certificate`, {
      number: `CC3-${c.code}`,
      issuedOn: '2025-09-06',
    });
    expect(failed.statusCode).toBe(409);
    expect(failed.json().error.code).toBe('NOT_COMPLETED');
    expect(
      await db
        .select()
        .from(certificate)
        .where(eq(certificate.enrolmentId, eTru as number)),
    ).toEqual([]);
    const letter = await post(`/api/training/enrolments/${eSec}/certificate/replacement`, {
      letterNo: '45/GXN',
      issuedOn: '2026-01-10',
    });
    expect(letter.statusCode, letter.body).toBe(200);
    expect(letter.json()).toMatchObject({ number: `CC-${c.code}`, replacementLetterNo: '45/GXN' });

    // A closed course cannot be completed again.
    expect((await post(`/api/training/courses/${c.id}/complete`)).json().error.code).toBe('COURSE_STATUS');
  });

  it('completes a certificate-only programme without a qualification row', async () => {
    const c = await makeCourse(db, tree.province, {
      programmeCode: 'VTVL_XA_VP',
      sessions: 1,
      assessments: 0,
    });
    const p = await makePerson(db, a);
    const [e] = await enrol(db, c.id, a, [p.id]);
    await attend(c, 0, [{ enrolmentId: e, status: 'present' }]);
    // No body: completion on the course's end date.
    const res = await app.inject({
      method: 'POST',
      url: `/api/training/courses/${c.id}/complete`,
      headers: school.headers,
    });
    expect(res.json()).toEqual({ completed: 1, failed: 0, qualifications: 0, commitments: 0 });
    const [row] = await db
      .select()
      .from(enrolment)
      .where(eq(enrolment.id, e as number));
    expect(row).toMatchObject({
      status: 'completed',
      result: null,
      completedOn: '2025-08-29',
      qualificationId: null,
    });
  });

  it('refuses to complete a cancelled course, writing nothing', async () => {
    const c = await makeCourse(db, tree.province, { status: 'cancelled' });
    const [e] = await enrol(db, c.id, a, [(await makePerson(db, a)).id]);
    const res = await post(`/api/training/courses/${c.id}/complete`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('COURSE_STATUS');
    const [row] = await db
      .select()
      .from(enrolment)
      .where(eq(enrolment.id, e as number));
    expect(row?.status).toBe('enrolled');
  });
});
