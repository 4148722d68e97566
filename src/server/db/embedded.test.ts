import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive as alive, type EmbeddedServer, startEmbedded } from './embedded';

const messages: string[] = [];
const log = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m) };
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-embedded-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function query(url: string, text: string, values: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, values)).rows;
  } finally {
    await c.end();
  }
}

function portOf(url: string): number {
  return Number(new URL(url).port);
}

function postmasterPid(dataDir: string): number {
  return Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** Starts the fixture owner process and resolves once its server is ready. */
function startOwner(dataDir: string): Promise<ChildProcess> {
  // One process (node with tsx's loader), so SIGKILL hits the owner itself, as `kill -9` would.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('src/server/db/embedded-owner.fixture.ts'), dataDir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`owner exited ${code}`)));
  });
}

describe('embedded PostgreSQL', () => {
  it('initialises a UTF8 cluster off port 5432, keeps data and port across restarts', async () => {
    const dir = path.join(root, 'restart');
    const first = await startEmbedded({ dataDir: dir, fsync: false, log });
    expect(portOf(first.url)).not.toBe(5432);
    const [info] = await query(
      first.url,
      "select current_setting('server_encoding') as enc, current_setting('server_version_num')::int / 10000 as major",
    );
    expect(info).toEqual({ enc: 'UTF8', major: 15 });
    const [vi] = await query(
      first.url,
      "select count(*)::int as n from pg_collation where collname = 'vi-x-icu'",
    );
    expect(vi?.n).toBe(1);
    await query(first.url, 'create table kept (name text)');
    await query(first.url, 'insert into kept values ($1)', ['Nguyễn Văn Chà']);
    await first.stop();
    expect(fs.existsSync(path.join(dir, 'pg', 'postmaster.pid'))).toBe(false);

    const second = await startEmbedded({ dataDir: dir, fsync: false, log });
    try {
      expect(portOf(second.url)).toBe(portOf(first.url));
      expect(await query(second.url, 'select name from kept')).toEqual([{ name: 'Nguyễn Văn Chà' }]);
    } finally {
      await second.stop();
    }
  });

  it('recovers on its own after the owning process is killed with SIGKILL', async () => {
    const dir = path.join(root, 'orphan');
    const owner = await startOwner(dir);
    const orphanPid = postmasterPid(dir);
    owner.kill('SIGKILL');
    await new Promise((r) => owner.once('exit', r));
    expect(alive(orphanPid)).toBe(true); // the server outlived its owner

    let next: EmbeddedServer | null = null;
    try {
      next = await startEmbedded({ dataDir: dir, fsync: false, log });
      expect(next.owned).toBe(true);
      expect(alive(orphanPid)).toBe(false);
      expect(await query(next.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
      expect(messages.some((m) => m.includes('mồ côi'))).toBe(true);
    } finally {
      await next?.stop();
    }
  });

  it('attaches to a server owned by a live process (the CLI while the server runs) without stopping it', async () => {
    const dir = path.join(root, 'attach');
    const owner = await startOwner(dir);
    try {
      const attached = await startEmbedded({ dataDir: dir, fsync: false, log });
      expect(attached.owned).toBe(false);
      await attached.stop();
      expect(await query(attached.url, 'select 2 as ok')).toEqual([{ ok: 2 }]);
    } finally {
      owner.kill('SIGKILL');
      await new Promise((r) => owner.once('exit', r));
      const cleanup = await startEmbedded({ dataDir: dir, fsync: false, log });
      await cleanup.stop();
    }
  });

  it('moves to a free port when its port was taken by another program, and clears a stale pid file', async () => {
    const dir = path.join(root, 'port');
    const first = await startEmbedded({ dataDir: dir, fsync: false, log });
    const port = portOf(first.url);
    await first.stop();
    fs.writeFileSync(path.join(dir, 'pg', 'postmaster.pid'), '999999\n');
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', r));
    try {
      const moved = await startEmbedded({ dataDir: dir, fsync: false, log });
      try {
        expect(portOf(moved.url)).not.toBe(port);
        expect(await query(moved.url, 'select 3 as ok')).toEqual([{ ok: 3 }]);
      } finally {
        await moved.stop();
      }
    } finally {
      blocker.close();
    }
  });
});
