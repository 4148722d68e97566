import { and, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { UserListQuery } from '../../../core/contracts/users';
import type { DbOrTx } from '../../db/client';
import { appUser, userScope } from '../auth/schema';
import { orgUnit } from '../org/schema';
import { inScope, type Scope } from '../org/scope';
import { person } from '../people/schema';

/**
 * Users an actor may administer. Admin: everyone. Others: non-admin users that have a scope and
 * whose every scope unit lies inside the actor's subtrees.
 */
export function usersInScope(scope: Scope): SQL {
  if (scope.kind === 'all') return sql`true`;
  return sql`(${appUser.role} <> 'admin'
    and exists (select 1 from ${userScope} us where us.user_id = ${appUser.id})
    and not exists (
      select 1 from ${userScope} us join ${orgUnit} o on o.id = us.unit_id
      where us.user_id = ${appUser.id} and not ${inScope(scope, sql`o.path`)}))`;
}

export async function listUsers(db: DbOrTx, scope: Scope, q: UserListQuery) {
  const conditions: SQL[] = [usersInScope(scope)];
  if (q.role) conditions.push(eq(appUser.role, q.role));
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(appUser.username, like), ilike(appUser.displayName, like));
    if (match) conditions.push(match);
  }
  const where = and(...conditions);
  const [totalRow] = await db.select({ n: count() }).from(appUser).where(where);
  const rows = await db
    .select()
    .from(appUser)
    .where(where)
    .orderBy(appUser.username)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { rows, total: totalRow?.n ?? 0 };
}

export async function findUserInScope(db: DbOrTx, scope: Scope, id: number) {
  const rows = await db
    .select()
    .from(appUser)
    .where(and(eq(appUser.id, id), usersInScope(scope)))
    .limit(1);
  return rows[0] ?? null;
}

/** Scope units of many users at once, for list pages (no N+1). */
export async function scopeUnitsOf(db: DbOrTx, userIds: number[]) {
  if (userIds.length === 0) return new Map<number, { code: string; name: string }[]>();
  const rows = await db
    .select({ userId: userScope.userId, code: orgUnit.code, name: orgUnit.name })
    .from(userScope)
    .innerJoin(orgUnit, eq(orgUnit.id, userScope.unitId))
    .where(inArray(userScope.userId, userIds))
    .orderBy(orgUnit.code);
  const map = new Map<number, { code: string; name: string }[]>();
  for (const r of rows) {
    const list = map.get(r.userId) ?? [];
    list.push({ code: r.code, name: r.name });
    map.set(r.userId, list);
  }
  return map;
}

export async function unitsByCodes(db: DbOrTx, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .select({ id: orgUnit.id, code: orgUnit.code, path: orgUnit.path })
    .from(orgUnit)
    .where(inArray(orgUnit.code, codes));
}

/** Full names of linked person records, for user lists (no N+1). */
export async function personNamesOf(db: DbOrTx, personIds: number[]): Promise<Map<number, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ id: person.id, fullName: person.fullName })
    .from(person)
    .where(inArray(person.id, [...new Set(personIds)]));
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

/** The account linked to a person record, if any. */
export async function userOfPerson(db: DbOrTx, personId: number) {
  const rows = await db
    .select({ id: appUser.id, username: appUser.username })
    .from(appUser)
    .where(eq(appUser.personId, personId))
    .limit(1);
  return rows[0] ?? null;
}
