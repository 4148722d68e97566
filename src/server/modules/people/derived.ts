/**
 * Derived columns of `person` (architecture pattern 7), recomputed set-wise from history:
 * - primary assignment: one valid today if any (a non-overlapping kind before concurrent posts and
 *   secondments, then the latest start); otherwise the latest one, so a retired or moved-out person
 *   stays with the unit they left (for scope and lists);
 * - highest completed qualification rank per dimension as of today.
 * Services call this inside the transaction that changed the history; imports and generators call
 * it for batches; `cadre recompute` calls it for everyone. Same SQL everywhere, so incremental
 * upkeep and a full recompute cannot disagree.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

/** Column per dimension; the order matches core/catalog/levels DIMENSIONS. */
export const RANK_COLUMNS = {
  generalEducation: 'q_general_education',
  professional: 'q_professional',
  politicalTheory: 'q_political_theory',
  stateManagement: 'q_state_management',
  leadership: 'q_leadership',
  defenceSecurity: 'q_defence_security',
  it: 'q_it',
  foreignLanguage: 'q_foreign_language',
  ethnicLanguage: 'q_ethnic_language',
} as const;

const rankSelect = Object.entries(RANK_COLUMNS)
  .map(([dim, col]) => `max(q.rank) filter (where q.dimension = '${dim}') as ${col}`)
  .join(',\n      ');
const rankSet = Object.values(RANK_COLUMNS)
  .map((col) => `${col} = r.${col}`)
  .join(', ');

/**
 * Recomputes derived columns for the given people (or everyone when `personIds` is null),
 * as of `today` (ISO date). Returns the number of people updated.
 */
export async function recomputePersonDerived(
  db: DbOrTx,
  personIds: number[] | null,
  today: string,
): Promise<number> {
  const filter = personIds === null ? sql`true` : sql`p.id = any(${`{${personIds.join(',')}}`}::bigint[])`;
  const res = await db.execute(sql`
    with target as (select p.id from person p where ${filter}),
    cur as (
      select distinct on (a.person_id) a.person_id, a.unit_id, a.position_id,
        (a.valid_from <= ${today}::date and (a.valid_to is null or a.valid_to > ${today}::date)) as valid_today
      from assignment a join target t on t.id = a.person_id
      order by a.person_id,
        (a.valid_from <= ${today}::date and (a.valid_to is null or a.valid_to > ${today}::date)) desc,
        (a.kind in ('concurrent', 'secondment')), a.valid_from desc, a.id desc
    ),
    r as (
      select t.id as person_id,
      ${sql.raw(rankSelect)}
      from target t left join qualification q
        on q.person_id = t.id and q.status = 'completed' and (q.end_date is null or q.end_date <= ${today}::date)
      group by t.id
    )
    update person p set
      current_unit_id = cur.unit_id,
      current_position_id = cur.position_id,
      current_unit_path = u.path,
      current_key_cadre = coalesce(pos.key_cadre, false),
      current_assigned = coalesce(cur.valid_today, false),
      province_id = coalesce(u.province_id, p.province_id),
      ${sql.raw(rankSet)}
    from r
    left join cur on cur.person_id = r.person_id
    left join org_unit u on u.id = cur.unit_id
    left join position pos on pos.id = cur.position_id
    where p.id = r.person_id`);
  return res.rowCount ?? 0;
}
