/** Test harness: the real app on the run's database, with real sessions through app.inject(). */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, inject } from 'vitest';
import { buildApp } from '../app';
import { type AuthConfig, type Config, defaultAuthConfig } from '../config';
import { openDatabase } from '../db/client';
import type { RouteRecord } from '../http/access';
import type { App } from '../http/types';

export function testConfig(auth: Partial<AuthConfig> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: inject('databaseUrl'),
    dataDir: '/nonexistent',
    adminPassword: undefined,
    demo: false,
    logLevel: 'silent',
    secureCookies: false,
    trustProxy: false,
    // Tests log in often from one address; the rate-limit test lowers this on its own app.
    auth: { ...defaultAuthConfig, loginRatePerMinute: 10_000, ...auth },
  };
}

export interface TestApp {
  app: App;
  routes: RouteRecord[];
  db: ReturnType<typeof openDatabase>['db'];
  pool: ReturnType<typeof openDatabase>['pool'];
}

/** Builds an app for this test file; closed after the file's tests. */
export async function createTestApp(
  auth: Partial<AuthConfig> = {},
  /** A scratch database's URL for tests that change global data (standards). */
  url: string = inject('databaseUrl'),
): Promise<TestApp> {
  const database = openDatabase(url, 4);
  const { app, routes } = await buildApp({
    db: database.db,
    config: testConfig(auth),
    logger: false,
    pingDb: async () => {
      await database.db.execute(sql`select 1`);
      return true;
    },
  });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await database.close();
  });
  return { app, routes, db: database.db, pool: database.pool };
}

/** A short random suffix so parallel test files never collide on codes and usernames. */
export function uniq(prefix = ''): string {
  return `${prefix}${randomBytes(4).toString('hex')}`;
}

/** A database of its own for tests that need exact contents (backup, bootstrap); migrated. */
export async function createScratchDatabase(): Promise<{
  url: string;
  db: TestApp['db'];
  close(): Promise<void>;
}> {
  const { default: pg } = await import('pg');
  const { runMigrations } = await import('../db/migrate');
  const adminUrl = inject('adminUrl');
  const name = `cadre_scratch_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template template0 encoding 'UTF8'`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const database = openDatabase(url, 2);
  await runMigrations(database.db);
  return {
    url,
    db: database.db,
    close: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
