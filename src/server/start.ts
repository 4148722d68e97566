import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { buildApp } from './app';
import { type Config, loadConfig } from './config';
import { connect } from './db/connect';
import { runMigrations } from './db/migrate';
import { deferredJobs, type Jobs, startJobs } from './jobs/boss';
import { SYSTEM_CONTEXT } from './modules/audit/audit';
import { purgeExpiredSessions } from './modules/auth/queries';
import { refreshDue } from './modules/compliance/recompute';
import { maybeLoadDemo } from './modules/demo/demo';
import { ensureFirstAdmin } from './modules/users/bootstrap';

export const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

const consoleLog = {
  info: (m: string) => console.log(`[cadre] ${m}`),
  warn: (m: string) => console.warn(`[cadre] ${m}`),
};

const jobsLog = {
  info: consoleLog.info,
  error: (obj: object, msg: string) => console.error(`[cadre] ${msg}`, obj),
};

/**
 * Starts Cadre: database (embedded or DATABASE_URL), migrations, first admin, HTTP server.
 * Stops everything in order on SIGINT/SIGTERM.
 */
export async function startServer(config: Config = loadConfig()): Promise<void> {
  const conn = await connect(config, consoleLog);
  let closing = false;
  let jobs: Jobs | undefined;
  try {
    await runMigrations(conn.db);
    const admin = await ensureFirstAdmin(conn.db, config.adminPassword);
    await maybeLoadDemo(conn.db, config, consoleLog);
    if (admin.generated) {
      console.log('\n============================================================');
      console.log(' Tài khoản quản trị đầu tiên (chỉ hiển thị MỘT lần):');
      console.log(`   Tên đăng nhập: admin    Mật khẩu: ${admin.generated}`);
      console.log(' Hãy đổi mật khẩu sau khi đăng nhập.');
      console.log('============================================================\n');
    }
    // Background jobs after migrations (their workers read the migrated tables). Not awaited: the
    // server listens meanwhile and the digest endpoint waits for them (deferredJobs). CADRE_JOBS=0
    // leaves them to another process.
    if (config.jobs) {
      jobs = deferredJobs(
        startJobs({
          db: conn.db,
          url: conn.url,
          ...(config.mail ? { mail: config.mail } : {}),
          log: jobsLog,
        }).catch((err: unknown) => {
          jobsLog.error({ err }, 'không khởi động được tác vụ nền (pg-boss)');
          return undefined;
        }),
      );
    }
    const { app } = await buildApp({
      db: conn.db,
      config,
      webDir,
      ...(jobs ? { jobs } : {}),
      pingDb: async () => {
        try {
          await conn.db.execute(sql`select 1`);
          return true;
        } catch {
          return false;
        }
      },
    });
    // Housekeeping: expired sessions are useless rows; drop them hourly (not audited: no user change).
    const purge = setInterval(() => void purgeExpiredSessions(conn.db).catch(() => undefined), 3600_000);
    purge.unref();
    // Time alone moves compliance (grace periods end, new standard versions start, assignments
    // begin): each hour, re-evaluate the people whose day has come. Cheap when nothing is due.
    const refresh = setInterval(
      () =>
        void refreshDue(conn.db, { ...SYSTEM_CONTEXT, requestId: 'daily-refresh' }).catch((err: unknown) =>
          app.log.error({ err }, 'compliance refresh failed'),
        ),
      3600_000,
    );
    refresh.unref();
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      clearInterval(purge);
      clearInterval(refresh);
      app.log.info(`${signal}: dừng máy chủ`);
      // A second signal while stopping forces exit.
      const force = setTimeout(() => process.exit(1), 30_000);
      force.unref();
      try {
        await app.close();
        // Workers finish their job before the pool and the embedded server go away.
        await jobs?.stop().catch((err: unknown) => app.log.error({ err }, 'pg-boss stop failed'));
      } finally {
        await conn.shutdown();
        process.exit(0);
      }
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    await app.listen({ port: config.port, host: config.host });
    consoleLog.info(
      `Cadre đang chạy tại http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`,
    );
  } catch (err) {
    await jobs?.stop().catch(() => undefined);
    await conn.shutdown().catch(() => undefined);
    throw err;
  }
}
