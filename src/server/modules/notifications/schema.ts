import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema';
import { person } from '../people/schema';

/**
 * An in-app notification (issue 6 item 4). The recipient is a user account, or a person: a
 * person's notifications show to the account linked to that person, so reminders are produced for
 * everyone with a learning plan, whether or not they have an account yet.
 */
export const notification = pgTable(
  'notification',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: bigint('user_id', { mode: 'number' }).references(() => appUser.id, { onDelete: 'cascade' }),
    personId: bigint('person_id', { mode: 'number' }).references(() => person.id),
    /** digest | monitor_digest | plan_deadline | plan_submitted | plan_decision | nomination | registration_decision */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** A path of the web app (e.g. /ke-hoach/cua-toi). */
    link: text('link'),
    /** Idempotency: one digest per recipient per ISO week ("2026-W49"), one deadline reminder per plan… */
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** E-mail: null = not to be sent; pending → sent | failed, or expired (older than 3 days unsent). */
    emailStatus: text('email_status'),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [
    // The notification centre: a user's newest first (and the unread badge).
    index('notification_user_idx').on(t.userId, t.createdAt),
    index('notification_person_idx').on(t.personId, t.createdAt),
    // Re-running a digest or a deadline reminder writes nothing twice.
    uniqueIndex('notification_dedupe_uq')
      .on(t.kind, sql`coalesce(${t.userId}, 0)`, sql`coalesce(${t.personId}, 0)`, t.dedupeKey)
      .where(sql`${t.dedupeKey} is not null`),
    // The e-mail sender's queue.
    index('notification_email_pending_idx').on(t.id).where(sql`${t.emailStatus} = 'pending'`),
  ],
);

/** What a user chooses to receive, per kind and channel; no row = the default (in-app on, e-mail on). */
export const notificationPreference = pgTable(
  'notification_preference',
  {
    userId: bigint('user_id', { mode: 'number' })
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    inApp: boolean('in_app').notNull().default(true),
    email: boolean('email').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);
