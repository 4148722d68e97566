import { inArray } from 'drizzle-orm';
import type { PersonRecord } from '../../../core/contracts/people';
import type { DbOrTx } from '../../db/client';
import { orgUnit } from '../org/schema';
import { position } from '../positions/schema';
import type { PersonRow, personHistory } from './queries';

type History = Awaited<ReturnType<typeof personHistory>>;

/** The person page's data: record, current unit and post, and every history table. */
export async function presentRecord(db: DbOrTx, p: PersonRow, h: History): Promise<PersonRecord> {
  const unitIds = [p.currentUnitId, p.partyUnitId].filter((x): x is number => x !== null);
  const units = unitIds.length ? await db.select().from(orgUnit).where(inArray(orgUnit.id, unitIds)) : [];
  const pos = p.currentPositionId
    ? await db
        .select()
        .from(position)
        .where(inArray(position.id, [p.currentPositionId]))
    : [];
  const ref = (u: { code: string; name: string } | undefined) => (u ? { code: u.code, name: u.name } : null);
  return {
    id: p.id,
    cccd: p.cccd,
    cmnd: p.cmnd,
    fullName: p.fullName,
    birthDate: p.birthDate,
    gender: p.gender as PersonRecord['gender'],
    ethnicity: p.ethnicity,
    religion: p.religion,
    hometown: p.hometown,
    category: p.category as PersonRecord['category'],
    partyJoinDate: p.partyJoinDate,
    partyOfficialDate: p.partyOfficialDate,
    status: p.status as PersonRecord['status'],
    partyUnit: ref(units.find((u) => u.id === p.partyUnitId)),
    unit: ref(units.find((u) => u.id === p.currentUnitId)),
    position: ref(pos[0]),
    keyCadre: p.currentKeyCadre,
    version: p.version,
    assignments: h.assignments.map((r) => ({
      id: r.a.id,
      unit: { code: r.unitCode, name: r.unitName },
      position: { code: r.positionCode, name: r.positionName },
      kind: r.a.kind as PersonRecord['assignments'][number]['kind'],
      decisionNo: r.a.decisionNo,
      decisionDate: r.a.decisionDate,
      validFrom: r.a.validFrom,
      validTo: r.a.validTo,
      note: r.a.note,
      version: r.a.version,
    })),
    qualifications: h.qualifications.map((q) => ({
      id: q.id,
      dimension: q.dimension as PersonRecord['qualifications'][number]['dimension'],
      level: q.level,
      major: q.major,
      institution: q.institution,
      mode: q.mode,
      language: q.language,
      startDate: q.startDate,
      endDate: q.endDate,
      status: q.status as PersonRecord['qualifications'][number]['status'],
      certificateNo: q.certificateNo,
      source: q.source,
      version: q.version,
    })),
    evaluations: h.evaluations.map((e) => ({
      id: e.id,
      year: e.year,
      rating: e.rating as PersonRecord['evaluations'][number]['rating'],
      note: e.note,
    })),
    rewards: h.rewards.map((r) => ({
      id: r.id,
      type: r.type as 'reward' | 'discipline',
      authority: r.authority,
      form: r.form,
      decisionNo: r.decisionNo,
      decisionDate: r.decisionDate,
      reason: r.reason,
      effectiveTo: r.effectiveTo,
    })),
  };
}
