import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbedded } from '../db/embedded';
import { SYSTEM_CONTEXT } from '../modules/audit/audit';
import { createToken } from '../modules/auth/tokens';
import { makeTree, makeUser } from '../testing/factories';
import { createScratchDatabase } from '../testing/harness';
import { backupTo, restoreFrom } from './pg-tools';

const quiet = { info: () => undefined, warn: () => undefined };

/** Every table with its row count and a digest of its rows, in a stable order. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const tables = await c.query<{ t: string }>(
      "select quote_ident(schemaname) || '.' || quote_ident(tablename) as t from pg_tables where schemaname in ('public', 'drizzle') order by 1",
    );
    const out: Record<string, string> = {};
    for (const { t } of tables.rows) {
      const r = await c.query<{ n: string; h: string | null }>(
        `select count(*) as n, md5(string_agg(x::text, '|' order by x::text)) as h from ${t} x`,
      );
      out[t] = `${r.rows[0]?.n}:${r.rows[0]?.h}`;
    }
    return out;
  } finally {
    await c.end();
  }
}

describe('backup and restore', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-backup-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a backup restored into an empty data dir reproduces every row', async () => {
    const source = await createScratchDatabase();
    try {
      const tree = await makeTree(source.db);
      const officer = await makeUser(source.db, 'officer', [tree.communeA]);
      await makeUser(source.db, 'leader', [tree.province]);
      await createToken(source.db, SYSTEM_CONTEXT, officer.id, 'Tích hợp');
      const file = path.join(dir, 'cadre.dump');
      await backupTo(source.url, file);
      expect(fs.statSync(file).size).toBeGreaterThan(1000);

      const target = await startEmbedded({ dataDir: path.join(dir, 'restored'), fsync: false, log: quiet });
      try {
        await restoreFrom(target.url, file, { clean: false });
        const [before, after] = await Promise.all([fingerprint(source.url), fingerprint(target.url)]);
        expect(Object.keys(before)).toEqual(
          expect.arrayContaining(['public.app_user', 'public.audit_log', 'drizzle.__drizzle_migrations']),
        );
        expect(after).toEqual(before);
        // Restoring over existing data is refused without --clean, and leaves it untouched.
        await expect(restoreFrom(target.url, file, { clean: false })).rejects.toThrow(/không trống/);
        expect(await fingerprint(target.url)).toEqual(before);
      } finally {
        await target.stop();
      }
    } finally {
      await source.close();
    }
  });
});
