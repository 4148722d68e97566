/**
 * Writing units: every unit row gets its first dated version in the same statement batch, and
 * subtree paths move together. Used by the org service, imports, generators and test factories,
 * so there is one way to put a unit in the tree.
 */
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { orgUnit, orgUnitVersion } from './schema';

export interface NewUnit {
  code: string;
  name: string;
  kind: string;
  tree?: string;
  officialCode?: string | null;
  areaClass?: string | null;
  difficultArea?: boolean;
  parent: { id: number; path: string; provinceId: number | null; kind: string } | null;
  validFrom: string;
  validTo?: string | null;
}

export type UnitRow = typeof orgUnit.$inferSelect;

export async function insertUnit(tx: DbOrTx, u: NewUnit): Promise<UnitRow> {
  const [row] = await tx
    .insert(orgUnit)
    .values({
      code: u.code,
      name: u.name,
      kind: u.kind,
      tree: u.tree ?? 'state',
      officialCode: u.officialCode ?? null,
      areaClass: u.areaClass ?? null,
      difficultArea: u.difficultArea ?? false,
      parentId: u.parent?.id ?? null,
      path: '',
      provinceId: u.parent?.provinceId ?? null,
      validFrom: u.validFrom,
      validTo: u.validTo ?? null,
    })
    .returning();
  if (!row) throw new Error('unit insert returned nothing');
  const path = `${u.parent?.path ?? '/'}${row.id}/`;
  // A province is its own province; anything else inherits its parent's.
  const provinceId = u.kind === 'province' ? row.id : (u.parent?.provinceId ?? null);
  const [done] = await tx.update(orgUnit).set({ path, provinceId }).where(eq(orgUnit.id, row.id)).returning();
  await tx.insert(orgUnitVersion).values({
    unitId: row.id,
    parentId: u.parent?.id ?? null,
    name: u.name,
    validFrom: u.validFrom,
    validTo: u.validTo ?? null,
  });
  if (!done) throw new Error('unit update returned nothing');
  return done;
}

/** Ends the version valid on `date` and starts one with the given changes from `date`. */
export async function newVersion(
  tx: DbOrTx,
  unitId: number,
  date: string,
  change: { name?: string; parentId?: number | null },
): Promise<void> {
  const [current] = await tx
    .select()
    .from(orgUnitVersion)
    .where(
      and(
        eq(orgUnitVersion.unitId, unitId),
        sql`${orgUnitVersion.validFrom} <= ${date}::date`,
        or(isNull(orgUnitVersion.validTo), gt(orgUnitVersion.validTo, date)),
      ),
    )
    .limit(1);
  if (!current) throw new Error(`unit ${unitId} has no version on ${date}`);
  const next = {
    unitId,
    name: change.name ?? current.name,
    parentId: change.parentId === undefined ? current.parentId : change.parentId,
    validFrom: date,
    validTo: current.validTo,
  };
  if (current.validFrom === date) {
    await tx
      .update(orgUnitVersion)
      .set({ name: next.name, parentId: next.parentId })
      .where(eq(orgUnitVersion.id, current.id));
  } else {
    await tx.update(orgUnitVersion).set({ validTo: date }).where(eq(orgUnitVersion.id, current.id));
    await tx.insert(orgUnitVersion).values(next);
  }
}

/** Ends the unit's open version on `date` (merge, dissolve). */
export async function endVersions(tx: DbOrTx, unitId: number, date: string): Promise<void> {
  await tx
    .update(orgUnitVersion)
    .set({ validTo: date })
    .where(
      and(
        eq(orgUnitVersion.unitId, unitId),
        or(isNull(orgUnitVersion.validTo), gt(orgUnitVersion.validTo, date)),
      ),
    );
}

/** Moves a unit (and its subtree, and the people placed in it) under a new parent in today's tree. */
export async function reparentPaths(tx: DbOrTx, unit: UnitRow, parent: UnitRow): Promise<void> {
  const newPath = `${parent.path}${unit.id}/`;
  const oldPath = unit.path;
  await tx.execute(sql`update org_unit set path = ${newPath} || substr(path, ${oldPath.length + 1}),
    province_id = case when kind = 'province' then id else ${parent.provinceId} end
    where path like ${`${oldPath}%`}`);
  await tx.update(orgUnit).set({ parentId: parent.id }).where(eq(orgUnit.id, unit.id));
  await tx.execute(sql`update person set current_unit_path = ${newPath} || substr(current_unit_path, ${oldPath.length + 1})
    where current_unit_path like ${`${oldPath}%`}`);
}
