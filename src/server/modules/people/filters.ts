/**
 * The people filters of GET /api/people (contracts §6), as SQL over `person` (today's derived
 * columns). Shared by the list, its count and the export so they always agree.
 */
import { type SQL, sql } from 'drizzle-orm';
import { DIMENSIONS, type Dimension, levelRank } from '../../../core/catalog/levels';
import type { PeopleQuery } from '../../../core/contracts/people';
import { foldVietnamese } from '../../../core/text/fold';
import { inScope, type Scope } from '../org/scope';
import { RANK_COLUMNS } from './derived';

export class FilterError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** `professional:dai_hoc,politicalTheory:trung_cap` → minimum ranks per dimension. */
export function parseQualificationFilter(value: string): { dimension: Dimension; rank: number }[] {
  return value
    .split(',')
    .filter(Boolean)
    .map((part) => {
      const [dim, level] = part.split(':');
      if (!dim || !level || !(DIMENSIONS as readonly string[]).includes(dim)) {
        throw new FilterError('qualification', `Loại trình độ không hợp lệ: ${part}`);
      }
      const dimension = dim as Dimension;
      const rank = levelRank(dimension, level);
      if (rank === 0) throw new FilterError('qualification', `Trình độ không thuộc loại trình độ: ${part}`);
      return { dimension, rank };
    });
}

/** A date `years` before `asOf`, for age filters on birth dates. */
function yearsBefore(asOf: string, years: number): string {
  const [y, m, d] = asOf.split('-');
  return `${Number(y) - years}-${m}-${d}`;
}

export interface ResolvedFilters {
  unitPath: string | null;
  positionId: number | null;
  /**
   * How a name query matches. 'start' (the fast, common case, btree indexes): the full name starts
   * with the query, or for a one-word query the given name does. 'words' (fallback when 'start'
   * finds nobody, trigram index): the query's words appear contiguously from a word start.
   */
  nameMatch?: 'start' | 'words';
}

export function peopleConditions(
  scope: Scope,
  q: PeopleQuery,
  resolved: ResolvedFilters,
  today: string,
): SQL[] {
  const c: SQL[] = [inScope(scope, sql`p.current_unit_path`)];
  if (resolved.unitPath) c.push(sql`p.current_unit_path like ${`${resolved.unitPath}%`}`);
  if (resolved.positionId !== null) c.push(sql`p.current_position_id = ${resolved.positionId}`);
  if (q.keyCadre) c.push(sql`p.current_key_cadre = ${q.keyCadre === 'true'}`);
  if (q.qualification) {
    for (const { dimension, rank } of parseQualificationFilter(q.qualification)) {
      c.push(sql`${sql.raw(`p.${RANK_COLUMNS[dimension]}`)} >= ${rank}`);
    }
  }
  return [...c, ...attributeConditions(q, resolved, today)];
}

/**
 * The same filters on a past date, over `h`, each person's primary assignment valid that day
 * (unit_path, position_id, key_cadre), and qualifications completed by then.
 */
export function historyConditions(
  scope: Scope,
  q: PeopleQuery,
  resolved: ResolvedFilters,
  asOf: string,
): SQL[] {
  const c: SQL[] = [inScope(scope, sql`h.unit_path`)];
  if (resolved.positionId !== null) c.push(sql`h.position_id = ${resolved.positionId}`);
  if (q.keyCadre) c.push(sql`h.key_cadre = ${q.keyCadre === 'true'}`);
  if (q.qualification) {
    for (const { dimension, rank } of parseQualificationFilter(q.qualification)) {
      c.push(sql`exists (select 1 from qualification qf where qf.person_id = p.id and qf.dimension = ${dimension}
        and qf.rank >= ${rank} and qf.status = 'completed' and (qf.end_date is null or qf.end_date <= ${asOf}::date))`);
    }
  }
  return [...c, ...attributeConditions(q, resolved, asOf)];
}

/** Filters on the person's own attributes; ages and party membership are counted on `refDate`. */
function attributeConditions(q: PeopleQuery, resolved: ResolvedFilters, refDate: string): SQL[] {
  const c: SQL[] = [];
  if (q.q) {
    const text = q.q.trim();
    if (/^\d{1,12}$/.test(text)) {
      c.push(sql`p.cccd like ${`${text}%`}`);
    } else {
      const folded = foldVietnamese(text).replace(/[\\%_]/g, (ch) => `\\${ch}`);
      if ((resolved.nameMatch ?? 'start') === 'start') {
        c.push(
          folded.includes(' ')
            ? sql`p.name_folded like ${`${folded}%`}`
            : sql`(p.name_folded like ${`${folded}%`} or p.name_sort like ${`${folded}%`})`,
        );
      } else {
        // The trigram index narrows the rows; the second test keeps matches at word starts.
        c.push(sql`p.name_folded like ${`%${folded}%`} and (' ' || p.name_folded) like ${`% ${folded}%`}`);
      }
    }
  }
  if (q.category) c.push(sql`p.category = ${q.category}`);
  if (q.gender) c.push(sql`p.gender = ${q.gender}`);
  if (q.ethnicity === 'minority') c.push(sql`p.ethnicity is not null and p.ethnicity <> 'Kinh'`);
  else if (q.ethnicity) c.push(sql`p.ethnicity = ${q.ethnicity}`);
  if (q.partyMember === 'true')
    c.push(sql`p.party_join_date is not null and p.party_join_date <= ${refDate}::date`);
  if (q.partyMember === 'false')
    c.push(sql`(p.party_join_date is null or p.party_join_date > ${refDate}::date)`);
  if (q.ageMin !== undefined) c.push(sql`p.birth_date <= ${yearsBefore(refDate, q.ageMin)}::date`);
  if (q.ageMax !== undefined) c.push(sql`p.birth_date > ${yearsBefore(refDate, q.ageMax + 1)}::date`);
  if (q.status) c.push(sql`p.status = ${q.status}`);
  return c;
}

export function peopleOrder(sort: PeopleQuery['sort']): SQL {
  switch (sort) {
    case '-name':
      return sql`p.name_sort desc, p.id desc`;
    case 'birthDate':
      return sql`p.birth_date, p.id`;
    case '-birthDate':
      return sql`p.birth_date desc, p.id`;
    case 'unit':
      return sql`p.current_unit_path, p.name_sort, p.id`;
    default:
      return sql`p.name_sort, p.id`;
  }
}
