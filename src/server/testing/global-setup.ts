/**
 * One fresh database per test run: a new embedded server in a temp dir, or, when DATABASE_URL
 * is set, a new database on that server (dropped afterwards). Migrations run once here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client';
import { startEmbedded } from '../db/embedded';
import { runMigrations } from '../db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    /** Maintenance connection on the same server (create/drop extra databases). */
    adminUrl: string;
  }
}

const quiet = { info: () => undefined, warn: (m: string) => console.warn(m) };

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const name = `cadre_test_${Date.now()}_${process.pid}`;
  let teardown: () => Promise<void>;
  let url: string;
  let adminUrl: string;
  const external = process.env.DATABASE_URL;
  if (external) {
    adminUrl = external;
    const admin = new pg.Client({ connectionString: external });
    await admin.connect();
    await admin.query(`create database ${pg.escapeIdentifier(name)} template template0 encoding 'UTF8'`);
    await admin.end();
    url = withDatabase(external, name);
    teardown = async () => {
      const c = new pg.Client({ connectionString: external });
      await c.connect();
      await c.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
      await c.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-test-'));
    const server = await startEmbedded({ dataDir: dir, database: name, fsync: false, log: quiet });
    url = server.url;
    adminUrl = server.adminUrl;
    teardown = async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const database = openDatabase(url, 2);
  await runMigrations(database.db);
  await database.close();
  project.provide('databaseUrl', url);
  project.provide('adminUrl', adminUrl);
  return teardown;
}
