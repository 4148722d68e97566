/**
 * Generated plans as table rows, with the columns of each table named once. The demo inserts these
 * rows (unnest of column arrays) and the nation streams them with COPY; both read the same specs,
 * so the two loaders cannot drift apart.
 */

import { levelRank } from '../../../core/catalog/levels';
import { foldVietnamese, nameSortKey } from '../../../core/text/fold';
import { type Day, isoOf } from './days';
import type { Derived } from './derived';
import type { PersonPlan } from './person-plan';
import { type PostInfo, postId } from './posts';
import type { EventPlan, UnitNode } from './units';

export type Cell = string | number | boolean | null;
export type SqlType = 'bigint' | 'integer' | 'smallint' | 'text' | 'date' | 'boolean' | 'jsonb';

export interface TableSpec {
  table: string;
  columns: readonly (readonly [name: string, type: SqlType])[];
}

const day = (d: Day | null): string | null => (d === null ? null : isoOf(d));

export const ORG_UNIT: TableSpec = {
  table: 'org_unit',
  columns: [
    ['id', 'bigint'],
    ['code', 'text'],
    ['official_code', 'text'],
    ['name', 'text'],
    ['kind', 'text'],
    ['tree', 'text'],
    ['area_class', 'text'],
    ['difficult_area', 'boolean'],
    ['parent_id', 'bigint'],
    ['path', 'text'],
    ['province_id', 'bigint'],
    ['valid_from', 'date'],
    ['valid_to', 'date'],
    ['merged_into_id', 'bigint'],
  ],
};

export function unitRow(u: UnitNode): Cell[] {
  return [
    u.id,
    u.code,
    u.officialCode,
    u.name,
    u.kind,
    u.tree,
    u.areaClass,
    u.difficultArea,
    u.parent?.id ?? null,
    u.path,
    u.province?.id ?? null,
    day(u.validFrom),
    day(u.validTo),
    u.mergedInto?.id ?? null,
  ];
}

export const ORG_UNIT_VERSION: TableSpec = {
  table: 'org_unit_version',
  columns: [
    ['unit_id', 'bigint'],
    ['parent_id', 'bigint'],
    ['name', 'text'],
    ['valid_from', 'date'],
    ['valid_to', 'date'],
  ],
};

export function versionRows(u: UnitNode): Cell[][] {
  return u.versions.map((v) => [u.id, v.parent?.id ?? null, v.name, day(v.from), day(v.to)]);
}

export const ORG_EVENT: TableSpec = {
  table: 'org_event',
  columns: [
    ['kind', 'text'],
    ['effective_date', 'date'],
    ['unit_id', 'bigint'],
    ['decision_no', 'text'],
    ['details', 'jsonb'],
  ],
};

export function eventRow(e: EventPlan): Cell[] {
  return [
    e.kind,
    day(e.date),
    e.unit.id,
    e.decisionNo,
    e.details === null ? null : JSON.stringify(e.details),
  ];
}

export const PERSON: TableSpec = {
  table: 'person',
  columns: [
    ['id', 'bigint'],
    ['cccd', 'text'],
    ['cmnd', 'text'],
    ['full_name', 'text'],
    ['name_folded', 'text'],
    ['name_sort', 'text'],
    ['birth_date', 'date'],
    ['gender', 'text'],
    ['ethnicity', 'text'],
    ['religion', 'text'],
    ['hometown', 'text'],
    ['category', 'text'],
    ['party_join_date', 'date'],
    ['party_official_date', 'date'],
    ['status', 'text'],
    ['party_unit_id', 'bigint'],
    ['current_unit_id', 'bigint'],
    ['current_position_id', 'bigint'],
    ['current_unit_path', 'text'],
    ['current_key_cadre', 'boolean'],
    ['current_assigned', 'boolean'],
    ['q_general_education', 'smallint'],
    ['q_professional', 'smallint'],
    ['q_political_theory', 'smallint'],
    ['q_state_management', 'smallint'],
    ['q_leadership', 'smallint'],
    ['q_defence_security', 'smallint'],
    ['q_it', 'smallint'],
    ['q_foreign_language', 'smallint'],
    ['q_ethnic_language', 'smallint'],
    ['province_id', 'bigint'],
  ],
};

// Folding two million names is measurable; many names repeat, so fold each distinct name once.
const foldCache = new Map<string, [string, string]>();

