import { and, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { UnitOption } from '../../../core/contracts/org';
import { foldVietnamese } from '../../../core/text/fold';
import type { DbOrTx } from '../../db/client';
import { orgUnit } from './schema';
import { inScope, type Scope } from './scope';

const parent = alias(orgUnit, 'parent');

/** Units the actor may see, for pickers; at most `limit`, matched by code or name. */
export async function unitOptions(
  db: DbOrTx,
  scope: Scope,
  q: string | undefined,
  limit = 2000,
): Promise<UnitOption[]> {
  // Units that have ended (merged, dissolved) are history, not choices.
  const conditions: SQL[] = [
    inScope(scope, orgUnit.path),
    sql`(${orgUnit.validTo} is null or ${orgUnit.validTo} > current_date)`,
  ];
  if (q) {
    const like = `%${foldVietnamese(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Diacritics-insensitive like every search box: "dong tho" finds "Xã Đông Thọ".
    const match = or(ilike(orgUnit.code, like), sql`lower(unaccent(${orgUnit.name})) like ${like}`);
    if (match) conditions.push(match);
  }
  return db
    .select({ code: orgUnit.code, name: orgUnit.name, kind: orgUnit.kind, parentCode: parent.code })
    .from(orgUnit)
    .leftJoin(parent, eq(parent.id, orgUnit.parentId))
    .where(and(...conditions))
    .orderBy(orgUnit.path)
    .limit(limit);
}
