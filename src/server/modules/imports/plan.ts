/**
 * Compares checked rows with what is stored and decides, row by row, created / updated /
 * unchanged. The plan is all a write needs, and its counts are the answer of a dry run.
 */
import { levelRank } from '../../../core/catalog/levels';
import { assignmentKey, evaluationKey, isLanguageDimension, qualificationKey } from './keys';
import type { DbAssignment, DbEvaluation, DbPerson, DbQualification, DbUnit } from './load';
import type {
  Counts,
  EvaluationRow,
  ParsedFile,
  PersonRow,
  QualificationRow,
  SheetCounts,
  UnitRow,
} from './types';
import type { AssignmentCheck } from './validate-assignments';
import type { PersonIndex, ResolvedPerson } from './validate-people';
import type { UnitIndex } from './validate-units';

export interface UnitUpdate {
  db: DbUnit;
  name: string;
  kind: string;
  areaClass: string | null;
  validFrom: string;
  /** Set when this import ends the unit (dissolved, or merged into `mergedInto`). */
  endsOn: string | null;
  mergedInto: string | null;
  renamed: boolean;
}

export type PersonValues = Omit<PersonRow, 'row' | 'cccd'>;

export interface AssignmentValues {
  cccd: string;
  unitCode: string;
  positionId: number;
  kind: string;
  decisionNo: string | null;
  decisionDate: string | null;
  validFrom: string;
  validTo: string | null;
  note: string | null;
}

export interface QualificationValues {
  cccd: string;
  dimension: string;
  level: string;
  rank: number;
  major: string | null;
  institution: string | null;
  mode: string | null;
  language: string | null;
  startDate: string | null;
  endDate: string | null;
  status: string;
  certificateNo: string | null;
}

export interface Plan {
  counts: SheetCounts;
  units: { create: UnitRow[]; update: UnitUpdate[] };
  people: { create: PersonRow[]; update: { id: number; values: PersonValues }[] };
  assignments: {
    create: AssignmentValues[];
    update: {
      id: number;
      kind: string;
      decisionNo: string | null;
      decisionDate: string | null;
      validTo: string | null;
    }[];
  };
  qualifications: { create: QualificationValues[]; update: ({ id: number } & QualificationValues)[] };
  evaluations: {
    create: { cccd: string; year: number; rating: string }[];
    update: { id: number; rating: string }[];
  };
  /** People whose record or history changes: their derived columns are recomputed. */
  touched: Set<string>;
  /** Stored people by CCCD (new ones get their ids when inserted). */
  personIds: Map<string, number>;
  moved: number;
}

const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });
export const emptyCounts = (): SheetCounts => ({
  units: zero(),
  people: zero(),
  assignments: zero(),
  qualifications: zero(),
  evaluations: zero(),
});

/** The value for `key`: the file's when the sheet has the column, else the stored one. */
function pick<T, K extends keyof T & string>(
  cols: ReadonlySet<string> | null,
  key: K,
  file: T,
  stored: T,
): T[K] {
  return cols?.has(key) ? file[key] : stored[key];
}

function sameValues<T extends object>(a: T, b: T): boolean {
  return (Object.keys(a) as (keyof T)[]).every((k) => a[k] === b[k]);
}

export interface PlanInput {
  file: ParsedFile;
  units: UnitIndex;
  people: PersonIndex;
  assignments: AssignmentCheck;
  storedAssignments: readonly DbAssignment[];
  qualifications: { row: QualificationRow; person: ResolvedPerson }[];
  storedQualifications: readonly DbQualification[];
  evaluations: { row: EvaluationRow; person: ResolvedPerson }[];
  storedEvaluations: readonly DbEvaluation[];
}

export function makePlan(input: PlanInput): Plan {
  const plan: Plan = {
    counts: emptyCounts(),
    units: { create: [], update: [] },
    people: { create: [], update: [] },
    assignments: { create: [], update: [] },
    qualifications: { create: [], update: [] },
    evaluations: { create: [], update: [] },
    touched: new Set(),
    personIds: new Map(),
    moved: 0,
  };
  for (const p of input.people.values()) if (p.db) plan.personIds.set(p.cccd, p.db.id);
  for (const a of input.storedAssignments) plan.personIds.set(a.cccd, a.personId);
  planUnits(input, plan);
  planPeople(input, plan);
  planAssignments(input, plan);
  planQualifications(input, plan);
  planEvaluations(input, plan);
  return plan;
}

