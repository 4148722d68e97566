import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * What an actor may see: everything (admin) or the subtrees of a set of units.
 * Paths are today's materialised paths ("/1/5/"); a subtree is a prefix match.
 */
export type Scope = { kind: 'all' } | { kind: 'units'; unitIds: number[]; paths: string[] };

export const ALL: Scope = { kind: 'all' };

/** `LIKE ANY` patterns for the scope's subtrees (paths hold only digits and slashes). */
export function scopePatterns(scope: Scope & { kind: 'units' }): string[] {
  return scope.paths.map((p) => `${p}%`);
}

/**
 * SQL condition: the unit whose path column is given lies inside the scope. One `LIKE 'prefix%'`
 * per subtree, OR-ed, so each can use the text_pattern_ops index on the path.
 */
export function inScope(scope: Scope, pathColumn: AnyPgColumn | SQL): SQL {
  if (scope.kind === 'all') return sql`true`;
  if (scope.paths.length === 0) return sql`false`;
  const each = scopePatterns(scope).map((p) => sql`${pathColumn} like ${p}`);
  return sql`(${sql.join(each, sql` or `)})`;
}

/** Pure check used by services on already-loaded paths. */
export function pathInScope(scope: Scope, path: string): boolean {
  return scope.kind === 'all' || scope.paths.some((p) => path.startsWith(p));
}
