/**
 * The training catalogue: institutions (cơ sở đào tạo) and programmes. Administrators keep it;
 * everyone with training.read reads it.
 */
import { and, eq } from 'drizzle-orm';
import type {
  InstitutionBody,
  InstitutionItem,
  InstitutionQuery,
  InstitutionUpdateBody,
  ProgrammeBody,
  ProgrammeItem,
  ProgrammeQuery,
  ProgrammeUpdateBody,
} from '../../../../core/contracts/training-catalogue';
import { cleanText } from '../../../../core/text/fold';
import type { Db, Tx } from '../../../db/client';
import type { AuditContext } from '../../../http/actor';
import { AppError, fieldError } from '../../../http/errors';
import { mutate } from '../../audit/audit';
import { unitByCode } from '../../people/queries';
import { institution, programme } from '../schema';
import { institutionByCode, listInstitutions, listProgrammes, programmeByCode } from './queries';

type InstitutionRow = typeof institution.$inferSelect;
type ProgrammeRow = typeof programme.$inferSelect;

function presentInstitution(
  i: InstitutionRow,
  unit: { unitCode: string | null; unitName: string | null },
): InstitutionItem {
  return {
    code: i.code,
    name: i.name,
    kind: i.kind as InstitutionItem['kind'],
    unitCode: unit.unitCode,
    unitName: unit.unitName,
    address: i.address,
    active: i.active,
    version: i.version,
  };
}

export function presentProgramme(p: ProgrammeRow): ProgrammeItem {
  return {
    code: p.code,
    name: p.name,
    contentType: p.contentType as ProgrammeItem['contentType'],
    trainingKind: p.trainingKind as ProgrammeItem['trainingKind'],
    awardsDimension: p.awardsDimension as ProgrammeItem['awardsDimension'],
    awardsLevel: p.awardsLevel,
    awardsCertificate: p.awardsCertificate,
    durationValue: p.durationValue,
    durationUnit: p.durationUnit as ProgrammeItem['durationUnit'],
    modes: p.modes as ProgrammeItem['modes'],
    legalBasis: p.legalBasis ?? null,
    completionRule: p.completionRule,
    active: p.active,
    version: p.version,
  };
}

export async function institutions(db: Db, q: InstitutionQuery) {
  const rows = await listInstitutions(db, q);
  return { items: rows.map((r) => presentInstitution(r.i, r)) };
}

async function unitIdOf(tx: Tx, code: string | null | undefined): Promise<number | null> {
  if (!code) return null;
  const unit = await unitByCode(tx, code);
  if (!unit) throw fieldError('unitCode', `Không tìm thấy đơn vị mã ${code}`);
  return unit.id;
}

function institutionValues(b: Omit<InstitutionBody, 'code'>, unitId: number | null) {
  return {
    name: cleanText(b.name),
    kind: b.kind,
    unitId,
    address: b.address ? cleanText(b.address) : null,
    active: b.active,
  };
}

export async function createInstitution(db: Db, ctx: AuditContext, b: InstitutionBody) {
  return mutate(db, ctx, async (tx) => {
    if (await institutionByCode(tx, b.code))
      throw new AppError('CODE_TAKEN', {
        details: [{ path: 'code', message: `Mã ${b.code} đã được sử dụng` }],
      });
    const [row] = await tx
      .insert(institution)
      .values({ code: b.code, ...institutionValues(b, await unitIdOf(tx, b.unitCode)) })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const after = presentInstitution(row, { unitCode: b.unitCode ?? null, unitName: null });
    const result = presentInstitution(row, (await institutionByCode(tx, b.code)) ?? after);
    return {
      result,
      audit: { action: 'institution.create', entity: 'institution', entityId: row.id, after },
    };
  });
}

export async function updateInstitution(db: Db, ctx: AuditContext, code: string, b: InstitutionUpdateBody) {
  return mutate(db, ctx, async (tx) => {
    const found = await institutionByCode(tx, code);
    if (!found) throw new AppError('INSTITUTION_NOT_FOUND');
    const before = presentInstitution(found.i, found);
    const [row] = await tx
      .update(institution)
      .set({
        ...institutionValues(b.institution, await unitIdOf(tx, b.institution.unitCode)),
        version: b.version + 1,
      })
      .where(and(eq(institution.id, found.i.id), eq(institution.version, b.version)))
      .returning();
    if (!row) throw new AppError('VERSION_CONFLICT');
    const fresh = await institutionByCode(tx, code);
    const result = presentInstitution(row, fresh ?? found);
    return {
      result,
      audit: { action: 'institution.update', entity: 'institution', entityId: row.id, before, after: result },
    };
  });
}

export async function programmes(db: Db, q: ProgrammeQuery) {
  return { items: (await listProgrammes(db, q)).map(presentProgramme) };
}

function programmeValues(b: ProgrammeBody) {
  return {
    name: cleanText(b.name),
    contentType: b.contentType,
    trainingKind: b.trainingKind,
    awardsDimension: b.awardsDimension ?? null,
    awardsLevel: b.awardsLevel ?? null,
    awardsCertificate: b.awardsCertificate ? cleanText(b.awardsCertificate) : null,
    durationValue: b.durationValue,
    durationUnit: b.durationUnit,
    modes: [...new Set(b.modes)],
    legalBasis: b.legalBasis ?? null,
    completionRule: b.completionRule,
    active: b.active,
  };
}

export async function createProgramme(db: Db, ctx: AuditContext, b: ProgrammeBody) {
  return mutate(db, ctx, async (tx) => {
    if (await programmeByCode(tx, b.code))
      throw new AppError('CODE_TAKEN', {
        details: [{ path: 'code', message: `Mã ${b.code} đã được sử dụng` }],
      });
    const [row] = await tx
      .insert(programme)
      .values({ code: b.code, ...programmeValues(b) })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const result = presentProgramme(row);
    return {
      result,
      audit: { action: 'programme.create', entity: 'programme', entityId: row.id, after: result },
    };
  });
}

export async function updateProgramme(db: Db, ctx: AuditContext, code: string, b: ProgrammeUpdateBody) {
  return mutate(db, ctx, async (tx) => {
    const found = await programmeByCode(tx, code);
    if (!found) throw new AppError('PROGRAMME_NOT_FOUND');
    if (b.programme.code !== code)
      throw fieldError('programme.code', 'Không đổi được mã chương trình; hãy thêm chương trình mới');
    const [row] = await tx
      .update(programme)
      .set({ ...programmeValues(b.programme), version: b.version + 1 })
      .where(and(eq(programme.id, found.id), eq(programme.version, b.version)))
      .returning();
    if (!row) throw new AppError('VERSION_CONFLICT');
    const result = presentProgramme(row);
    return {
      result,
      audit: {
        action: 'programme.update',
        entity: 'programme',
        entityId: row.id,
        before: presentProgramme(found),
        after: result,
      },
    };
  });
}