function planUnits({ file, units }: PlanInput, plan: Plan) {
  const cols = file.columns.units;
  for (const u of units.all()) {
    if (!u.row) continue;
    const row = u.row;
    if (!u.db) {
      plan.units.create.push(row);
      plan.counts.units.created++;
      continue;
    }
    const db = u.db;
    const next: UnitUpdate = {
      db,
      name: row.name,
      kind: row.kind,
      areaClass: cols?.has('areaClass') ? row.areaClass : db.areaClass,
      validFrom: u.validFrom,
      endsOn: db.validTo === null && u.validTo !== null ? u.validTo : null,
      mergedInto: db.validTo === null && u.validTo !== null ? u.mergedInto : null,
      renamed: row.name !== db.name,
    };
    const changed =
      next.renamed ||
      next.kind !== db.kind ||
      next.areaClass !== db.areaClass ||
      next.validFrom !== db.validFrom ||
      next.endsOn !== null;
    if (changed) {
      plan.units.update.push(next);
      plan.counts.units.updated++;
    } else plan.counts.units.unchanged++;
  }
}

function personValues(row: PersonRow): PersonValues {
  const { row: _row, cccd: _cccd, ...values } = row;
  return values;
}

function storedPersonValues(db: DbPerson): PersonValues {
  return {
    fullName: db.fullName,
    birthDate: db.birthDate,
    gender: db.gender as PersonValues['gender'],
    ethnicity: db.ethnicity,
    religion: db.religion,
    hometown: db.hometown,
    category: db.category as PersonValues['category'],
    partyJoinDate: db.partyJoinDate,
    partyOfficialDate: db.partyOfficialDate,
  };
}

function planPeople({ file, people }: PlanInput, plan: Plan) {
  const cols = file.columns.people;
  for (const p of people.values()) {
    if (!p.row) continue;
    if (!p.db) {
      plan.people.create.push(p.row);
      plan.touched.add(p.cccd);
      plan.counts.people.created++;
      continue;
    }
    const stored = storedPersonValues(p.db);
    const fromFile = personValues(p.row);
    const next = Object.fromEntries(
      (Object.keys(stored) as (keyof PersonValues)[]).map((k) => [k, pick(cols, k, fromFile, stored)]),
    ) as PersonValues;
    if (sameValues(next, stored)) plan.counts.people.unchanged++;
    else {
      plan.people.update.push({ id: p.db.id, values: next });
      plan.touched.add(p.cccd);
      plan.counts.people.updated++;
    }
  }
}

function planAssignments({ file, assignments, storedAssignments }: PlanInput, plan: Plan) {
  const cols = file.columns.assignments;
  const stored = new Map(
    storedAssignments.map((a) => [assignmentKey(a.cccd, a.unitCode, a.positionCode, a.validFrom), a]),
  );
  const updates = new Map<number, Plan['assignments']['update'][number]>();
  for (const c of assignments.checked) {
    const { row } = c;
    const db = stored.get(assignmentKey(c.person.cccd, c.unit.code, row.positionCode, row.validFrom));
    if (!db) {
      plan.assignments.create.push({
        cccd: c.person.cccd,
        unitCode: c.unit.code,
        positionId: c.positionId,
        kind: row.kind,
        decisionNo: row.decisionNo,
        decisionDate: row.decisionDate,
        validFrom: row.validFrom,
        validTo: c.validTo,
        note: null,
      });
      plan.touched.add(c.person.cccd);
      plan.counts.assignments.created++;
      continue;
    }
    const next = {
      id: db.id,
      kind: row.kind,
      decisionNo: pick(cols, 'decisionNo', row, { ...row, decisionNo: db.decisionNo }),
      decisionDate: pick(cols, 'decisionDate', row, { ...row, decisionDate: db.decisionDate }),
      validTo: cols?.has('validTo') ? c.validTo : db.validTo,
    };
    const before = {
      id: db.id,
      kind: db.kind,
      decisionNo: db.decisionNo,
      decisionDate: db.decisionDate,
      validTo: db.validTo,
    };
    if (sameValues(next, before)) plan.counts.assignments.unchanged++;
    else {
      updates.set(db.id, next);
      plan.touched.add(c.person.cccd);
      plan.counts.assignments.updated++;
    }
  }
  // Merger moves: stored assignments cut on the merge date, and their copies in the successor.
  for (const { stored: a, validTo } of assignments.cut) {
    updates.set(a.id, {
      id: a.id,
      kind: a.kind,
      decisionNo: a.decisionNo,
      decisionDate: a.decisionDate,
      validTo,
    });
    plan.touched.add(a.cccd);
  }
  for (const t of assignments.transfers) {
    plan.assignments.create.push({
      cccd: t.cccd,
      unitCode: t.toUnit,
      positionId: t.positionId,
      kind: 'transfer',
      decisionNo: t.decisionNo,
      decisionDate: t.validFrom,
      validFrom: t.validFrom,
      validTo: t.validTo,
      note: t.note,
    });
    plan.touched.add(t.cccd);
  }
  plan.assignments.update = [...updates.values()];
  plan.moved = assignments.cut.length + assignments.transfers.length;
}

