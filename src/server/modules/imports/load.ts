/**
 * What the database already holds for the keys a file mentions: units by code, people by CCCD,
 * and the history of those people. One query per kind with an array parameter (`= any($1)`),
 * so 50,000 CCCDs cost one round trip, not 50,000 and not 50,000 bind parameters.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

/** Binds a whole JS array as one PostgreSQL array parameter. */
export const arrayParam = (values: readonly unknown[]) => sql.param(values);

export interface DbUnit {
  id: number;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  parentCode: string | null;
  path: string;
  provinceId: number | null;
  areaClass: string | null;
  validFrom: string;
  validTo: string | null;
  mergedInto: string | null;
  version: number;
}

export interface DbPerson {
  id: number;
  cccd: string;
  fullName: string;
  birthDate: string;
  gender: string;
  ethnicity: string | null;
  religion: string | null;
  hometown: string | null;
  category: string;
  partyJoinDate: string | null;
  partyOfficialDate: string | null;
  currentUnitPath: string | null;
  version: number;
}

export interface DbAssignment {
  id: number;
  personId: number;
  cccd: string;
  unitId: number;
  unitCode: string;
  positionId: number;
  positionCode: string;
  kind: string;
  decisionNo: string | null;
  decisionDate: string | null;
  validFrom: string;
  validTo: string | null;
  version: number;
}

export interface DbQualification {
  id: number;
  personId: number;
  dimension: string;
  level: string;
  major: string | null;
  institution: string | null;
  mode: string | null;
  language: string | null;
  startDate: string | null;
  endDate: string | null;
  status: string;
  certificateNo: string | null;
  version: number;
}

export interface DbEvaluation {
  id: number;
  personId: number;
  year: number;
  rating: string;
}

async function rows<T>(db: DbOrTx, query: ReturnType<typeof sql>): Promise<T[]> {
  const res = await db.execute(query);
  return res.rows as T[];
}

export function unitsByCode(db: DbOrTx, codes: readonly string[]): Promise<DbUnit[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return rows<DbUnit>(
    db,
    sql`select u.id::int as "id", u.code, u.name, u.kind, u.parent_id::int as "parentId",
          p.code as "parentCode", u.path, u.province_id::int as "provinceId", u.area_class as "areaClass",
          u.valid_from as "validFrom", u.valid_to as "validTo", m.code as "mergedInto", u.version
        from org_unit u
        left join org_unit p on p.id = u.parent_id
        left join org_unit m on m.id = u.merged_into_id
        where u.code = any(${arrayParam(codes)}::text[])`,
  );
}

export async function positionIds(db: DbOrTx): Promise<Map<string, number>> {
  const list = await rows<{ id: number; code: string }>(db, sql`select id::int as "id", code from position`);
  return new Map(list.map((p) => [p.code, p.id]));
}

export function peopleByCccd(db: DbOrTx, cccds: readonly string[]): Promise<DbPerson[]> {
  if (cccds.length === 0) return Promise.resolve([]);
  return rows<DbPerson>(
    db,
    sql`select id::int as "id", cccd, full_name as "fullName", birth_date as "birthDate", gender, ethnicity,
          religion, hometown, category, party_join_date as "partyJoinDate",
          party_official_date as "partyOfficialDate", current_unit_path as "currentUnitPath", version
        from person where cccd = any(${arrayParam(cccds)}::text[])`,
  );
}

const assignmentColumns = sql`a.id::int as "id", a.person_id::int as "personId", pe.cccd, a.unit_id::int as "unitId",
  u.code as "unitCode", a.position_id::int as "positionId", pos.code as "positionCode", a.kind,
  a.decision_no as "decisionNo", a.decision_date as "decisionDate", a.valid_from as "validFrom",
  a.valid_to as "validTo", a.version`;

export function assignmentsOf(db: DbOrTx, personIds: readonly number[]): Promise<DbAssignment[]> {
  if (personIds.length === 0) return Promise.resolve([]);
  return rows<DbAssignment>(
    db,
    sql`select ${assignmentColumns}
        from assignment a join person pe on pe.id = a.person_id
          join org_unit u on u.id = a.unit_id join position pos on pos.id = a.position_id
        where a.person_id = any(${arrayParam(personIds)}::bigint[])`,
  );
}

/** Assignments of the given units still running on or after `from` (candidates for a merge move). */
export function assignmentsRunningIn(
  db: DbOrTx,
  unitIds: readonly number[],
  from: string,
): Promise<DbAssignment[]> {
  if (unitIds.length === 0) return Promise.resolve([]);
  return rows<DbAssignment>(
    db,
    sql`select ${assignmentColumns}
        from assignment a join person pe on pe.id = a.person_id
          join org_unit u on u.id = a.unit_id join position pos on pos.id = a.position_id
        where a.unit_id = any(${arrayParam(unitIds)}::bigint[])
          and (a.valid_to is null or a.valid_to > ${from}::date)`,
  );
}

export function qualificationsOf(db: DbOrTx, personIds: readonly number[]): Promise<DbQualification[]> {
  if (personIds.length === 0) return Promise.resolve([]);
  return rows<DbQualification>(
    db,
    sql`select id::int as "id", person_id::int as "personId", dimension, level, major, institution, mode,
          language, start_date as "startDate", end_date as "endDate", status,
          certificate_no as "certificateNo", version
        from qualification where person_id = any(${arrayParam(personIds)}::bigint[])
        order by id`,
  );
}

export function evaluationsOf(db: DbOrTx, personIds: readonly number[]): Promise<DbEvaluation[]> {
  if (personIds.length === 0) return Promise.resolve([]);
  return rows<DbEvaluation>(
    db,
    sql`select id::int as "id", person_id::int as "personId", year, rating
        from evaluation where person_id = any(${arrayParam(personIds)}::bigint[])`,
  );
}
