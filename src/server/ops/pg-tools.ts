/**
 * pg_dump / pg_restore come from the system's PostgreSQL client (Debian: postgresql-client);
 * the embedded package ships only the server. Their major version must be at least the server's,
 * which is why the embedded server is pinned to major 15 (the client these machines have).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

function tool(name: 'pg_dump' | 'pg_restore'): string {
  const dir = process.env.CADRE_PG_BIN_DIR;
  return dir ? path.join(dir, name) : name;
}

/** libpq reads the connection from the environment; keeps the password off the command line. */
function libpqEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  return {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
  };
}

async function majorOf(bin: string): Promise<number> {
  try {
    const { stdout } = await run(bin, ['--version']);
    const m = /(\d+)(?:\.\d+)?/.exec(stdout);
    return m ? Number(m[1]) : 0;
  } catch {
    throw new Error(
      `Không tìm thấy ${bin}. Cài gói máy khách PostgreSQL (Debian: apt-get install postgresql-client) hoặc đặt CADRE_PG_BIN_DIR.`,
    );
  }
}

async function serverMajor(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ v: string }>("select current_setting('server_version_num') as v");
    return Math.floor(Number(rows[0]?.v ?? 0) / 10000);
  } finally {
    await c.end();
  }
}

async function checkVersions(bin: string, url: string): Promise<void> {
  const [client, server] = await Promise.all([majorOf(bin), serverMajor(url)]);
  if (client < server) {
    throw new Error(
      `${bin} phiên bản ${client} cũ hơn máy chủ PostgreSQL ${server}; cần ${bin} ${server} trở lên.`,
    );
  }
}

/** Custom-format dump (compressed, restorable table by table), without owners or grants. */
export async function backupTo(url: string, file: string): Promise<void> {
  await checkVersions(tool('pg_dump'), url);
  await run(
    tool('pg_dump'),
    ['--format=custom', '--no-owner', '--no-privileges', '--file', path.resolve(file)],
    {
      env: libpqEnv(url),
      maxBuffer: 64 * 1024 * 1024,
    },
  );
}

export async function isEmptyDatabase(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ n: string }>(
      "select count(*) as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')",
    );
    return Number(rows[0]?.n ?? 0) === 0;
  } finally {
    await c.end();
  }
}

/** Restores a dump in one transaction: all of it or nothing. */
export async function restoreFrom(url: string, file: string, opts: { clean: boolean }): Promise<void> {
  await checkVersions(tool('pg_restore'), url);
  if (!opts.clean && !(await isEmptyDatabase(url))) {
    throw new Error(
      'Cơ sở dữ liệu đích không trống. Dùng --clean để thay toàn bộ dữ liệu hiện có bằng bản sao lưu.',
    );
  }
  const args = ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction'];
  if (opts.clean) args.push('--clean', '--if-exists');
  args.push('--dbname', decodeURIComponent(new URL(url).pathname.slice(1)), path.resolve(file));
  await run(tool('pg_restore'), args, { env: libpqEnv(url), maxBuffer: 64 * 1024 * 1024 });
}
