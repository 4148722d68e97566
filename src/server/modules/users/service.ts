import { and, eq } from 'drizzle-orm';
import type { UserCreateBody, UserListQuery, UserUpdateBody, UserView } from '../../../core/contracts/users';
import { assignableRoles, type Role } from '../../../core/roles';
import type { Db, DbOrTx, Tx } from '../../db/client';
import type { Actor, AuditContext } from '../../http/actor';
import { AppError } from '../../http/errors';
import { mutate } from '../audit/audit';
import { appUser, authSession, userScope } from '../auth/schema';
import { generatePassword, hashPassword } from '../auth/secrets';
import { pathInScope } from '../org/scope';
import { findPersonInScope } from '../people/queries';
import {
  findUserInScope,
  listUsers,
  personNamesOf,
  scopeUnitsOf,
  unitsByCodes,
  userOfPerson,
} from './queries';

type UserRow = typeof appUser.$inferSelect;

/** The subset of Actor the user rules need (CLI commands act as a system administrator). */
export type UserAdmin = Pick<Actor, 'userId' | 'role' | 'scope'>;

function present(u: UserRow, scope: { code: string; name: string }[], people: Map<number, string>): UserView {
  const fullName = u.personId === null ? undefined : people.get(u.personId);
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    scope,
    active: u.active,
    person: u.personId !== null && fullName !== undefined ? { id: u.personId, fullName } : null,
    email: u.email,
    lockedUntil: u.lockedUntil && u.lockedUntil > new Date() ? u.lockedUntil.toISOString() : null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
    version: u.version,
  };
}

/** What the audit row keeps of a user: never the password hash. */
function auditable(u: UserRow, scopeCodes: string[]) {
  return {
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    active: u.active,
    scope: scopeCodes,
    personId: u.personId,
    email: u.email,
  };
}

