import { describe, expect, it } from 'vitest';
import { login, makePerson, makeTree, makeUser } from '../../../testing/factories';
import { createTestApp } from '../../../testing/harness';
import { enrol, makeCourse } from '../results/test-factory';

describe('course survey and quality index', async () => {
  const { app, db } = await createTestApp();
  const tree = await makeTree(db);
  const school = await login(app, (await makeUser(db, 'institution', [tree.province])).username);
  const leader = await login(app, (await makeUser(db, 'leader', [tree.province])).username);

  it('averages the responses to one decimal with its band', async () => {
    const c = await makeCourse(db, tree.province, { status: 'closed' });
    const [e1, e2] = await enrol(db, c.id, tree.communeA, [
      (await makePerson(db, tree.communeA)).id,
      (await makePerson(db, tree.communeA)).id,
    ]);
    const survey = (payload: object) =>
      app.inject({
        method: 'POST',
        url: `/api/training/courses/${c.id}/surveys`,
        headers: school.headers,
        payload,
      });
    const quality = async () =>
      (await app.inject({ url: `/api/training/courses/${c.id}/quality`, headers: leader.headers })).json();
    expect(await quality()).toEqual({ responses: 0, index: null, band: null });

    const r1 = await survey({ enrolmentId: e1, answers: { content: 8, teaching: 9, organisation: 7 } });
    expect(r1.statusCode, r1.body).toBe(201);
    expect(r1.json().score).toBe(8);
    await survey({ enrolmentId: e2, answers: { content: 7, teaching: 8 }, comment: 'Tốt' });
    await survey({ answers: { content: 6, teaching: 6 } });
    // (8 + 7.5 + 6) / 3 = 7.1666… → 7.2, khá.
    expect(await quality()).toEqual({ responses: 3, index: 7.2, band: 'kha' });

    const twice = await survey({ enrolmentId: e1, answers: { content: 1 } });
    expect(twice.json().error.code).toBe('SURVEY_EXISTS');
    const bad = await survey({ answers: { content: 12 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('answers.content');
    expect((await quality()).responses).toBe(3);
  });

  it('takes no survey for a planned course', async () => {
    const c = await makeCourse(db, tree.province, { status: 'planned' });
    const res = await app.inject({
      method: 'POST',
      url: `/api/training/courses/${c.id}/surveys`,
      headers: school.headers,
      payload: { answers: { content: 9 } },
    });
    expect(res.json().error.code).toBe('COURSE_STATUS');
  });
});