function folded(fullName: string): [string, string] {
  let f = foldCache.get(fullName);
  if (!f) {
    f = [foldVietnamese(fullName), nameSortKey(fullName)];
    if (foldCache.size > 500_000) foldCache.clear();
    foldCache.set(fullName, f);
  }
  return f;
}

/** The person row; derived columns come from `derived` (bulk path) or stay empty for a recompute. */
export function personRow(plan: PersonPlan, id: number, cccd: string, derived: Derived | null): Cell[] {
  const b = plan.basics;
  const [nameFolded, nameSort] = folded(b.name.full);
  const party = plan.party;
  const provinceId = derived?.unit?.province?.id ?? plan.slot.province.unit.id;
  return [
    id,
    cccd,
    b.cmnd,
    b.name.full,
    nameFolded,
    nameSort,
    isoOf(b.birth),
    b.gender,
    b.ethnicity,
    b.religion,
    b.hometown,
    b.category,
    day(party?.join ?? null),
    day(party?.official ?? null),
    b.status,
    party?.unit.id ?? null,
    derived?.unit?.id ?? null,
    derived?.post?.id ?? null,
    derived?.unit?.path ?? null,
    derived?.post?.keyCadre ?? false,
    derived?.assigned ?? false,
    ...(derived ? derived.ranks : [null, null, null, null, null, null, null, null, null]),
    provinceId,
  ];
}

export const ASSIGNMENT: TableSpec = {
  table: 'assignment',
  columns: [
    ['id', 'bigint'],
    ['person_id', 'bigint'],
    ['unit_id', 'bigint'],
    ['position_id', 'bigint'],
    ['kind', 'text'],
    ['decision_no', 'text'],
    ['decision_date', 'date'],
    ['valid_from', 'date'],
    ['valid_to', 'date'],
    ['note', 'text'],
  ],
};

export function assignmentRows(
  plan: PersonPlan,
  personId: number,
  firstId: number,
  posts: Map<string, PostInfo>,
): Cell[][] {
  return plan.career.assignments.map((a, i) => [
    firstId + i,
    personId,
    a.unit.id,
    postId(posts, a.post).id,
    a.kind,
    a.decisionNo,
    day(a.decisionDate),
    isoOf(a.from),
    day(a.to),
    a.note,
  ]);
}

export const QUALIFICATION: TableSpec = {
  table: 'qualification',
  columns: [
    ['id', 'bigint'],
    ['person_id', 'bigint'],
    ['dimension', 'text'],
    ['level', 'text'],
    ['rank', 'smallint'],
    ['major', 'text'],
    ['institution', 'text'],
    ['mode', 'text'],
    ['language', 'text'],
    ['start_date', 'date'],
    ['end_date', 'date'],
    ['status', 'text'],
    ['certificate_no', 'text'],
    ['source', 'text'],
  ],
};

export function qualificationRows(
  plan: PersonPlan,
  personId: number,
  firstId: number,
  source: string,
): Cell[][] {
  return plan.qualifications.map((q, i) => [
    firstId + i,
    personId,
    q.dimension,
    q.level,
    levelRank(q.dimension, q.level),
    q.major,
    q.institution,
    q.mode,
    q.language,
    day(q.start),
    day(q.end),
    q.status,
    q.certificateNo,
    source,
  ]);
}

export const EVALUATION: TableSpec = {
  table: 'evaluation',
  columns: [
    ['id', 'bigint'],
    ['person_id', 'bigint'],
    ['year', 'integer'],
    ['rating', 'text'],
  ],
};

export function evaluationRows(plan: PersonPlan, personId: number, firstId: number): Cell[][] {
  return plan.evaluations.map((e, i) => [firstId + i, personId, e.year, e.rating]);
}

export const REWARD_DISCIPLINE: TableSpec = {
  table: 'reward_discipline',
  columns: [
    ['id', 'bigint'],
    ['person_id', 'bigint'],
    ['type', 'text'],
    ['authority', 'text'],
    ['form', 'text'],
    ['decision_no', 'text'],
    ['decision_date', 'date'],
    ['reason', 'text'],
    ['effective_to', 'date'],
  ],
};

export function rewardRows(plan: PersonPlan, personId: number, firstId: number): Cell[][] {
  return plan.rewards.map((r, i) => [
    firstId + i,
    personId,
    r.type,
    r.authority,
    r.form,
    r.decisionNo,
    isoOf(r.decision),
    r.reason,
    day(r.effectiveTo),
  ]);
}
