/**
 * The notification centre (issue 6 item 4). A user sees the rows addressed to the account and,
 * when the account is linked to a person record, the rows addressed to that person (digests are
 * produced per person, whether or not the person has an account yet). Anyone else's notification
 * is "not found".
 *
 * Reading and marking as read are not audited: a read receipt changes no record of the domain
 * (no person, plan or enrolment), only the recipient's own inbox state. Preferences are a
 * user's setting and are audited through mutate().
 */
import { eq, sql } from 'drizzle-orm';
import {
  NOTIFICATION_KINDS,
  type NotificationItem,
  type NotificationKind,
  type NotificationPage,
  type NotificationPreferences,
  type NotificationsQuery,
  type PreferencesBody,
} from '../../../core/contracts/notifications';
import type { Db } from '../../db/client';
import type { Actor, AuditContext } from '../../http/actor';
import { AppError } from '../../http/errors';
import { mutate } from '../audit/audit';
import { appUser } from '../auth/schema';
import { notification, notificationPreference } from './schema';

type Owner = Pick<Actor, 'userId' | 'personId'>;

/** The actor's rows: the account's, and the linked person's. */
function mine(actor: Owner) {
  return actor.personId === null
    ? sql`${notification.userId} = ${actor.userId}`
    : sql`(${notification.userId} = ${actor.userId} or ${notification.personId} = ${actor.personId})`;
}

export async function list(db: Db, actor: Owner, q: NotificationsQuery): Promise<NotificationPage> {
  const where = q.unreadOnly ? sql`${mine(actor)} and ${notification.readAt} is null` : mine(actor);
  const [counts] = (
    await db.execute<{ total: string; unread: string }>(sql`
      select count(*) filter (where ${where}) as total,
        count(*) filter (where ${notification.readAt} is null) as unread
      from ${notification} where ${mine(actor)}`)
  ).rows;
  const rows = await db
    .select()
    .from(notification)
    .where(where)
    .orderBy(sql`${notification.createdAt} desc, ${notification.id} desc`)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const items: NotificationItem[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind as NotificationKind,
    title: r.title,
    body: r.body,
    link: r.link,
    createdAt: r.createdAt.toISOString(),
    readAt: r.readAt?.toISOString() ?? null,
  }));
  return {
    items,
    total: Number(counts?.total ?? 0),
    unread: Number(counts?.unread ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function unreadCount(db: Db, actor: Owner): Promise<{ unread: number }> {
  const r = await db.execute<{ n: string }>(sql`
    select count(*) as n from ${notification} where ${mine(actor)} and ${notification.readAt} is null`);
  return { unread: Number(r.rows[0]?.n ?? 0) };
}

/** Not audited (see the module comment). Reading an already read one keeps its first read time. */
export async function markRead(db: Db, actor: Owner, id: number): Promise<void> {
  const r = await db.execute(sql`
    update ${notification} set read_at = coalesce(read_at, now())
    where ${notification.id} = ${id} and ${mine(actor)}`);
  if (!r.rowCount) throw new AppError('NOTIFICATION_NOT_FOUND');
}

export async function markAllRead(db: Db, actor: Owner): Promise<void> {
  await db.execute(sql`
    update ${notification} set read_at = now() where ${mine(actor)} and read_at is null`);
}

async function preferencesOf(
  db: Db,
  userId: number,
  smtpConfigured: boolean,
): Promise<NotificationPreferences> {
  const [user] = await db.select({ email: appUser.email }).from(appUser).where(eq(appUser.id, userId));
  const rows = await db
    .select()
    .from(notificationPreference)
    .where(eq(notificationPreference.userId, userId));
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  const email = user?.email ?? null;
  return {
    emailAvailable: smtpConfigured && email !== null,
    email,
    // Every kind, in the contract's order; no row = the defaults (in-app and e-mail on).
    items: NOTIFICATION_KINDS.map((kind) => ({
      kind,
      inApp: byKind.get(kind)?.inApp ?? true,
      email: byKind.get(kind)?.email ?? true,
    })),
  };
}

export function getPreferences(db: Db, actor: Owner, smtpConfigured: boolean) {
  return preferencesOf(db, actor.userId, smtpConfigured);
}

export async function putPreferences(
  db: Db,
  ctx: AuditContext,
  actor: Owner,
  body: PreferencesBody,
  smtpConfigured: boolean,
): Promise<NotificationPreferences> {
  const before = await preferencesOf(db, actor.userId, smtpConfigured);
  const kinds = new Set<string>();
  for (const [i, item] of body.items.entries()) {
    if (kinds.has(item.kind))
      throw new AppError('VALIDATION_ERROR', {
        details: [{ path: `items.${i}.kind`, message: 'Loại thông báo bị lặp lại' }],
      });
    kinds.add(item.kind);
  }
  await mutate(db, ctx, async (tx) => {
    if (body.items.length)
      await tx
        .insert(notificationPreference)
        .values(
          body.items.map((i) => ({ userId: actor.userId, kind: i.kind, inApp: i.inApp, email: i.email })),
        )
        .onConflictDoUpdate({
          target: [notificationPreference.userId, notificationPreference.kind],
          set: { inApp: sql`excluded.in_app`, email: sql`excluded.email`, updatedAt: new Date() },
        });
    return {
      result: null,
      audit: {
        action: 'notification.preferences',
        entity: 'app_user',
        entityId: actor.userId,
        before: before.items.filter((b) => kinds.has(b.kind)),
        after: body.items,
      },
    };
  });
  return preferencesOf(db, actor.userId, smtpConfigured);
}
