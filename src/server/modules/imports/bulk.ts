/**
 * Set-wise writes: each statement sends one array per column and lets PostgreSQL `unnest` them
 * into rows, so 1,000 rows cost one round trip and a dozen bind parameters (not 12,000, and
 * never past the 65,535-parameter limit). Table and column names come from this module's
 * constants, never from the file.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { arrayParam } from './load';

export const CHUNK = 1000;

type PgType = 'bigint' | 'int' | 'smallint' | 'text' | 'date' | 'jsonb';

export interface Column<R> {
  name: string;
  type: PgType;
  value: (r: R) => string | number | null;
}

function unnest<R>(columns: readonly Column<R>[], rows: readonly R[]): SQL {
  const arrays = columns.map((c) => sql`${arrayParam(rows.map(c.value))}::${sql.raw(c.type)}[]`);
  return sql`unnest(${sql.join(arrays, sql`, `)})`;
}

function* chunks<R>(rows: readonly R[], size = CHUNK): Generator<readonly R[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** INSERT … SELECT FROM unnest(…); returns the `returning` columns of every row. */
export async function insertRows<R, Out = Record<string, unknown>>(
  tx: Tx,
  table: string,
  columns: readonly Column<R>[],
  rows: readonly R[],
  opts: { returning?: string; overridingSystemValue?: boolean } = {},
): Promise<Out[]> {
  const out: Out[] = [];
  const names = sql.raw(columns.map((c) => c.name).join(', '));
  const overriding = opts.overridingSystemValue ? sql.raw(' overriding system value') : sql``;
  const returning = opts.returning ? sql.raw(` returning ${opts.returning}`) : sql``;
  for (const part of chunks(rows)) {
    const res = await tx.execute(
      sql`insert into ${sql.raw(table)} (${names})${overriding} select * from ${unnest(columns, part)}${returning}`,
    );
    out.push(...(res.rows as Out[]));
  }
  return out;
}

/**
 * UPDATE … FROM unnest(…) matched on `id`; `extraSet` adds fixed assignments such as
 * `version = t.version + 1`.
 */
export async function updateRows<R extends { id: number }>(
  tx: Tx,
  table: string,
  columns: readonly Column<R>[],
  rows: readonly R[],
  extraSet = '',
): Promise<void> {
  const all: Column<R>[] = [{ name: 'id', type: 'bigint', value: (r) => r.id }, ...columns];
  const names = sql.raw(all.map((c) => c.name).join(', '));
  const set = sql.raw(
    [...columns.map((c) => `${c.name} = v.${c.name}`), ...(extraSet ? [extraSet] : [])].join(', '),
  );
  for (const part of chunks(rows)) {
    await tx.execute(
      sql`update ${sql.raw(table)} t set ${set} from ${unnest(all, part)} as v(${names}) where t.id = v.id`,
    );
  }
}
