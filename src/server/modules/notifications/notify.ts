/**
 * The one way to produce a notification, inside the caller's transaction: a plan submitted
 * notifies its approvers in the same commit as the submission, and nothing is sent for a change
 * that rolls back. Preferences are applied here (a kind switched off in the app is not written;
 * e-mail is queued only when the recipient wants it and has an address). `dedupeKey` makes
 * reminders idempotent: the same key for the same recipient and kind is written once.
 */
import { sql } from 'drizzle-orm';
import type { NotificationKind } from '../../../core/contracts/notifications';
import type { Tx } from '../../db/client';

export interface NotificationDraft {
  kind: NotificationKind;
  title: string;
  body: string;
  link?: string | null;
  dedupeKey?: string | null;
}

export type Recipient = { userId: number } | { personId: number };

/**
 * Writes one notification per recipient. Person recipients see it through the account linked to
 * them (if any); their preferences are those of that account.
 */
export async function notify(
  tx: Tx,
  recipients: readonly Recipient[],
  n: NotificationDraft,
): Promise<number> {
  if (recipients.length === 0) return 0;
  const userIds = recipients.flatMap((r) => ('userId' in r ? [r.userId] : []));
  const personIds = recipients.flatMap((r) => ('personId' in r ? [r.personId] : []));
  const res = await tx.execute(sql`
    with r as (
      select u.id as user_id, null::bigint as person_id, u.id as account_id, u.email
      from app_user u where u.id = any(${`{${userIds.join(',')}}`}::bigint[]) and u.active
      union all
      select null::bigint, p.id, a.id, a.email
      from person p left join app_user a on a.person_id = p.id and a.active
      where p.id = any(${`{${personIds.join(',')}}`}::bigint[])
    )
    insert into notification (user_id, person_id, kind, title, body, link, dedupe_key, email_status)
    select r.user_id, r.person_id, ${n.kind}, ${n.title}, ${n.body}, ${n.link ?? null}, ${n.dedupeKey ?? null},
      case when r.email is not null and coalesce(pref.email, true) then 'pending' end
    from r
    left join notification_preference pref on pref.user_id = r.account_id and pref.kind = ${n.kind}
    where coalesce(pref.in_app, true)
    on conflict do nothing`);
  return res.rowCount ?? 0;
}
