/**
 * E-mail of notifications (issue 6 item 4), when SMTP is configured (CADRE_SMTP_URL). notify() and
 * the digests mark a notification 'pending' when its recipient wants e-mail and has an address;
 * this sender, run every minute by pg-boss, sends a batch and marks each 'sent' or 'failed'.
 */
import { sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { MailConfig } from '../../config';
import type { Db } from '../../db/client';

/** What the sender needs of a transport: nodemailer's, or a fake one. */
export interface Mailer {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

export interface MailLog {
  error(obj: object, msg: string): void;
}

export interface SendResult {
  sent: number;
  failed: number;
}

export const DEFAULT_MAIL: Pick<MailConfig, 'from' | 'publicUrl'> = {
  from: 'Cadre <no-reply@localhost>',
  publicUrl: 'http://localhost:3000',
};

/**
 * A pending e-mail older than this is not sent but marked 'expired': notifications are queued for
 * e-mail even while SMTP is not configured, and switching SMTP on later must not send users a
 * backlog of stale reminders (the in-app centre still has them).
 */
export const EMAIL_MAX_AGE_DAYS = 3;

export function createMailer(smtpUrl: string): Mailer {
  return nodemailer.createTransport(smtpUrl);
}

/** The body of the message: the notification's text, then the full link into Cadre. */
export function mailText(body: string, link: string | null, publicUrl: string): string {
  if (!link) return body;
  return `${body}\n\nXem chi tiết: ${new URL(link, publicUrl).toString()}`;
}

/**
 * Sends up to `limit` pending e-mails, oldest first. The batch is locked (`for update skip
 * locked`) for the duration of the sends, so two senders never send the same message twice; the
 * status updates commit with it. The address is the user's, or for a person recipient the linked
 * account's (read now: an address added after the notification still gets it).
 */
export async function sendPendingEmails(
  db: Db,
  transport: Mailer,
  limit: number,
  opts: { mail?: Pick<MailConfig, 'from' | 'publicUrl'>; log?: MailLog } = {},
): Promise<SendResult> {
  const mail = opts.mail ?? DEFAULT_MAIL;
  return db.transaction(async (tx) => {
    await tx.execute(sql`
      update notification set email_status = 'expired'
      where email_status = 'pending'
        and created_at < now() - make_interval(days => ${EMAIL_MAX_AGE_DAYS})`);
    const batch = await tx.execute<{
      id: string;
      title: string;
      body: string;
      link: string | null;
      email: string | null;
    }>(sql`
      select n.id, n.title, n.body, n.link, coalesce(u.email, a.email) as email
      from notification n
      left join app_user u on u.id = n.user_id
      left join app_user a on n.user_id is null and a.person_id = n.person_id
      where n.email_status = 'pending'
      order by n.id
      limit ${limit}
      for update of n skip locked`);
    const sent: number[] = [];
    const failed: number[] = [];
    for (const n of batch.rows) {
      const id = Number(n.id);
      if (!n.email) {
        // The address was removed since: nothing to send to.
        failed.push(id);
        continue;
      }
      try {
        await transport.sendMail({
          from: mail.from,
          to: n.email,
          subject: n.title,
          text: mailText(n.body, n.link, mail.publicUrl),
        });
        sent.push(id);
      } catch (err) {
        opts.log?.error({ err, notificationId: id }, 'notification e-mail failed');
        failed.push(id);
      }
    }
    if (sent.length)
      await tx.execute(sql`
        update notification set email_status = 'sent', emailed_at = now()
        where id = any(${`{${sent.join(',')}}`}::bigint[])`);
    if (failed.length)
      await tx.execute(sql`
        update notification set email_status = 'failed'
        where id = any(${`{${failed.join(',')}}`}::bigint[])`);
    return { sent: sent.length, failed: failed.length };
  });
}
