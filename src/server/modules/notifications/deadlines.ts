/**
 * Plan submission deadlines (issue 6 item 4): a unit's training plan may set `sub_unit_due`, the
 * date its direct sub-units must submit their own plans for the same years. From a week before
 * that date until a week after it, each sub-unit still without a submitted or approved plan
 * covering those years is reminded: the active officers whose scope covers the sub-unit (a scope
 * unit whose path prefixes the sub-unit's) get a 'plan_deadline' notification. One set-based
 * insert; the dedupe key (plan, sub-unit, due date) makes the daily run remind each officer once
 * per deadline, and a new due date reminds again.
 */
import { sql } from 'drizzle-orm';
import { addDays } from '../../../core/catalog/dates';
import type { Db } from '../../db/client';

/** Reminders start this many days before the due date and stop this many days after it. */
export const DEADLINE_WINDOW_DAYS = 7;

export interface DeadlineResult {
  date: string;
  reminders: number;
}

export async function runPlanDeadlines(db: Db, date: string): Promise<DeadlineResult> {
  const from = addDays(date, -DEADLINE_WINDOW_DAYS);
  const to = addDays(date, DEADLINE_WINDOW_DAYS);
  const res = await db.execute(sql`
    with late as (
      select tp.id as plan_id, tp.from_year, tp.to_year, tp.sub_unit_due, tp.title as plan_title,
        c.id as child_id, c.name as child_name, c.path as child_path
      from training_plan tp
      join org_unit c on c.parent_id = tp.unit_id and (c.valid_to is null or c.valid_to > ${date}::date)
      where tp.sub_unit_due between ${from}::date and ${to}::date
        and not exists (
          select 1 from training_plan cp
          where cp.unit_id = c.id and cp.from_year <= tp.from_year and cp.to_year >= tp.to_year
            and cp.status in ('submitted', 'approved'))
    ),
    r as (
      -- An officer scoped to several units above the child is reminded once.
      select distinct l.*, u.id as user_id, u.email
      from late l
      join user_scope us on true
      join org_unit s on s.id = us.unit_id and l.child_path like s.path || '%'
      join app_user u on u.id = us.user_id and u.active and u.role = 'officer'
    )
    insert into notification (user_id, kind, title, body, link, dedupe_key, email_status)
    select r.user_id, 'plan_deadline', 'Hạn nộp kế hoạch đào tạo: ' || r.child_name,
      r.child_name || ' chưa nộp kế hoạch đào tạo, bồi dưỡng '
        || case when r.from_year = r.to_year then 'năm ' || r.from_year
           else 'giai đoạn ' || r.from_year || '–' || r.to_year end
        || ' (theo "' || r.plan_title || '"); hạn nộp ' || to_char(r.sub_unit_due, 'DD/MM/YYYY')
        || case when r.sub_unit_due < ${date}::date
           then ', đã quá hạn ' || (${date}::date - r.sub_unit_due) || ' ngày.'
           when r.sub_unit_due = ${date}::date then ' (hôm nay).'
           else ', còn ' || (r.sub_unit_due - ${date}::date) || ' ngày.' end,
      '/ke-hoach/dao-tao',
      'plan:' || r.plan_id || ':' || r.child_id || ':' || to_char(r.sub_unit_due, 'YYYY-MM-DD'),
      case when r.email is not null and coalesce(pref.email, true) then 'pending' end
    from r
    left join notification_preference pref on pref.user_id = r.user_id and pref.kind = 'plan_deadline'
    where coalesce(pref.in_app, true)
    on conflict do nothing`);
  return { date, reminders: res.rowCount ?? 0 };
}
