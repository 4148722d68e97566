import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { orgUnit } from '../org/schema';
import type { Scope } from '../org/scope';
import { apiToken, appUser, authSession, userScope } from './schema';

export type UserRow = typeof appUser.$inferSelect;

export async function findUserByUsername(db: DbOrTx, username: string): Promise<UserRow | null> {
  const rows = await db.select().from(appUser).where(eq(appUser.username, username)).limit(1);
  return rows[0] ?? null;
}

export async function findUserById(db: DbOrTx, id: number): Promise<UserRow | null> {
  const rows = await db.select().from(appUser).where(eq(appUser.id, id)).limit(1);
  return rows[0] ?? null;
}

/** The units of a user's scope with today's paths, for building a Scope and for display. */
export async function loadScopeUnits(
  db: DbOrTx,
  userId: number,
): Promise<{ id: number; code: string; name: string; path: string }[]> {
  return db
    .select({ id: orgUnit.id, code: orgUnit.code, name: orgUnit.name, path: orgUnit.path })
    .from(userScope)
    .innerJoin(orgUnit, eq(orgUnit.id, userScope.unitId))
    .where(eq(userScope.userId, userId))
    .orderBy(orgUnit.code);
}

export function scopeOf(role: string, units: { id: number; path: string }[]): Scope {
  if (role === 'admin') return { kind: 'all' };
  return { kind: 'units', unitIds: units.map((u) => u.id), paths: units.map((u) => u.path) };
}

export interface ScopeUnitRow {
  id: number;
  code: string;
  name: string;
  path: string;
}

/** A user's scope units as one JSON column, so a request resolves its actor in one query. */
const scopeUnitsJson = sql<ScopeUnitRow[]>`coalesce((
  select json_agg(json_build_object('id', o.id, 'code', o.code, 'name', o.name, 'path', o.path) order by o.code)
  from ${userScope} us join ${orgUnit} o on o.id = us.unit_id
  where us.user_id = ${appUser.id}), '[]'::json)`;

export interface SessionRow {
  idHash: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  user: UserRow;
  units: ScopeUnitRow[];
}

export async function findSession(db: DbOrTx, idHash: string): Promise<SessionRow | null> {
  const rows = await db
    .select({ s: authSession, u: appUser, units: scopeUnitsJson })
    .from(authSession)
    .innerJoin(appUser, eq(appUser.id, authSession.userId))
    .where(eq(authSession.idHash, idHash))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  return { ...row.s, user: row.u, units: row.units };
}

/** Updates last-seen; the caller throttles so idle sessions do not write on every request. */
export async function touchSession(db: DbOrTx, idHash: string): Promise<void> {
  await db.update(authSession).set({ lastSeenAt: sql`now()` }).where(eq(authSession.idHash, idHash));
}

export async function findActiveToken(db: DbOrTx, tokenHash: string) {
  const rows = await db
    .select({ t: apiToken, u: appUser, units: scopeUnitsJson })
    .from(apiToken)
    .innerJoin(appUser, eq(appUser.id, apiToken.userId))
    .where(and(eq(apiToken.tokenHash, tokenHash), isNull(apiToken.revokedAt)))
    .limit(1);
  return rows[0] ?? null;
}

export async function touchToken(db: DbOrTx, id: number): Promise<void> {
  await db.update(apiToken).set({ lastUsedAt: sql`now()` }).where(eq(apiToken.id, id));
}

export async function listTokens(db: DbOrTx, userId: number) {
  return db.select().from(apiToken).where(eq(apiToken.userId, userId)).orderBy(apiToken.createdAt);
}

export async function purgeExpiredSessions(db: DbOrTx): Promise<number> {
  const res = await db.delete(authSession).where(sql`${authSession.expiresAt} < now()`);
  return res.rowCount ?? 0;
}
