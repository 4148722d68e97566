/**
 * Bulk inserts inside a Drizzle transaction (the demo loads through `mutate()`): one statement per
 * chunk, `INSERT … SELECT * FROM unnest($1::type[], $2::type[], …)`, so a chunk of thousands of
 * rows costs one parameter per column instead of one per value (PostgreSQL allows 65,535).
 */
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { Cell, TableSpec } from './tables';

const CHUNK = 5000;

export async function insertRows(db: DbOrTx, spec: TableSpec, rows: Cell[][]): Promise<void> {
  const hasId = spec.columns.some(([name]) => name === 'id');
  const names = sql.raw(spec.columns.map(([name]) => `"${name}"`).join(', '));
  for (let at = 0; at < rows.length; at += CHUNK) {
    const chunk = rows.slice(at, at + CHUNK);
    const arrays: SQL[] = spec.columns.map(([, type], c) => {
      const values = chunk.map((r) => r[c] ?? null);
      return sql`${sql.param(values)}::${sql.raw(type)}[]`;
    });
    await db.execute(sql`
      insert into ${sql.raw(`"${spec.table}"`)} (${names})
      ${hasId ? sql`overriding system value` : sql``}
      select * from unnest(${sql.join(arrays, sql`, `)})`);
  }
}

/** `count` ids from a table's identity sequence, reserved for rows this transaction inserts. */
export async function reserveIds(db: DbOrTx, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const res = await db.execute<{ id: string | number }>(sql`
    select nextval(pg_get_serial_sequence(${table}, 'id')) as id from generate_series(1, ${count})`);
  return res.rows.map((r) => Number(r.id));
}
