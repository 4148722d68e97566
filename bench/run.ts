/**
 * `npm run bench [-- name…]`: runs the registered benchmarks against a real server on loopback
 * and writes bench/results/<timestamp>.json and .md. Uses DATABASE_URL when set (benchmarks
 * that need the generated nation read it there); otherwise a fresh embedded server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/client';
import { startEmbedded } from '../src/server/db/embedded';
import { runMigrations } from '../src/server/db/migrate';
import { SYSTEM_CONTEXT } from '../src/server/modules/audit/audit';
import { findUserByUsername } from '../src/server/modules/auth/queries';
import { ensureFirstAdmin, SYSTEM_ADMIN } from '../src/server/modules/users/bootstrap';
import { resetPassword } from '../src/server/modules/users/service';
import { benchmarks } from './registry';
import { type BenchReport, machineInfo, toMarkdown } from './report';

const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
const log = { info: (m: string) => console.error(m), warn: (m: string) => console.error(m) };

async function main() {
  const only = process.argv.slice(2);
  const selected = only.length ? benchmarks.filter((b) => only.includes(b.name)) : benchmarks;
  if (selected.length === 0) throw new Error(`Không có benchmark nào tên: ${only.join(', ')}`);

  const config = loadConfig({ ...process.env, CADRE_LOG_LEVEL: 'warn' });
  // CADRE_DATA_DIR set: benchmark the data there (e.g. after `cadre generate`); else a fresh database.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-bench-'));
  const dataDir = process.env.CADRE_DATA_DIR ? config.dataDir : tmp;
  const embedded = config.databaseUrl ? null : await startEmbedded({ dataDir, log });
  const databaseUrl = config.databaseUrl ?? embedded?.url ?? '';
  const database = openDatabase(databaseUrl, 10);
  try {
    await runMigrations(database.db);
    await ensureFirstAdmin(database.db, undefined);
    const admin = await findUserByUsername(database.db, 'admin');
    if (!admin) throw new Error('no admin');
    // A known password for the run; the reset is audited like any other.
    const adminPassword = await resetPassword(
      database.db,
      { ...SYSTEM_CONTEXT, requestId: 'bench' },
      SYSTEM_ADMIN,
      admin.id,
    );
    const { app } = await buildApp({
      db: database.db,
      config: { ...config, auth: { ...config.auth, loginRatePerMinute: 1_000_000 } },
      logger: false,
      pingDb: async () => {
        await database.db.execute(sql`select 1`);
        return true;
      },
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const version = await database.pool.query<{ v: string }>('select version() as v');
    const report: BenchReport = {
      startedAt: new Date().toISOString(),
      machine: machineInfo(version.rows[0]?.v.split(' on ')[0] ?? 'PostgreSQL'),
      dataset: await describeDataset(
        database.pool,
        config.databaseUrl
          ? `DATABASE_URL (${new URL(databaseUrl).pathname.slice(1)})`
          : `embedded (${dataDir})`,
      ),
      results: [],
    };
    for (const b of selected) {
      console.error(`▶ ${b.name}: ${b.description}`);
      const measurements = await b.run({
        app,
        baseUrl: address,
        adminPassword,
        databaseUrl,
        adminUrl: embedded?.adminUrl ?? databaseUrl,
        pool: database.pool,
        db: database.db,
      });
      report.results.push({ benchmark: b.name, description: b.description, measurements });
      for (const m of measurements) console.error(`  ${m.name}: ${JSON.stringify(m)}`);
    }
    await app.close();
    fs.mkdirSync(resultsDir, { recursive: true });
    const stamp = report.startedAt.replace(/[:.]/g, '-');
    fs.writeFileSync(path.join(resultsDir, `${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
    fs.writeFileSync(path.join(resultsDir, `${stamp}.md`), toMarkdown(report));
    console.log(toMarkdown(report));
  } finally {
    await database.close();
    await embedded?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function describeDataset(pool: import('pg').Pool, where: string): Promise<string> {
  const r = await pool.query<{ people: string; quals: string; units: string }>(
    `select (select count(*) from person) as people, (select count(*) from qualification) as quals, (select count(*) from org_unit) as units`,
  );
  const row = r.rows[0];
  return `${where}: ${Number(row?.people ?? 0).toLocaleString('en')} people, ${Number(row?.quals ?? 0).toLocaleString('en')} qualifications, ${Number(row?.units ?? 0).toLocaleString('en')} units`;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
