/**
 * Service commitments created at completion: a state-funded đào tạo course lasting at least the
 * rule's minimum months commits each graduate to serve `multiple` × the training months; F is the
 * course's state-funded cost shared by the graduates.
 */
import { sql } from 'drizzle-orm';
import { STATE_FUNDING_SOURCES } from '../../../../core/contracts/training-courses';
import { trainingMonths } from '../../../../core/training/compensation';
import type { Tx } from '../../../db/client';
import type { CourseRow, ProgrammeRow } from '../courses/queries';
import { commitmentRuleOn } from './rules';

export interface CreatedCommitments {
  count: number;
  months: number;
  cost: number;
}

export async function createCommitments(
  tx: Tx,
  c: CourseRow,
  p: ProgrammeRow,
  completedOn: string,
  graduates: readonly { enrolmentId: number; personId: number }[],
): Promise<CreatedCommitments | null> {
  if (p.trainingKind !== 'dao_tao' || graduates.length === 0) return null;
  const rule = await commitmentRuleOn(tx, c.startDate);
  if (!rule) return null;
  const length = trainingMonths(c.startDate, completedOn);
  if (length < rule.minTrainingMonths) return null;
  const sources = `{${STATE_FUNDING_SOURCES.join(',')}}`;
  const [total] = (
    await tx.execute<{ amount: string | null }>(sql`
      select sum(amount) as amount from course_cost
      where course_id = ${c.id} and funding_source = any(${sources}::text[])`)
  ).rows;
  const stateCost = Number(total?.amount ?? 0);
  if (stateCost <= 0) return null;
  const months = Math.ceil(rule.multiple * length);
  // Whole đồng per graduate (half up); bigint arithmetic in SQL keeps large sums exact.
  const cost = Number(
    (
      await tx.execute<{ share: string }>(
        sql`select round(${stateCost}::numeric / ${graduates.length}) as share`,
      )
    ).rows[0]?.share ?? 0,
  );
  const ids = `{${graduates.map((g) => g.enrolmentId).join(',')}}`;
  const people = `{${graduates.map((g) => g.personId).join(',')}}`;
  await tx.execute(sql`
    insert into service_commitment (enrolment_id, person_id, months, starts_on, cost)
    select v.eid, v.pid, ${months}, ${completedOn}, ${cost}
    from unnest(${ids}::bigint[], ${people}::bigint[]) as v(eid, pid)`);
  return { count: graduates.length, months, cost };
}
