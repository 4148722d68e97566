import { and, eq, ne } from 'drizzle-orm';
import type { LoginBody, PasswordChangeBody, SessionUser } from '../../../core/contracts/auth';
import { ROLE_PERMISSIONS, type Role } from '../../../core/roles';
import type { AuthConfig } from '../../config';
import type { Db } from '../../db/client';
import type { Actor, AuditContext } from '../../http/actor';
import { AppError } from '../../http/errors';
import { mutate } from '../audit/audit';
import {
  findActiveToken,
  findSession,
  findUserById,
  findUserByUsername,
  loadScopeUnits,
  type ScopeUnitRow,
  scopeOf,
  touchSession,
  touchToken,
  type UserRow,
} from './queries';
import { appUser, authSession } from './schema';
import { hashPassword, randomSecret, safeEqual, sha256, verifyPassword } from './secrets';

export interface AuthDeps {
  db: Db;
  auth: AuthConfig;
}

/** Bookkeeping writes (last seen, last used) happen at most this often per session/token. */
const TOUCH_INTERVAL_MS = 60_000;

function lockedError(until: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new AppError('ACCOUNT_LOCKED', { headers: { 'retry-after': String(seconds) } });
}

function buildActor(user: UserRow, units: ScopeUnitRow[], via: Actor['via']): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role as Role,
    scope: scopeOf(user.role, units),
    scopeUnits: units.map((u) => ({ code: u.code, name: u.name })),
    mustChangePassword: user.mustChangePassword,
    personId: user.personId,
    via,
  };
}

export function sessionUserOf(actor: Actor): SessionUser {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    scope: actor.scopeUnits,
    permissions: [...ROLE_PERMISSIONS[actor.role]],
    mustChangePassword: actor.mustChangePassword,
    personId: actor.personId,
  };
}

export interface LoginResult {
  sessionSecret: string;
  csrfToken: string;
  actor: Actor;
}

export async function login(
  deps: AuthDeps,
  ctx: AuditContext & { userAgent: string | null },
  body: LoginBody,
  previousSessionSecret: string | null,
): Promise<LoginResult> {
  const { db, auth } = deps;
  const username = body.username.trim().toLowerCase();
  const user = await findUserByUsername(db, username);
  if (user?.lockedUntil && user.lockedUntil > new Date()) throw lockedError(user.lockedUntil);

  const passwordOk = await verifyPassword(user?.passwordHash ?? null, body.password);
  if (!user || !passwordOk || !user.active) {
    if (!user) throw new AppError('INVALID_CREDENTIALS');
    const failures = user.failedLogins + 1;
    const lock = failures >= auth.lockoutThreshold ? new Date(Date.now() + auth.lockoutMs) : null;
    await mutate(db, ctx, async (tx) => {
      await tx
        .update(appUser)
        .set(lock ? { failedLogins: 0, lockedUntil: lock } : { failedLogins: failures })
        .where(eq(appUser.id, user.id));
      return {
        result: null,
        audit: {
          action: lock ? 'auth.locked' : 'auth.login_failed',
          entity: 'app_user',
          entityId: user.id,
          after: { failedLogins: failures, lockedUntil: lock?.toISOString() ?? null },
        },
      };
    });
    if (lock) throw lockedError(lock);
    throw new AppError('INVALID_CREDENTIALS');
  }

  const sessionSecret = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(Date.now() + auth.absoluteTimeoutMs);
  await mutate(db, { ...ctx, actor: { userId: user.id, username: user.username } }, async (tx) => {
    // Rotation: a login never keeps a session id that existed before it.
    if (previousSessionSecret) {
      await tx.delete(authSession).where(eq(authSession.idHash, sha256(previousSessionSecret)));
    }
    await tx.insert(authSession).values({
      idHash: sha256(sessionSecret),
      userId: user.id,
      csrfToken,
      expiresAt,
      ip: ctx.ip,
      userAgent: ctx.userAgent?.slice(0, 500) ?? null,
    });
    await tx
      .update(appUser)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() })
      .where(eq(appUser.id, user.id));
    return { result: null, audit: { action: 'auth.login', entity: 'app_user', entityId: user.id } };
  });
  const actor = buildActor(user, await loadScopeUnits(db, user.id), 'session');
  return { sessionSecret, csrfToken, actor: { ...actor, sessionIdHash: sha256(sessionSecret), csrfToken } };
}

/** The actor behind a session cookie, or null when missing, expired (idle or absolute) or disabled. */
export async function resolveSession(deps: AuthDeps, secret: string): Promise<Actor | null> {
  const idHash = sha256(secret);
  const session = await findSession(deps.db, idHash);
  if (!session?.user.active) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now) return null;
  if (session.lastSeenAt.getTime() + deps.auth.idleTimeoutMs <= now) return null;
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await touchSession(deps.db, idHash);
  const actor = buildActor(session.user, session.units, 'session');
  return { ...actor, sessionIdHash: idHash, csrfToken: session.csrfToken };
}

export async function resolveToken(deps: AuthDeps, secret: string): Promise<Actor | null> {
  const row = await findActiveToken(deps.db, sha256(secret));
  if (!row?.u.active) return null;
  const lastUsed = row.t.lastUsedAt?.getTime() ?? 0;
  if (Date.now() - lastUsed > TOUCH_INTERVAL_MS) await touchToken(deps.db, row.t.id);
  return buildActor(row.u, row.units, 'token');
}

export function csrfMatches(actor: Actor, header: string | undefined): boolean {
  return actor.via === 'token' || (!!header && !!actor.csrfToken && safeEqual(header, actor.csrfToken));
}

export async function logout(deps: AuthDeps, ctx: AuditContext, actor: Actor): Promise<void> {
  if (!actor.sessionIdHash) return;
  const idHash = actor.sessionIdHash;
  await mutate(deps.db, ctx, async (tx) => {
    await tx.delete(authSession).where(eq(authSession.idHash, idHash));
    return { result: null, audit: { action: 'auth.logout', entity: 'app_user', entityId: actor.userId } };
  });
}

export async function changePassword(
  deps: AuthDeps,
  ctx: AuditContext,
  actor: Actor,
  body: PasswordChangeBody,
): Promise<void> {
  const user = await findUserById(deps.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, body.currentPassword))) {
    throw new AppError('WRONG_PASSWORD', {
      details: [{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' }],
    });
  }
  const passwordHash = await hashPassword(body.newPassword);
  await mutate(deps.db, ctx, async (tx) => {
    await tx
      .update(appUser)
      .set({ passwordHash, mustChangePassword: false, updatedAt: new Date(), version: user.version + 1 })
      .where(eq(appUser.id, user.id));
    // Other sessions of this user end: a changed password must lock out whoever knew the old one.
    const keep = actor.sessionIdHash ?? '';
    await tx.delete(authSession).where(and(eq(authSession.userId, user.id), ne(authSession.idHash, keep)));
    return { result: null, audit: { action: 'user.password_change', entity: 'app_user', entityId: user.id } };
  });
}
