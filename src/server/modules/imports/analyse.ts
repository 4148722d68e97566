/**
 * Second pass: the parsed file against the database. Loads what the file's keys match, runs the
 * cross-sheet checks and returns the plan. Runs the same for a dry run and for a commit (there
 * inside the write transaction), so both answer the same counts and errors.
 */
import type { DbOrTx } from '../../db/client';
import type { Scope } from '../org/scope';
import type { ErrorList } from './errors';
import {
  assignmentsOf,
  assignmentsRunningIn,
  evaluationsOf,
  peopleByCccd,
  positionIds,
  qualificationsOf,
  unitsByCode,
} from './load';
import { makePlan, type Plan } from './plan';
import type { ParsedFile } from './types';
import { newlyEnding, validateAssignments } from './validate-assignments';
import { validatePeople } from './validate-people';
import { type UnitIndex, validateUnits } from './validate-units';

export interface Analysis {
  plan: Plan;
  units: UnitIndex;
}

function unitCodesOf(file: ParsedFile): string[] {
  const codes = new Set<string>();
  for (const u of file.units) {
    codes.add(u.code);
    if (u.parentCode) codes.add(u.parentCode);
    if (u.mergedInto) codes.add(u.mergedInto);
  }
  for (const a of file.assignments) codes.add(a.unitCode);
  return [...codes];
}

function cccdsOf(file: ParsedFile): string[] {
  const all = new Set<string>();
  for (const list of [file.people, file.assignments, file.qualifications, file.evaluations]) {
    for (const r of list) all.add(r.cccd);
  }
  return [...all];
}

export async function analyse(
  db: DbOrTx,
  file: ParsedFile,
  scope: Scope,
  errors: ErrorList,
  log: (message: string) => void,
): Promise<Analysis> {
  const units = validateUnits(file, await unitsByCode(db, unitCodesOf(file)), scope, errors);
  const positions = await positionIds(db);
  const people = validatePeople(file, await peopleByCccd(db, cccdsOf(file)), scope, errors);
  log('đã đối chiếu đơn vị và cán bộ với cơ sở dữ liệu');

  const storedId = (cccd: string) => people.get(cccd)?.db?.id;
  const idsOf = (rows: readonly { cccd: string }[]) => {
    const ids = new Set<number>();
    for (const r of rows) {
      const id = storedId(r.cccd);
      if (id !== undefined) ids.add(id);
    }
    return ids;
  };

  // Stored units this file ends: their running assignments move to the successor (or block a dissolution).
  const ending = newlyEnding(units).filter((u) => u.db !== null);
  const firstEnd = ending.flatMap((u) => (u.validTo ? [u.validTo] : [])).sort()[0] ?? '9999-12-31';
  const running = await assignmentsRunningIn(
    db,
    ending.flatMap((u) => (u.db ? [u.db.id] : [])),
    firstEnd,
  );
  const assignmentPeople = idsOf(file.assignments);
  for (const a of running) assignmentPeople.add(a.personId);
  const storedAssignments = await assignmentsOf(db, [...assignmentPeople]);
  const assignments = validateAssignments(file, units, people, positions, storedAssignments, running, errors);

  const qualifications = people.resolveAll(file.qualifications, 'qualifications', errors);
  const evaluations = people.resolveAll(file.evaluations, 'evaluations', errors);
  const [storedQualifications, storedEvaluations] = await Promise.all([
    qualificationsOf(db, [...idsOf(file.qualifications)]),
    evaluationsOf(db, [...idsOf(file.evaluations)]),
  ]);
  log('đã kiểm tra quan hệ giữa các trang');

  const plan = makePlan({
    file,
    units,
    people,
    assignments,
    storedAssignments,
    qualifications,
    storedQualifications,
    evaluations,
    storedEvaluations,
  });
  return { plan, units };
}
