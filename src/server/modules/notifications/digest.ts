/**
 * The weekly digest of personal learning plans (issue 6 item 4): each person with open items that
 * are overdue or due within 14 days gets one 'digest' notification, each monitor whose people have
 * overdue items gets one 'monitor_digest'. Set-based — one `insert … select … group by` per kind —
 * because it runs over every person of the province (millions of rows) in one job; the ISO week is
 * the dedupe key, so a re-run of the same week (retry, manual run) writes nothing new.
 *
 * Preferences mirror notify(): a person's notification follows the account linked to the person;
 * a kind switched off in the app is not written; e-mail is queued when that account has an address
 * and has not switched e-mail off.
 */
import { sql } from 'drizzle-orm';
import { addDays } from '../../../core/catalog/dates';
import type { Db, Tx } from '../../db/client';

/** Items due within this many days are "due soon". */
export const DUE_SOON_DAYS = 14;
/** Item titles listed in a digest's body at most. */
const LISTED = 3;

export interface DigestResult {
  date: string;
  week: string;
  digests: number;
  monitorDigests: number;
}

/** ISO-8601 week of a civil date: { year, week } (the year the week's Thursday falls in). */
export function isoWeek(iso: string): { year: number; week: number } {
  const d = new Date(`${iso}T00:00:00Z`);
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return { year: d.getUTCFullYear(), week };
}

/** "2026-W49": the dedupe key of a week's digests. */
export function weekKey(iso: string): string {
  const { year, week } = isoWeek(iso);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Shared tail of both inserts: the linked account's preferences decide in-app and e-mail. */
const recipientPrefs = (kind: string) => sql`
  left join app_user a on a.person_id = g.person_id and a.active
  left join notification_preference pref on pref.user_id = a.id and pref.kind = ${kind}
  where coalesce(pref.in_app, true)`;

const emailStatus = sql`case when a.email is not null and coalesce(pref.email, true) then 'pending' end`;

export async function runWeeklyDigest(db: Db, date: string): Promise<DigestResult> {
  return db.transaction(async (tx) => {
    // The grouping sorts every open item due by the horizon (millions of rows province-wide): give
    // this transaction enough memory to sort in RAM rather than in temporary files.
    await tx.execute(sql`set local work_mem = '64MB'`);
    return digestIn(tx, date);
  });
}

async function digestIn(db: Tx, date: string): Promise<DigestResult> {
  const week = weekKey(date);
  const { year, week: n } = isoWeek(date);
  const horizon = addDays(date, DUE_SOON_DAYS);

  // Open items due by the horizon (overdue ones included), grouped per person. The body lists the
  // earliest few; programme name or the free-text title, dates as dd/MM/yyyy.
  const digests = await db.execute(sql`
    with g as (
      select lp.person_id,
        count(*) filter (where i.due_date < ${date}::date) as overdue,
        count(*) filter (where i.due_date >= ${date}::date) as soon,
        count(*) as total,
        (array_agg(coalesce(pr.name, i.title, '') || ' (hạn ' || to_char(i.due_date, 'DD/MM/YYYY') || ')'
          order by i.due_date, i.id))[1:${LISTED}] as listed
      from learning_plan_item i
      join learning_plan lp on lp.id = i.plan_id
      left join programme pr on pr.id = i.programme_id
      where i.status = 'open' and i.due_date <= ${horizon}::date
      group by lp.person_id
    )
    insert into notification (person_id, kind, title, body, link, dedupe_key, email_status)
    select g.person_id, 'digest', ${`Nhắc việc tuần ${n}/${year}: kế hoạch học tập`},
      'Có ' || concat_ws(' và ',
        case when g.overdue > 0 then g.overdue || ' mục quá hạn' end,
        case when g.soon > 0 then g.soon || ' mục đến hạn trong ${sql.raw(String(DUE_SOON_DAYS))} ngày tới' end)
        || ': ' || array_to_string(g.listed, ', ')
        || case when g.total > ${LISTED} then ', …' else '' end,
      '/ke-hoach/cua-toi', ${week}, ${emailStatus}
    from g
    ${recipientPrefs('digest')}
    on conflict do nothing`);

  // Monitors: how many of the people they follow have at least one overdue item. The exists probe
  // runs on learning_plan_item_open_due_idx (plan_id, due_date where open).
  const monitors = await db.execute(sql`
    with g as (
      select lp.monitor_person_id as person_id, count(distinct lp.person_id) as people
      from learning_plan lp
      where lp.monitor_person_id is not null
        and exists (select 1 from learning_plan_item i
          where i.plan_id = lp.id and i.status = 'open' and i.due_date < ${date}::date)
      group by lp.monitor_person_id
    )
    insert into notification (person_id, kind, title, body, link, dedupe_key, email_status)
    select g.person_id, 'monitor_digest', ${`Nhắc việc tuần ${n}/${year}: người bạn theo dõi`},
      g.people || ' người bạn theo dõi có mục quá hạn trong kế hoạch học tập.',
      '/ke-hoach/theo-doi', ${week}, ${emailStatus}
    from g
    ${recipientPrefs('monitor_digest')}
    on conflict do nothing`);

  return { date, week, digests: digests.rowCount ?? 0, monitorDigests: monitors.rowCount ?? 0 };
}
