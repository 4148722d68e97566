import { loadConfig } from '../server/config';
import { type Connection, connect } from '../server/db/connect';
import { runMigrations } from '../server/db/migrate';

/** Logs go to stderr so commands like `token create` print only their result on stdout. */
export const stderrLog = {
  info: (m: string) => console.error(`[cadre] ${m}`),
  warn: (m: string) => console.error(`[cadre] ${m}`),
};

/** Opens the configured database (migrated), runs `fn`, always closes it. */
export async function withDatabase<T>(
  fn: (conn: Connection) => Promise<T>,
  opts: { migrate?: boolean } = {},
): Promise<T> {
  const conn = await connect(loadConfig(), stderrLog, 2);
  try {
    if (opts.migrate ?? true) await runMigrations(conn.db);
    return await fn(conn);
  } finally {
    await conn.shutdown();
  }
}

export class CliError extends Error {}
