/**
 * Measures an import: dry run, commit, and re-import (all unchanged) of one workbook, with wall
 * time and peak memory (RSS sampled every 50 ms). Uses DATABASE_URL when set, otherwise a fresh
 * embedded PostgreSQL in a temporary directory.
 *
 *   node --import tsx src/server/modules/imports/perf/measure.ts /tmp/import-50k.xlsx [dry] [commit] [again]
 *
 * Steps default to all three; run one per process to read each one's peak with /usr/bin/time -v.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../../db/client';
import { startEmbedded } from '../../../db/embedded';
import { runMigrations } from '../../../db/migrate';
import { SYSTEM_CONTEXT } from '../../audit/audit';
import { runImport } from '../service';

const file = process.argv[2] ?? '';
const steps = process.argv.length > 3 ? process.argv.slice(3) : ['dry', 'commit', 'again'];
if (!fs.existsSync(file)) throw new Error(`no workbook at ${file}`);

let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const timer = setInterval(sample, 50);
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

let stop: () => Promise<void> = async () => undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-measure-'));
  const server = await startEmbedded({ dataDir: dir, log: { info: () => undefined, warn: console.warn } });
  url = server.url;
  stop = async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
const database = openDatabase(url, 4);
await runMigrations(database.db);

async function step(label: string, dryRun: boolean) {
  global.gc?.();
  peak = process.memoryUsage().rss;
  const started = Date.now();
  const result = await runImport(
    database.db,
    { ...SYSTEM_CONTEXT, requestId: 'measure' },
    fs.createReadStream(file),
    {
      dryRun,
      fileName: path.basename(file),
      log: (m) =>
        console.error(
          `  ${m} [heap ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)}]`,
        ),
    },
  );
  sample();
  const seconds = (Date.now() - started) / 1000;
  console.log(
    JSON.stringify({
      step: label,
      status: result.status,
      seconds,
      peakRss: mb(peak),
      counts: result.counts,
      errors: result.errors.slice(0, 5),
    }),
  );
}

try {
  if (steps.includes('dry')) await step('dry run', true);
  if (steps.includes('commit')) await step('commit', false);
  if (steps.includes('again')) await step('re-import (unchanged)', false);
} finally {
  clearInterval(timer);
  await database.close();
  await stop();
}
