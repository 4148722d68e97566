/**
 * Carries out a plan inside the caller's transaction: units, people, then the history that
 * refers to them, each kind in chunked set-wise statements; finally the derived person columns
 * for everyone touched, in the same transaction (architecture pattern 7).
 */
import { foldVietnamese, nameSortKey } from '../../../core/text/fold';
import type { Tx } from '../../db/client';
import { keepPeopleCurrent } from '../people/upkeep';
import { insertRows, updateRows } from './bulk';
import type { AssignmentValues, PersonValues, Plan, QualificationValues } from './plan';
import type { PersonRow } from './types';
import type { UnitIndex } from './validate-units';
import { writeUnits } from './write-units';

export interface WriteContext {
  file: string;
  today: string;
  log: (message: string) => void;
}

const personColumns = [
  { name: 'full_name', type: 'text', value: (p: PersonValues) => p.fullName },
  { name: 'name_folded', type: 'text', value: (p: PersonValues) => foldVietnamese(p.fullName) },
  { name: 'name_sort', type: 'text', value: (p: PersonValues) => nameSortKey(p.fullName) },
  { name: 'birth_date', type: 'date', value: (p: PersonValues) => p.birthDate },
  { name: 'gender', type: 'text', value: (p: PersonValues) => p.gender },
  { name: 'ethnicity', type: 'text', value: (p: PersonValues) => p.ethnicity },
  { name: 'religion', type: 'text', value: (p: PersonValues) => p.religion },
  { name: 'hometown', type: 'text', value: (p: PersonValues) => p.hometown },
  { name: 'category', type: 'text', value: (p: PersonValues) => p.category },
  { name: 'party_join_date', type: 'date', value: (p: PersonValues) => p.partyJoinDate },
  { name: 'party_official_date', type: 'date', value: (p: PersonValues) => p.partyOfficialDate },
] as const;

async function writePeople(tx: Tx, plan: Plan): Promise<void> {
  const inserted = await insertRows<PersonRow, { id: number; cccd: string }>(
    tx,
    'person',
    [{ name: 'cccd', type: 'text', value: (p: PersonRow) => p.cccd }, ...personColumns],
    plan.people.create,
    { returning: 'id::int as id, cccd' },
  );
  for (const p of inserted) plan.personIds.set(p.cccd, p.id);
  await updateRows(
    tx,
    'person',
    personColumns.map((c) => ({
      ...c,
      value: (u: { id: number; values: PersonValues }) => c.value(u.values),
    })),
    plan.people.update,
    'version = t.version + 1, updated_at = now()',
  );
}

export async function writePlan(tx: Tx, plan: Plan, units: UnitIndex, ctx: WriteContext): Promise<void> {
  const placed = await writeUnits(tx, plan, units, ctx.file);
  ctx.log('đã ghi đơn vị');
  await writePeople(tx, plan);
  ctx.log(`đã ghi ${plan.people.create.length + plan.people.update.length} cán bộ`);

  const personId = (cccd: string) => {
    const id = plan.personIds.get(cccd);
    if (id === undefined) throw new Error(`import: no person id for a planned row`);
    return id;
  };
  const unitId = (code: string) => {
    const id = placed.get(code)?.id;
    if (id === undefined) throw new Error(`import: no unit id for ${code}`);
    return id;
  };

  await insertRows(
    tx,
    'assignment',
    [
      { name: 'person_id', type: 'bigint', value: (a: AssignmentValues) => personId(a.cccd) },
      { name: 'unit_id', type: 'bigint', value: (a) => unitId(a.unitCode) },
      { name: 'position_id', type: 'bigint', value: (a) => a.positionId },
      { name: 'kind', type: 'text', value: (a) => a.kind },
      { name: 'decision_no', type: 'text', value: (a) => a.decisionNo },
      { name: 'decision_date', type: 'date', value: (a) => a.decisionDate },
      { name: 'valid_from', type: 'date', value: (a) => a.validFrom },
      { name: 'valid_to', type: 'date', value: (a) => a.validTo },
      { name: 'note', type: 'text', value: (a) => a.note },
    ],
    plan.assignments.create,
  );
  await updateRows(
    tx,
    'assignment',
    [
      { name: 'kind', type: 'text', value: (a: Plan['assignments']['update'][number]) => a.kind },
      { name: 'decision_no', type: 'text', value: (a) => a.decisionNo },
      { name: 'decision_date', type: 'date', value: (a) => a.decisionDate },
      { name: 'valid_to', type: 'date', value: (a) => a.validTo },
    ],
    plan.assignments.update,
    'version = t.version + 1',
  );
  ctx.log(`đã ghi ${plan.assignments.create.length + plan.assignments.update.length} quá trình công tác`);

  const qualificationFacts = [
    { name: 'major', type: 'text', value: (q: QualificationValues) => q.major },
    { name: 'institution', type: 'text', value: (q: QualificationValues) => q.institution },
    { name: 'mode', type: 'text', value: (q: QualificationValues) => q.mode },
    { name: 'end_date', type: 'date', value: (q: QualificationValues) => q.endDate },
    { name: 'status', type: 'text', value: (q: QualificationValues) => q.status },
    { name: 'certificate_no', type: 'text', value: (q: QualificationValues) => q.certificateNo },
  ] as const;
  await insertRows(
    tx,
    'qualification',
    [
      { name: 'person_id', type: 'bigint', value: (q: QualificationValues) => personId(q.cccd) },
      { name: 'dimension', type: 'text', value: (q) => q.dimension },
      { name: 'level', type: 'text', value: (q) => q.level },
      { name: 'rank', type: 'smallint', value: (q) => q.rank },
      { name: 'language', type: 'text', value: (q) => q.language },
      { name: 'start_date', type: 'date', value: (q) => q.startDate },
      { name: 'source', type: 'text', value: () => 'imported' },
      ...qualificationFacts,
    ],
    plan.qualifications.create,
  );
  await updateRows(
    tx,
    'qualification',
    qualificationFacts,
    plan.qualifications.update,
    'version = t.version + 1',
  );
  ctx.log(`đã ghi ${plan.qualifications.create.length + plan.qualifications.update.length} trình độ`);

  await insertRows(
    tx,
    'evaluation',
    [
      {
        name: 'person_id',
        type: 'bigint',
        value: (e: Plan['evaluations']['create'][number]) => personId(e.cccd),
      },
      { name: 'year', type: 'int', value: (e) => e.year },
      { name: 'rating', type: 'text', value: (e) => e.rating },
    ],
    plan.evaluations.create,
  );
  await updateRows(
    tx,
    'evaluation',
    [{ name: 'rating', type: 'text', value: (e: Plan['evaluations']['update'][number]) => e.rating }],
    plan.evaluations.update,
  );

  const touched = [...plan.touched].map(personId);
  await keepPeopleCurrent(tx, touched, ctx.today);
  ctx.log(`đã cập nhật cột dẫn xuất của ${touched.length} cán bộ`);
}
