/**
 * Which direct sub-units (today's tree, still active) have a plan for a year, and how far it
 * went: "39/62 đơn vị đã xây dựng kế hoạch". The deadline is the one the unit's own annual plan
 * of that year set for its sub-units.
 */

import { sql } from 'drizzle-orm';
import { todayVn } from '../../../core/catalog/dates';
import type { PlanStatus, Submissions, SubmissionsQuery } from '../../../core/contracts/plans';
import type { Db } from '../../db/client';
import { resolveRoot } from '../compliance/service';
import type { Who } from './present';

export async function submissions(db: Db, actor: Who, q: SubmissionsQuery): Promise<Submissions> {
  const { root, unit } = await resolveRoot(db, actor, q.unit);
  const today = todayVn();
  // A dissolved or merged unit has valid_to set; one not yet created has valid_from ahead.
  const children = await db.execute<{ id: string; code: string; name: string }>(sql`
    select id, code, name from org_unit
    where ${root ? sql`parent_id = ${root.id}` : sql`parent_id is null`}
      and valid_from <= ${today}::date and (valid_to is null or valid_to > ${today}::date)`);
  const ids = children.rows.map((c) => c.id);
  // One plan per child: the annual one of the year if any, else the period covering it
  // (training_plan_unit_years_unique leads with unit_id).
  const plans =
    ids.length === 0
      ? { rows: [] }
      : await db.execute<{
          unit_id: string;
          id: string;
          title: string;
          status: PlanStatus;
          submitted_at: Date | string | null;
        }>(sql`
          select distinct on (unit_id) unit_id, id, title, status, submitted_at
          from training_plan
          where unit_id = any(${`{${ids.join(',')}}`}::bigint[])
            and from_year <= ${q.year} and to_year >= ${q.year}
          order by unit_id, (kind = 'annual') desc, from_year desc, id desc`);
  const byUnit = new Map(plans.rows.map((p) => [p.unit_id, p]));
  const due = root
    ? ((
        await db.execute<{ due: string | null }>(sql`
          select to_char(sub_unit_due, 'YYYY-MM-DD') as due from training_plan
          where unit_id = ${root.id} and kind = 'annual' and from_year = ${q.year} and to_year = ${q.year}`)
      ).rows[0]?.due ?? null)
    : null;
  const units = children.rows
    .map((c) => {
      const p = byUnit.get(c.id);
      return {
        unit: { code: c.code, name: c.name },
        plan: p
          ? {
              id: Number(p.id),
              title: p.title,
              status: p.status,
              submittedAt: p.submitted_at === null ? null : new Date(p.submitted_at).toISOString(),
            }
          : null,
      };
    })
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'));
  const status = (s: PlanStatus[]) => units.filter((u) => u.plan && s.includes(u.plan.status)).length;
  return {
    unit,
    year: q.year,
    due,
    total: units.length,
    submitted: status(['submitted', 'approved']),
    approved: status(['approved']),
    units,
  };
}
