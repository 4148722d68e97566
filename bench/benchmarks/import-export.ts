import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { peopleQuery } from '../../src/core/contracts/people';
import { openDatabase } from '../../src/server/db/client';
import { runMigrations } from '../../src/server/db/migrate';
import { SYSTEM_CONTEXT } from '../../src/server/modules/audit/audit';
import { generateWorkbook } from '../../src/server/modules/imports/perf/generate-workbook';
import { runImport } from '../../src/server/modules/imports/service';
import { exportPeople } from '../../src/server/modules/people/export';
import { round } from '../stats';
import type { Benchmark } from '../types';

const PEOPLE = Number(process.env.CADRE_BENCH_IMPORT_PEOPLE ?? 50_000);

/** Peak RSS while `fn` runs (sampled every 50 ms), with its wall time. */
async function watched<T>(fn: () => Promise<T>): Promise<{ result: T; seconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const t0 = performance.now();
  try {
    const result = await fn();
    return {
      result,
      seconds: round((performance.now() - t0) / 1000),
      peakMb: Math.round(peak / 1024 / 1024),
    };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Import of a generated workbook (5 sheets) into a database of its own on the same server, then
 * the export of those people to .xlsx. Peak memory is the whole process's RSS (server included).
 */
export const importExportBench: Benchmark = {
  name: 'import-export',
  description: `import of a ${PEOPLE.toLocaleString('en')}-person workbook (dry run, commit) and the export of the list`,
  run: async (ctx) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-bench-import-'));
    const file = path.join(dir, 'import.xlsx');
    const name = `cadre_bench_import_${Date.now()}`;
    const admin = new pg.Client({ connectionString: ctx.adminUrl });
    await admin.connect();
    await admin.query(`create database ${name} template template0 encoding 'UTF8'`);
    const url = new URL(ctx.adminUrl);
    url.pathname = `/${name}`;
    const database = openDatabase(url.toString(), 4);
    try {
      await runMigrations(database.db);
      const { rows } = await generateWorkbook(file, PEOPLE, 1);
      const size = Math.round(fs.statSync(file).size / 1024 / 1024);
      const run = (dryRun: boolean) =>
        watched(() =>
          runImport(database.db, SYSTEM_CONTEXT, fs.createReadStream(file), {
            dryRun,
            fileName: 'import.xlsx',
          }),
        );
      const dry = await run(true);
      const commit = await run(false);
      const exported = await watched(async () => {
        const stream = await exportPeople(
          database.db,
          SYSTEM_CONTEXT,
          { scope: { kind: 'all' } },
          peopleQuery.parse({}),
        );
        let bytes = 0;
        for await (const chunk of stream) bytes += (chunk as Buffer).length;
        return bytes;
      });
      const notes = `${rows.toLocaleString('en')} rows, ${size} MB workbook; status ${commit.result.status}`;
      return [
        {
          name: 'import dry run',
          unit: 's',
          value: dry.seconds,
          notes: `${notes}; peak RSS ${dry.peakMb} MB`,
        },
        { name: 'import commit', unit: 's', value: commit.seconds, notes: `peak RSS ${commit.peakMb} MB` },
        {
          name: 'export of the imported people (.xlsx)',
          unit: 's',
          value: exported.seconds,
          notes: `${Math.round(exported.result / 1024 / 1024)} MB file; peak RSS ${exported.peakMb} MB`,
        },
      ];
    } finally {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
