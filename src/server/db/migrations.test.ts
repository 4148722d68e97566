import fs from 'node:fs';
import path from 'node:path';
import { generateDrizzleJson, generateMigration } from 'drizzle-kit/api';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { migrationsFolder } from './migrate';
import * as schema from './schema';

describe('migrations', () => {
  it('cover the whole schema: changing a table without generating a migration fails here', async () => {
    const snapshots = fs
      .readdirSync(path.join(migrationsFolder, 'meta'))
      .filter((f) => f.endsWith('_snapshot.json'))
      .sort();
    const last = snapshots.at(-1);
    expect(last).toBeDefined();
    const previous = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', last ?? ''), 'utf8'));
    const current = generateDrizzleJson(schema, previous.id);
    const missing = await generateMigration(previous, current);
    expect(missing, 'run `npm run db:generate` and commit the migration').toEqual([]);
  });

  it('create the extensions search needs and the append-only audit trigger', async () => {
    const c = new pg.Client({ connectionString: inject('databaseUrl') });
    await c.connect();
    try {
      const ext = await c.query<{ extname: string }>('select extname from pg_extension order by extname');
      expect(ext.rows.map((r) => r.extname)).toEqual(
        expect.arrayContaining(['btree_gin', 'pg_trgm', 'unaccent']),
      );
      const trg = await c.query(
        "select tgname from pg_trigger where tgrelid = 'audit_log'::regclass and not tgisinternal",
      );
      expect(trg.rowCount).toBe(2);
    } finally {
      await c.end();
    }
  });
});
