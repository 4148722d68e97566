import { bigint, boolean, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { orgUnit } from '../org/schema';
import { person } from '../people/schema';

export const appUser = pgTable(
  'app_user',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(),
    /** The person record a self-service (cadre) account acts for; at most one account per person. */
    personId: bigint('person_id', { mode: 'number' })
      .unique()
      .references(() => person.id),
    /** Where e-mail notifications go when SMTP is configured (CADRE_SMTP_URL); optional. */
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    active: boolean('active').notNull().default(true),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Optimistic concurrency: every update bumps it; a stale edit gets 409. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // User list filtered by role.
    index('app_user_role_idx').on(t.role),
  ],
);

/** A user's scope: each unit covers its subtree. No rows = no units (admin ignores scope). */
export const userScope = pgTable(
  'user_scope',
  {
    userId: bigint('user_id', { mode: 'number' })
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => orgUnit.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.unitId] })],
);

/** Cookie sessions. The cookie holds a random secret; only its SHA-256 is stored. */
export const authSession = pgTable(
  'auth_session',
  {
    idHash: text('id_hash').primaryKey(),
    userId: bigint('user_id', { mode: 'number' })
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    // Sign out everywhere / purge on password change.
    index('auth_session_user_idx').on(t.userId),
    // Periodic purge of expired sessions.
    index('auth_session_expires_idx').on(t.expiresAt),
  ],
);

/** Bearer tokens for API clients; stored hashed, revocable, with last-used time. */
export const apiToken = pgTable(
  'api_token',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: bigint('user_id', { mode: 'number' })
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    // "My tokens" list.
    index('api_token_user_idx').on(t.userId),
  ],
);
