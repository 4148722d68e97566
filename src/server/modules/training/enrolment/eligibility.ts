/**
 * Postgraduate eligibility for a batch of nominees: the rule in force on the course start (dated
 * data in training_rule) and each person's facts, loaded set-wise; the pure evaluation lives in
 * core/training/eligibility.ts.
 */
import { sql } from 'drizzle-orm';
import {
  needsPostgraduateEligibility,
  type PostgraduateRule,
  parsePostgraduateRule,
  postgraduateProblems,
} from '../../../../core/training/eligibility';
import type { DbOrTx } from '../../../db/client';
import type { ProgrammeRow } from '../courses/queries';
import { bigintArray } from './arrays';

export async function postgraduateRuleOn(db: DbOrTx, onDate: string): Promise<PostgraduateRule | null> {
  const r = await db.execute<{ params: Record<string, unknown> }>(sql`
    select params from training_rule
    where kind = 'eligibility_postgraduate' and valid_from <= ${onDate}::date
      and (valid_to is null or valid_to > ${onDate}::date)
    order by valid_from desc limit 1`);
  const row = r.rows[0];
  return row ? parsePostgraduateRule(row.params) : null;
}

export interface Ineligible {
  personId: number;
  fullName: string;
  problems: string[];
}

/** The nominees the programme's eligibility rules refuse on `onDate`, with their reasons. */
export async function ineligibleNominees(
  db: DbOrTx,
  programme: ProgrammeRow,
  personIds: readonly number[],
  onDate: string,
): Promise<Ineligible[]> {
  if (personIds.length === 0 || !needsPostgraduateEligibility(programme)) return [];
  const rule = await postgraduateRuleOn(db, onDate);
  if (!rule) return [];
  const rows = await db.execute<{
    id: string;
    full_name: string;
    birth_date: string;
    first_service: string | null;
    evaluations: { year: number; rating: string }[];
  }>(sql`
    select p.id, p.full_name, p.birth_date,
      (select min(a.valid_from) from assignment a where a.person_id = p.id) as first_service,
      coalesce((select json_agg(json_build_object('year', ev.year, 'rating', ev.rating))
        from evaluation ev where ev.person_id = p.id), '[]'::json) as evaluations
    from person p where p.id = any(${bigintArray(personIds)}::bigint[])`);
  const out: Ineligible[] = [];
  for (const r of rows.rows) {
    const problems = postgraduateProblems(
      rule,
      {
        fullName: r.full_name,
        birthDate: r.birth_date,
        firstServiceDate: r.first_service,
        evaluations: r.evaluations,
      },
      onDate,
    );
    if (problems.length) out.push({ personId: Number(r.id), fullName: r.full_name, problems });
  }
  return out;
}
