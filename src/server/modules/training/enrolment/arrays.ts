/** Postgres array literals for set-based statements (`unnest($1::text[])`), safely quoted. */

export function bigintArray(values: readonly number[]): string {
  for (const v of values) if (!Number.isSafeInteger(v)) throw new Error(`not an integer id: ${v}`);
  return `{${values.join(',')}}`;
}

/** A text[] literal; null elements become NULL, everything else is double-quoted and escaped. */
export function textArray(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}
