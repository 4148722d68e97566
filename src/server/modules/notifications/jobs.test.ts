import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { DigestRun } from '../../../core/contracts/notifications';
import { buildApp } from '../../app';
import { startJobs } from '../../jobs/boss';
import { login, makePerson, makeTree, makeUser } from '../../testing/factories';
import { createScratchDatabase, testConfig } from '../../testing/harness';
import { notification } from './schema';

/**
 * pg-boss for real: started on a scratch database of its own (its schema `pgboss` and the digest's
 * global counts stay out of the shared test database), polling fast, without the cron schedules.
 */
describe('weekly digest as a pg-boss job', async () => {
  const scratch = await createScratchDatabase();
  const jobs = await startJobs({
    db: scratch.db,
    url: scratch.url,
    log: { info: () => undefined, error: () => undefined },
    pollingIntervalSeconds: 0.5,
    schedule: false,
  });
  const { app } = await buildApp({
    db: scratch.db,
    config: testConfig(),
    logger: false,
    jobs,
    pingDb: async () => true,
  });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await jobs.stop();
    await scratch.close();
  });

  const tree = await makeTree(scratch.db);
  const p = await makePerson(scratch.db, tree.communeA, { fullName: 'Ngô Văn Quá Hạn' });
  const planId = Number(
    (
      await scratch.db.execute<{ id: string }>(sql`
        insert into learning_plan (person_id, year) values (${p.id}, 2026) returning id`)
    ).rows[0]?.id,
  );
  await scratch.db.execute(sql`
    insert into learning_plan_item (plan_id, title, due_date) values (${planId}, 'Quản lý nhà nước', '2026-09-30')`);
  const admin = await login(app, (await makeUser(scratch.db, 'admin')).username);
  const officer = await login(app, (await makeUser(scratch.db, 'officer', [tree.communeA])).username);

  it('enqueues the digest, reports its state and result, and writes the notification', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/notifications/digest',
      headers: admin.headers,
      payload: { date: '2026-12-02' },
    });
    expect(res.statusCode, res.body).toBe(202);
    const queued = res.json() as DigestRun;
    expect(queued).toMatchObject({ state: 'created', result: null });

    let run = queued;
    const deadline = Date.now() + 15_000;
    while (run.state !== 'completed' && run.state !== 'failed' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      const got = await app.inject({
        method: 'GET',
        url: `/api/notifications/digest/${queued.jobId}`,
        headers: admin.headers,
      });
      expect(got.statusCode, got.body).toBe(200);
      run = got.json() as DigestRun;
    }
    expect(run).toEqual({
      jobId: queued.jobId,
      state: 'completed',
      result: { date: '2026-12-02', week: '2026-W49', digests: 1, monitorDigests: 0 },
      error: null,
    });
    const rows = await scratch.db.select().from(notification).where(eq(notification.personId, p.id));
    expect(rows.map((r) => r.kind)).toEqual(['digest']);
  });

  it('answers 404 to an unknown job and 403 without jobs.run', async () => {
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/notifications/digest/00000000-0000-0000-0000-000000000000',
      headers: admin.headers,
    });
    expect(unknown.statusCode).toBe(404);
    const junk = await app.inject({
      method: 'GET',
      url: '/api/notifications/digest/abc',
      headers: admin.headers,
    });
    expect(junk.statusCode).toBe(404);
    const denied = await app.inject({
      method: 'POST',
      url: '/api/notifications/digest',
      headers: officer.headers,
      payload: {},
    });
    expect(denied.statusCode).toBe(403);
  });
});
