import { asc, eq } from 'drizzle-orm';
import type { StandardSet } from '../../../core/standards/types';
import type { DbOrTx } from '../../db/client';
import { standardSet, standardVersion } from './schema';

export type SetRow = typeof standardSet.$inferSelect;
export type VersionRow = typeof standardVersion.$inferSelect;

/** Every version of every set, as the engine's type (a few dozen rows: loaded whole). */
export async function loadStandards(db: DbOrTx): Promise<StandardSet[]> {
  const rows = await db
    .select({ set: standardSet, v: standardVersion })
    .from(standardVersion)
    .innerJoin(standardSet, eq(standardSet.id, standardVersion.setId))
    .orderBy(asc(standardSet.code), asc(standardVersion.validFrom));
  return rows.map(({ set, v }) => toEngine(set, v));
}

export function toEngine(set: Pick<SetRow, 'code' | 'name'>, v: VersionRow): StandardSet {
  return {
    versionId: v.id,
    code: set.code,
    name: set.name,
    legalBasis: v.legalBasis,
    validFrom: v.validFrom,
    validTo: v.validTo,
    appliesTo: v.appliesTo,
    requirements: v.requirements,
  };
}

export async function setByCode(db: DbOrTx, code: string) {
  const [row] = await db.select().from(standardSet).where(eq(standardSet.code, code)).limit(1);
  return row ?? null;
}

export async function versionsOf(db: DbOrTx, setId: number) {
  return db
    .select()
    .from(standardVersion)
    .where(eq(standardVersion.setId, setId))
    .orderBy(asc(standardVersion.validFrom));
}
