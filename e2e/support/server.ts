import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = path.join(ROOT, 'e2e/artifacts');

export const ADMIN_USERNAME = 'admin';
export const ADMIN_PASSWORD = 'Admin-pass-2026';

export interface TestServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** With an external DATABASE_URL, each run gets a database of its own, dropped afterwards. */
async function freshDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `cadre_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitForHealth(baseUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  let last = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The server exited (${child.exitCode ?? child.signalCode}) before it was ready; see ${logFile}`,
      );
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = e instanceof Error ? e.message : String(e);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer /api/health within 120 s (last: ${last}); see ${logFile}`);
}

/**
 * Starts `src/server/main.ts` on a free port with a fresh data directory (embedded PostgreSQL)
 * or a fresh database on DATABASE_URL's server. The web app is served from dist/web.
 */
export async function startServer(label: string): Promise<TestServer> {
  if (!fs.existsSync(path.join(ROOT, 'dist/web/index.html'))) {
    throw new Error('dist/web is missing: run `npx vite build` (npm run test:e2e does it for you)');
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cadre-e2e-'));
  const database = process.env.DATABASE_URL ? await freshDatabase(process.env.DATABASE_URL) : null;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    CADRE_DATA_DIR: dataDir,
    CADRE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    CADRE_DEMO: '0',
  };
  if (database) env.DATABASE_URL = database.url;

  const logFile = path.join(ARTIFACTS, `server-${label}.log`);
  const log = fs.createWriteStream(logFile);
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/server/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited(child);
      clearTimeout(timer);
    }
    log.end();
    await database?.drop().catch((e: unknown) => console.warn('Could not drop the e2e database', e));
    await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
  };

  try {
    await waitForHealth(baseUrl, child, logFile);
  } catch (e) {
    await stop();
    throw e;
  }
  return { baseUrl, stop };
}