function planQualifications({ file, qualifications, storedQualifications }: PlanInput, plan: Plan) {
  const cols = file.columns.qualifications;
  const stored = new Map<string, DbQualification>();
  for (const q of storedQualifications) {
    const key = qualificationKey(q.personId, q);
    // Several stored records on one key (typed in by hand): the oldest is the one the file means.
    if (!stored.has(key)) stored.set(key, q);
  }
  for (const { row, person } of qualifications) {
    const language = isLanguageDimension(row.dimension);
    const fromFile: QualificationValues = {
      cccd: person.cccd,
      dimension: row.dimension,
      level: row.level,
      rank: levelRank(row.dimension, row.level),
      major: language ? null : row.major,
      institution: row.institution,
      mode: row.mode,
      language: language ? row.major : null,
      startDate: row.startDate,
      endDate: row.endDate,
      status: row.status,
      certificateNo: row.certificateNo,
    };
    const db = person.db ? stored.get(qualificationKey(person.db.id, fromFile)) : undefined;
    if (!db) {
      plan.qualifications.create.push(fromFile);
      plan.touched.add(person.cccd);
      plan.counts.qualifications.created++;
      continue;
    }
    const before: QualificationValues = {
      cccd: person.cccd,
      dimension: db.dimension,
      level: db.level,
      rank: fromFile.rank,
      major: db.major,
      institution: db.institution,
      mode: db.mode,
      language: db.language,
      startDate: db.startDate,
      endDate: db.endDate,
      status: db.status,
      certificateNo: db.certificateNo,
    };
    const next: QualificationValues = {
      ...before,
      // A language record keeps its language in `language` (part of the key); `major` stays as stored.
      major: language ? db.major : pick(cols, 'major', fromFile, before),
      institution: pick(cols, 'institution', fromFile, before),
      mode: pick(cols, 'mode', fromFile, before),
      endDate: pick(cols, 'endDate', fromFile, before),
      status: fromFile.status,
      certificateNo: pick(cols, 'certificateNo', fromFile, before),
    };
    if (sameValues(next, before)) {
      plan.counts.qualifications.unchanged++;
    } else {
      plan.qualifications.update.push({ id: db.id, ...next });
      plan.touched.add(person.cccd);
      plan.counts.qualifications.updated++;
    }
  }
}

function planEvaluations({ evaluations, storedEvaluations }: PlanInput, plan: Plan) {
  const stored = new Map(storedEvaluations.map((e) => [evaluationKey(e.personId, e.year), e]));
  for (const { row, person } of evaluations) {
    const db = person.db ? stored.get(evaluationKey(person.db.id, row.year)) : undefined;
    if (!db) {
      plan.evaluations.create.push({ cccd: person.cccd, year: row.year, rating: row.rating });
      plan.touched.add(person.cccd);
      plan.counts.evaluations.created++;
    } else if (db.rating !== row.rating) {
      plan.evaluations.update.push({ id: db.id, rating: row.rating });
      plan.touched.add(person.cccd);
      plan.counts.evaluations.updated++;
    } else plan.counts.evaluations.unchanged++;
  }
}
