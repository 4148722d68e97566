/**
 * Streaming rows into PostgreSQL with COPY (pg-copy-streams): rows are produced by a generator
 * and written in ~256 KB chunks as the server takes them, so memory stays flat whatever N is.
 * FREEZE writes rows already frozen (no later anti-wraparound rewrite of the whole table); it
 * needs the table truncated earlier in the same transaction, which the loader does.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Cell, TableSpec } from '../tables';

const CHUNK_CHARS = 256 * 1024;

/** COPY text format: tab-separated, \N for null, backslash escapes for \ tab newline CR. */
function encode(cell: Cell): string {
  if (cell === null) return '\\N';
  if (typeof cell === 'boolean') return cell ? 't' : 'f';
  if (typeof cell === 'number') return String(cell);
  return /[\\\t\n\r]/.test(cell)
    ? cell.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : cell;
}

export function encodeRow(row: readonly Cell[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) {
    if (i > 0) line += '\t';
    line += encode(row[i] ?? null);
  }
  return `${line}\n`;
}

/** Groups row batches (one batch per person, say) into large string chunks. */
export function* chunked(batches: Iterable<Cell[][]>, counter: { rows: number }): Generator<string> {
  let buffer = '';
  for (const rows of batches) {
    for (const row of rows) {
      buffer += encodeRow(row);
      counter.rows++;
    }
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer.length > 0) yield buffer;
}

/** COPYs the rows into the table's columns; returns the number of rows. */
export async function copyInto(
  client: pg.ClientBase,
  spec: TableSpec,
  batches: Iterable<Cell[][]>,
  opts: { freeze: boolean },
): Promise<number> {
  const columns = spec.columns.map(([name]) => `"${name}"`).join(', ');
  const stream = client.query(
    copyFrom(
      `COPY "${spec.table}" (${columns}) FROM STDIN WITH (FORMAT text${opts.freeze ? ', FREEZE' : ''})`,
    ),
  );
  const counter = { rows: 0 };
  await pipeline(
    Readable.from(chunked(batches, counter), { objectMode: false, highWaterMark: 4 * CHUNK_CHARS }),
    stream,
  );
  return counter.rows;
}
