/**
 * Loads what the engine needs about a batch of people (birth, gender, ethnicity, qualifications,
 * assignments with their post and unit), in three set-wise queries.
 */
import { sql } from 'drizzle-orm';
import { isEthnicMinority } from '../../../core/catalog/ethnicities';
import type { Holding } from '../../../core/standards/person';
import type { PersonFacts, QualificationFact } from '../../../core/standards/types';
import type { DbOrTx } from '../../db/client';

export interface PersonBundle {
  personId: number;
  fullName: string;
  active: boolean;
  facts: PersonFacts;
  /** Assignments not ended on `from` (current and future ones). */
  holdings: Holding[];
  /** Display names of each holding's unit and post, by assignment id. */
  labels: Map<number, { unit: Ref; position: Ref }>;
}

export interface Ref {
  code: string;
  name: string;
}

const idArray = (ids: readonly number[]) => `{${ids.join(',')}}`;

/**
 * Bundles for the given people; holdings are those still open on `from` (valid_to null or after it).
 */
export async function loadBundles(db: DbOrTx, ids: readonly number[], from: string): Promise<PersonBundle[]> {
  if (ids.length === 0) return [];
  const arr = idArray(ids);
  // Sequential: inside a transaction the three share one connection.
  const people = await db.execute<{
    id: string;
    full_name: string;
    birth_date: string;
    gender: 'male' | 'female';
    ethnicity: string | null;
    status: string;
    service_start: string | null;
  }>(sql`
      select p.id, p.full_name, p.birth_date, p.gender, p.ethnicity, p.status,
        (select min(a.valid_from) from assignment a where a.person_id = p.id) as service_start
      from person p where p.id = any(${arr}::bigint[])`);
  // Enrolments in a course whose programme awards a level count as that level in progress
  // (đang hoàn thiện) from the nomination decision, or the course start, until results are in.
  const studying = await db.execute<{
    person_id: string;
    dimension: QualificationFact['dimension'];
    level: string;
    start_date: string;
  }>(sql`
      select e.person_id, pr.awards_dimension as dimension, pr.awards_level as level,
        coalesce(e.decision_date, c.start_date) as start_date
      from enrolment e join course c on c.id = e.course_id join programme pr on pr.id = c.programme_id
      where e.person_id = any(${arr}::bigint[]) and e.status = 'enrolled' and c.status <> 'cancelled'
        and pr.awards_dimension is not null and pr.awards_level is not null`);
  const quals = await db.execute<{
    person_id: string;
    dimension: QualificationFact['dimension'];
    level: string;
    status: QualificationFact['status'];
    start_date: string | null;
    end_date: string | null;
    major: string | null;
  }>(sql`
      select person_id, dimension, level, status, start_date, end_date, major
      from qualification where person_id = any(${arr}::bigint[])`);
  const assigns = await db.execute<{
    id: string;
    person_id: string;
    kind: string;
    valid_from: string;
    valid_to: string | null;
    p_id: string;
    p_code: string;
    p_group: string;
    p_key: boolean;
    u_id: string;
    u_code: string;
    u_name: string;
    p_name: string;
    u_kind: string;
    u_area: string | null;
    u_difficult: boolean;
    u_from: string;
  }>(sql`
      select a.id, a.person_id, a.kind, a.valid_from, a.valid_to,
        pos.id as p_id, pos.code as p_code, pos."group" as p_group, pos.key_cadre as p_key,
        u.id as u_id, u.code as u_code, u.name as u_name, pos.name as p_name, u.kind as u_kind, u.area_class as u_area, u.difficult_area as u_difficult,
        u.valid_from as u_from
      from assignment a
      join position pos on pos.id = a.position_id
      join org_unit u on u.id = a.unit_id
      where a.person_id = any(${arr}::bigint[]) and (a.valid_to is null or a.valid_to > ${from}::date)`);
  const byId = new Map<number, PersonBundle>();
  for (const p of people.rows) {
    byId.set(Number(p.id), {
      personId: Number(p.id),
      fullName: p.full_name,
      active: p.status === 'active',
      facts: {
        birthDate: p.birth_date,
        gender: p.gender,
        serviceStart: p.service_start,
        ethnicMinority: isEthnicMinority(p.ethnicity),
        qualifications: [],
      },
      holdings: [],
      labels: new Map(),
    });
  }
  for (const q of quals.rows) {
    byId.get(Number(q.person_id))?.facts.qualifications.push({
      dimension: q.dimension,
      level: q.level,
      status: q.status,
      startDate: q.start_date,
      endDate: q.end_date,
      major: q.major,
    });
  }
  for (const e of studying.rows) {
    byId.get(Number(e.person_id))?.facts.qualifications.push({
      dimension: e.dimension,
      level: e.level,
      status: 'in_progress',
      startDate: e.start_date,
      endDate: null,
      major: null,
    });
  }
  for (const a of assigns.rows) {
    byId.get(Number(a.person_id))?.labels.set(Number(a.id), {
      unit: { code: a.u_code, name: a.u_name },
      position: { code: a.p_code, name: a.p_name },
    });
    byId.get(Number(a.person_id))?.holdings.push({
      assignmentId: Number(a.id),
      kind: a.kind,
      validFrom: a.valid_from,
      validTo: a.valid_to,
      position: { id: Number(a.p_id), code: a.p_code, group: a.p_group, keyCadre: a.p_key },
      unit: {
        id: Number(a.u_id),
        kind: a.u_kind,
        areaClass: a.u_area,
        difficultArea: a.u_difficult || a.u_area === 'III',
        validFrom: a.u_from,
      },
    });
  }
  return [...byId.values()];
}
