/**
 * Running the embedded server when Cadre runs as root.
 *
 * PostgreSQL refuses to run as root, so the server runs as the `postgres` system user. That
 * user must be able to execute the binaries and enter the data directory; a project checked
 * out under a mode-700 home directory (e.g. /root) is unreachable for it. We therefore:
 *  1. create the `postgres` user if it does not exist;
 *  2. copy the binaries once to a world-readable cache directory;
 *  3. add the search (x) bit for others on the data directory's ancestors that lack it, and
 *     say so in the log.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from './embedded';

export interface PgProcessUser {
  uid: number;
  gid: number;
  bins: { postgres: string; initdb: string; pg_ctl: string };
}

const CACHE_ROOT = process.env.CADRE_PG_CACHE_DIR ?? '/var/cache/cadre';

function lookupUser(name: string): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

function ensurePostgresUser(log: Logger): { uid: number; gid: number } {
  const found = lookupUser('postgres');
  if (found) return found;
  log.warn('Đang chạy với quyền root: tạo người dùng hệ thống "postgres" để chạy PostgreSQL nhúng');
  execFileSync('useradd', [
    '--system',
    '--user-group',
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    'postgres',
  ]);
  const created = lookupUser('postgres');
  if (!created) throw new Error('Không tạo được người dùng hệ thống "postgres"');
  return created;
}

/** Copies the binaries to a directory every user can read and execute (once per version). */
function publishBinaries(sourceBin: string, version: string, log: Logger): string {
  const nativeDir = path.dirname(path.dirname(sourceBin));
  const target = path.join(CACHE_ROOT, `postgres-${version}`);
  if (fs.existsSync(path.join(target, 'bin', 'postgres'))) return target;
  log.info(`Sao chép PostgreSQL nhúng tới ${target} để người dùng "postgres" chạy được`);
  fs.mkdirSync(CACHE_ROOT, { recursive: true, mode: 0o755 });
  fs.chmodSync(CACHE_ROOT, 0o755);
  const tmp = `${target}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.cpSync(nativeDir, tmp, { recursive: true, verbatimSymlinks: true });
  execFileSync('chmod', ['-R', 'a+rX', tmp]);
  fs.renameSync(tmp, target);
  return target;
}

/** Adds o+x to every ancestor of `dir` that lacks it, so another user can reach `dir`. */
function makeReachable(dir: string, log: Logger): void {
  const parts = path.resolve(dir).split(path.sep).filter(Boolean);
  let current: string = path.sep;
  for (const part of ['', ...parts]) {
    current = part ? path.join(current, part) : current;
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) {
      fs.chmodSync(current, mode | 0o001);
      log.warn(`Thêm quyền đi qua (o+x) cho thư mục ${current} để PostgreSQL nhúng truy cập dữ liệu`);
    }
  }
}

export async function preparePgUser(
  loaded: { bins: { postgres: string }; version: string },
  dataDir: string,
  clusterDir: string,
  log: Logger,
): Promise<PgProcessUser | null> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const ids = ensurePostgresUser(log);
  const base = publishBinaries(loaded.bins.postgres, loaded.version, log);
  makeReachable(dataDir, log);
  if (fs.existsSync(clusterDir)) {
    // A cluster directory copied or restored by root must belong to postgres again.
    const st = fs.statSync(clusterDir);
    if (st.uid !== ids.uid) execFileSync('chown', ['-R', `${ids.uid}:${ids.gid}`, clusterDir]);
  }
  return {
    ...ids,
    bins: {
      postgres: path.join(base, 'bin', 'postgres'),
      initdb: path.join(base, 'bin', 'initdb'),
      pg_ctl: path.join(base, 'bin', 'pg_ctl'),
    },
  };
}
