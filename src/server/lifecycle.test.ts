import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive } from './db/embedded';

/**
 * The real entry point (src/server/main.ts) as a user runs it, on the embedded database:
 * data survives a restart, `kill -9` is recovered from, SIGTERM stops server and database.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-lifecycle-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function startMain(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('src/server/main.ts')], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(port),
      CADRE_DATA_DIR: dataDir,
      CADRE_DEMO: '0',
      CADRE_LOG_LEVEL: 'warn',
      CADRE_ADMIN_PASSWORD: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${out}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, output: () => out };
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer:\n${out}`);
}

function pgPid(): number | null {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').split('\n')[0]) : null;
}

async function loginStatus(port: number, password: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  return res.status;
}

describe('server lifecycle', () => {
  it('prints a generated admin password once, survives kill -9, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const first = await startMain(port);
    const printed = /Mật khẩu: (\S+)/.exec(first.output())?.[1];
    expect(printed).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(await loginStatus(port, printed ?? '')).toBe(200);

    // kill -9: the database is orphaned; the next start must recover on its own.
    const orphan = pgPid();
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    expect(orphan !== null && isAlive(orphan)).toBe(true);

    const second = await startMain(port);
    expect(second.output()).not.toMatch(/Mật khẩu:/); // printed only once
    expect(await loginStatus(port, printed ?? '')).toBe(200); // data kept
    const running = pgPid();
    expect(running).not.toBe(orphan);

    second.child.kill('SIGTERM');
    const code = await new Promise((r) => second.child.once('exit', r));
    expect(code).toBe(0);
    expect(pgPid()).toBeNull();
    expect(running !== null && isAlive(running)).toBe(false);
  });
});
