/**
 * Writes the "Đơn vị" part of a plan: new units with their first dated version and a "create"
 * event; corrections of stored units; and endings (dissolved, or merged into a successor) that
 * close the unit's open version and record the event.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { insertRows, updateRows } from './bulk';
import { arrayParam } from './load';
import type { Plan } from './plan';
import type { UnitRow } from './types';
import type { UnitIndex } from './validate-units';

export interface PlacedUnit {
  id: number;
  path: string;
  provinceId: number | null;
  kind: string;
}

interface NewUnit extends PlacedUnit {
  row: UnitRow;
  parentId: number | null;
}

/** Ids for the new units before inserting them, so paths and successors can refer to them. */
async function allocateIds(tx: Tx, n: number): Promise<number[]> {
  const res = await tx.execute(
    sql`select nextval(pg_get_serial_sequence('org_unit', 'id'))::int as id from generate_series(1, ${n}::int)`,
  );
  return (res.rows as { id: number }[]).map((r) => r.id);
}

/** Places new units in today's tree: path = parent's path + id + "/", province = nearest province. */
function placeNewUnits(
  rows: readonly UnitRow[],
  ids: readonly number[],
  placed: Map<string, PlacedUnit>,
): NewUnit[] {
  const pending = new Map(rows.map((row, i) => [row.code, { row, id: ids[i] ?? 0 }]));
  const out: NewUnit[] = [];
  const place = (code: string): PlacedUnit | undefined => {
    const done = placed.get(code);
    if (done) return done;
    const item = pending.get(code);
    if (!item) return undefined;
    pending.delete(code);
    const parent = item.row.parentCode ? place(item.row.parentCode) : undefined;
    const unit: NewUnit = {
      row: item.row,
      id: item.id,
      kind: item.row.kind,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${item.id}/`,
      provinceId:
        item.row.kind === 'province'
          ? item.id
          : parent?.kind === 'province'
            ? parent.id
            : (parent?.provinceId ?? null),
    };
    placed.set(code, unit);
    out.push(unit);
    return unit;
  };
  for (const row of rows) place(row.code);
  return out;
}

const eventDetails = (file: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ source: 'import', file, ...extra });

export async function writeUnits(
  tx: Tx,
  plan: Plan,
  units: UnitIndex,
  file: string,
): Promise<Map<string, PlacedUnit>> {
  const placed = new Map<string, PlacedUnit>();
  for (const u of units.all()) {
    if (u.db)
      placed.set(u.code, { id: u.db.id, path: u.db.path, provinceId: u.db.provinceId, kind: u.db.kind });
  }
  const created = plan.units.create;
  const fresh = created.length ? placeNewUnits(created, await allocateIds(tx, created.length), placed) : [];
  const idOf = (code: string | null) => (code === null ? null : (placed.get(code)?.id ?? null));

  await insertRows(
    tx,
    'org_unit',
    [
      { name: 'id', type: 'bigint', value: (u: NewUnit) => u.id },
      { name: 'code', type: 'text', value: (u) => u.row.code },
      { name: 'name', type: 'text', value: (u) => u.row.name },
      { name: 'kind', type: 'text', value: (u) => u.row.kind },
      { name: 'area_class', type: 'text', value: (u) => u.row.areaClass },
      { name: 'parent_id', type: 'bigint', value: (u) => u.parentId },
      { name: 'path', type: 'text', value: (u) => u.path },
      { name: 'province_id', type: 'bigint', value: (u) => u.provinceId },
      { name: 'valid_from', type: 'date', value: (u) => u.row.validFrom },
      { name: 'valid_to', type: 'date', value: (u) => u.row.validTo },
      { name: 'merged_into_id', type: 'bigint', value: (u) => idOf(u.row.mergedInto) },
    ],
    fresh,
    { overridingSystemValue: true },
  );
  await insertRows(
    tx,
    'org_unit_version',
    [
      { name: 'unit_id', type: 'bigint', value: (u: NewUnit) => u.id },
      { name: 'parent_id', type: 'bigint', value: (u) => u.parentId },
      { name: 'name', type: 'text', value: (u) => u.row.name },
      { name: 'valid_from', type: 'date', value: (u) => u.row.validFrom },
      { name: 'valid_to', type: 'date', value: (u) => u.row.validTo },
    ],
    fresh,
  );

  const updates = plan.units.update;
  await updateRows(
    tx,
    'org_unit',
    [
      { name: 'name', type: 'text', value: (u: (typeof updates)[number] & { id: number }) => u.name },
      { name: 'kind', type: 'text', value: (u) => u.kind },
      { name: 'area_class', type: 'text', value: (u) => u.areaClass },
      { name: 'valid_from', type: 'date', value: (u) => u.validFrom },
    ],
    updates.map((u) => ({ ...u, id: u.db.id })),
    'version = t.version + 1',
  );
  const renamed = updates.filter((u) => u.renamed);
  if (renamed.length) {
    // A correction of the name: the latest version carries it (dated renames are the org page's).
    await tx.execute(sql`update org_unit_version v set name = x.name
      from unnest(${arrayParam(renamed.map((u) => u.db.id))}::bigint[], ${arrayParam(renamed.map((u) => u.name))}::text[]) as x(unit_id, name)
      where v.unit_id = x.unit_id
        and v.valid_from = (select max(w.valid_from) from org_unit_version w where w.unit_id = x.unit_id)`);
  }
  const restarted = updates.filter((u) => u.validFrom !== u.db.validFrom);
  if (restarted.length) {
    await tx.execute(sql`update org_unit_version v set valid_from = x.valid_from
      from unnest(${arrayParam(restarted.map((u) => u.db.id))}::bigint[], ${arrayParam(restarted.map((u) => u.validFrom))}::date[]) as x(unit_id, valid_from)
      where v.unit_id = x.unit_id
        and v.valid_from = (select min(w.valid_from) from org_unit_version w where w.unit_id = x.unit_id)`);
  }
  const ending = updates.flatMap((u) =>
    u.endsOn ? [{ id: u.db.id, endsOn: u.endsOn, mergedInto: u.mergedInto }] : [],
  );
  await updateRows(
    tx,
    'org_unit',
    [
      { name: 'valid_to', type: 'date', value: (u: (typeof ending)[number]) => u.endsOn },
      { name: 'merged_into_id', type: 'bigint', value: (u) => idOf(u.mergedInto) },
    ],
    ending,
  );
  if (ending.length) {
    await tx.execute(sql`update org_unit_version v set valid_to = x.ends_on
      from unnest(${arrayParam(ending.map((u) => u.id))}::bigint[], ${arrayParam(ending.map((u) => u.endsOn))}::date[]) as x(unit_id, ends_on)
      where v.unit_id = x.unit_id and (v.valid_to is null or v.valid_to > x.ends_on)`);
  }

  const merges = [
    ...fresh.flatMap((u) =>
      u.row.validTo && u.row.mergedInto
        ? [{ code: u.row.code, date: u.row.validTo, into: u.row.mergedInto }]
        : [],
    ),
    ...updates.flatMap((u) =>
      u.endsOn && u.mergedInto ? [{ code: u.db.code, date: u.endsOn, into: u.mergedInto }] : [],
    ),
  ];
  // The successor's side of each merger, one event per successor and date (as the org page writes).
  const successors = new Map<string, { into: string; date: string; from: string[] }>();
  for (const m of merges) {
    const key = `${m.into}|${m.date}`;
    const entry = successors.get(key) ?? { into: m.into, date: m.date, from: [] };
    entry.from.push(m.code);
    successors.set(key, entry);
  }
  const events = [
    ...fresh.map((u) => ({
      kind: 'create',
      date: u.row.validFrom,
      unitId: u.id,
      details: eventDetails(file),
    })),
    ...fresh.flatMap((u) => (u.row.validTo ? [ending1(u.id, u.row.validTo, u.row.mergedInto, file)] : [])),
    ...ending.map((u) => ending1(u.id, u.endsOn, u.mergedInto, file)),
    ...[...successors.values()].flatMap((m) => {
      const unitId = idOf(m.into);
      return unitId === null
        ? []
        : [{ kind: 'merge_successor', date: m.date, unitId, details: eventDetails(file, { from: m.from }) }];
    }),
  ];
  await insertRows(
    tx,
    'org_event',
    [
      { name: 'kind', type: 'text', value: (e: (typeof events)[number]) => e.kind },
      { name: 'effective_date', type: 'date', value: (e) => e.date },
      { name: 'unit_id', type: 'bigint', value: (e) => e.unitId },
      { name: 'details', type: 'jsonb', value: (e) => e.details },
    ],
    events,
  );
  return placed;
}

/** The event that ends a unit: merged into a successor, or dissolved. */
function ending1(unitId: number, date: string, mergedInto: string | null, file: string) {
  return mergedInto
    ? { kind: 'merge', date, unitId, details: eventDetails(file, { into: mergedInto }) }
    : { kind: 'dissolve', date, unitId, details: eventDetails(file) };
}