export async function list(db: Db, actor: UserAdmin, q: UserListQuery) {
  const { rows, total } = await listUsers(db, actor.scope, q);
  const scopes = await scopeUnitsOf(
    db,
    rows.map((r) => r.id),
  );
  const people = await personNamesOf(
    db,
    rows.flatMap((r) => (r.personId === null ? [] : [r.personId])),
  );
  return {
    items: rows.map((r) => present(r, scopes.get(r.id) ?? [], people)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

async function loadInScope(db: DbOrTx, actor: UserAdmin, id: number): Promise<UserRow> {
  const user = await findUserInScope(db, actor.scope, id);
  if (!user) throw new AppError('USER_NOT_FOUND');
  return user;
}

export async function get(db: Db, actor: UserAdmin, id: number): Promise<UserView> {
  const user = await loadInScope(db, actor, id);
  const people = await personNamesOf(db, user.personId === null ? [] : [user.personId]);
  return present(user, (await scopeUnitsOf(db, [id])).get(id) ?? [], people);
}

/**
 * Checks the person a self-service account is linked to: inside the actor's scope (else 400 on
 * personId, like an unknown unit) and not linked to another account.
 */
async function resolvePerson(
  tx: Tx,
  actor: UserAdmin,
  personId: number,
  userId: number | null,
): Promise<number> {
  const p = await findPersonInScope(tx, actor.scope, personId);
  if (!p) throw validation('personId', `Không tìm thấy cán bộ mã ${personId} trong phạm vi quản lý`);
  const other = await userOfPerson(tx, personId);
  if (other && other.id !== userId)
    throw validation('personId', `Cán bộ ${p.fullName} đã gắn với tài khoản ${other.username}`);
  return p.id;
}

/** Checks role and scope units the actor wants to give; returns the unit ids. */
async function resolveGrant(tx: Tx, actor: UserAdmin, role: Role, codes: string[]): Promise<number[]> {
  if (!assignableRoles(actor.role).includes(role)) throw new AppError('ROLE_NOT_ALLOWED');
  const unique = [...new Set(codes)];
  if (role === 'admin') {
    if (unique.length > 0) {
      throw validation('scope', 'Quản trị hệ thống có toàn quyền, không chọn phạm vi đơn vị');
    }
    return [];
  }
  if (unique.length === 0) throw validation('scope', 'Vui lòng chọn ít nhất một đơn vị trong phạm vi');
  const units = await unitsByCodes(tx, unique);
  const missing = unique.filter((c) => !units.some((u) => u.code === c));
  if (missing.length > 0) throw validation('scope', `Không tìm thấy đơn vị có mã: ${missing.join(', ')}`);
  if (!units.every((u) => pathInScope(actor.scope, u.path))) throw new AppError('SCOPE_NOT_ALLOWED');
  return units.map((u) => u.id);
}

function validation(path: string, message: string): AppError {
  return new AppError('VALIDATION_ERROR', { details: [{ path, message }] });
}

export async function create(
  db: Db,
  ctx: AuditContext,
  actor: UserAdmin,
  body: UserCreateBody,
  opts: { mustChangePassword?: boolean } = {},
): Promise<UserView> {
  const passwordHash = await hashPassword(body.password);
  const id = await mutate(db, ctx, async (tx) => {
    const unitIds = await resolveGrant(tx, actor, body.role, body.scope);
    const personId = body.personId ? await resolvePerson(tx, actor, body.personId, null) : null;
    const [row] = await tx
      .insert(appUser)
      .values({
        username: body.username,
        displayName: body.displayName,
        role: body.role,
        personId,
        email: body.email ?? null,
        passwordHash,
        mustChangePassword: opts.mustChangePassword ?? true,
      })
      .onConflictDoNothing({ target: appUser.username })
      .returning();
    if (!row) {
      throw new AppError('USERNAME_TAKEN', {
        details: [{ path: 'username', message: 'Tên đăng nhập đã được sử dụng' }],
      });
    }
    if (unitIds.length > 0)
      await tx.insert(userScope).values(unitIds.map((unitId) => ({ userId: row.id, unitId })));
    return {
      result: row.id,
      audit: {
        action: 'user.create',
        entity: 'app_user',
        entityId: row.id,
        after: auditable(row, body.scope),
      },
    };
  });
  return get(db, { ...actor, scope: { kind: 'all' } }, id);
}

export async function update(
  db: Db,
  ctx: AuditContext,
  actor: UserAdmin,
  id: number,
  body: UserUpdateBody,
): Promise<UserView> {
  await mutate(db, ctx, async (tx) => {
    const before = await loadInScope(tx, actor, id);
    if (before.version !== body.version) throw new AppError('VERSION_CONFLICT');
    const selfChange =
      id === actor.userId && ((body.role && body.role !== before.role) || body.active === false);
    if (selfChange) throw new AppError('CANNOT_CHANGE_SELF');
    const role = body.role ?? (before.role as Role);
    // Rules on the current role too: an officer cannot edit a user into or out of admin.
    if (!assignableRoles(actor.role).includes(before.role as Role)) throw new AppError('ROLE_NOT_ALLOWED');
    const beforeScope = ((await scopeUnitsOf(tx, [id])).get(id) ?? []).map((u) => u.code);
    const scopeCodes = body.scope ?? (body.role === 'admin' ? [] : beforeScope);
    const unitIds = await resolveGrant(tx, actor, role, scopeCodes);
    const personId =
      body.personId === undefined || body.personId === before.personId
        ? before.personId
        : body.personId === null
          ? null
          : await resolvePerson(tx, actor, body.personId, id);
    const [after] = await tx
      .update(appUser)
      .set({
        displayName: body.displayName ?? before.displayName,
        role,
        personId,
        email: body.email === undefined ? before.email : body.email,
        active: body.active ?? before.active,
        updatedAt: new Date(),
        version: before.version + 1,
      })
      // Conditional on the version read: a concurrent edit in between makes this a conflict.
      .where(and(eq(appUser.id, id), eq(appUser.version, body.version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT');
    await tx.delete(userScope).where(eq(userScope.userId, id));
    if (unitIds.length > 0)
      await tx.insert(userScope).values(unitIds.map((unitId) => ({ userId: id, unitId })));
    // A disabled account loses its sessions at once.
    if (!after.active) await tx.delete(authSession).where(eq(authSession.userId, id));
    return {
      result: null,
      audit: {
        action: 'user.update',
        entity: 'app_user',
        entityId: id,
        before: auditable(before, beforeScope),
        after: auditable(after, scopeCodes),
      },
    };
  });
  return get(db, { ...actor, scope: { kind: 'all' } }, id);
}

/** Sets a new random password, ends the user's sessions, clears a lockout. */
export async function resetPassword(
  db: Db,
  ctx: AuditContext,
  actor: UserAdmin,
  id: number,
): Promise<string> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await mutate(db, ctx, async (tx) => {
    const user = await loadInScope(tx, actor, id);
    if (!assignableRoles(actor.role).includes(user.role as Role)) throw new AppError('ROLE_NOT_ALLOWED');
    await tx
      .update(appUser)
      .set({
        passwordHash,
        mustChangePassword: true,
        failedLogins: 0,
        lockedUntil: null,
        updatedAt: new Date(),
        version: user.version + 1,
      })
      .where(eq(appUser.id, id));
    await tx.delete(authSession).where(eq(authSession.userId, id));
    return { result: null, audit: { action: 'user.reset_password', entity: 'app_user', entityId: id } };
  });
  return password;
}
