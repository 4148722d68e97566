import { asc, eq, type SQL, sql } from 'drizzle-orm';
import type { InstitutionQuery, ProgrammeQuery } from '../../../../core/contracts/training-catalogue';
import { foldVietnamese } from '../../../../core/text/fold';
import type { DbOrTx } from '../../../db/client';
import { orgUnit } from '../../org/schema';
import { institution, programme } from '../schema';

export async function listInstitutions(db: DbOrTx, q: InstitutionQuery) {
  const where: SQL[] = [sql`true`];
  if (q.active) where.push(sql`${institution.active} = ${q.active === 'true'}`);
  if (q.q) {
    const like = `%${foldVietnamese(q.q)}%`;
    where.push(
      sql`(unaccent(lower(${institution.name})) ilike ${like} or ${institution.code} ilike ${`%${q.q}%`})`,
    );
  }
  return db
    .select({ i: institution, unitCode: orgUnit.code, unitName: orgUnit.name })
    .from(institution)
    .leftJoin(orgUnit, eq(orgUnit.id, institution.unitId))
    .where(sql.join(where, sql` and `))
    .orderBy(asc(institution.name));
}

export async function institutionByCode(db: DbOrTx, code: string) {
  const rows = await db
    .select({ i: institution, unitCode: orgUnit.code, unitName: orgUnit.name })
    .from(institution)
    .leftJoin(orgUnit, eq(orgUnit.id, institution.unitId))
    .where(eq(institution.code, code))
    .limit(1);
  return rows[0] ?? null;
}

export async function listProgrammes(db: DbOrTx, q: ProgrammeQuery) {
  const where: SQL[] = [sql`true`];
  if (q.active) where.push(sql`${programme.active} = ${q.active === 'true'}`);
  if (q.contentType) where.push(sql`${programme.contentType} = ${q.contentType}`);
  if (q.q) {
    const like = `%${foldVietnamese(q.q)}%`;
    where.push(
      sql`(unaccent(lower(${programme.name})) ilike ${like} or ${programme.code} ilike ${`%${q.q}%`})`,
    );
  }
  return db
    .select()
    .from(programme)
    .where(sql.join(where, sql` and `))
    .orderBy(asc(programme.contentType), asc(programme.name));
}

export async function programmeByCode(db: DbOrTx, code: string) {
  const rows = await db.select().from(programme).where(eq(programme.code, code)).limit(1);
  return rows[0] ?? null;
}
