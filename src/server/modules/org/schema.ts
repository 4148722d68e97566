import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Organisation unit: identity, attributes and *today's* position in the tree.
 * `path` is the materialised path of ids ("/1/5/23/") of the current tree, so "the subtree of X
 * today" is a prefix match (the fast path). The dated history of names and parents lives in
 * org_unit_version; past dates are answered from there.
 */
export const orgUnit = pgTable(
  'org_unit',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** Stable Cadre code (used by imports, scopes, URLs). */
    code: text('code').notNull().unique(),
    /** Official administrative code (mã đơn vị hành chính) where one exists. */
    officialCode: text('official_code'),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    /** 'state' or 'party': a person belongs to a unit of each. */
    tree: text('tree').notNull().default('state'),
    areaClass: text('area_class'),
    difficultArea: boolean('difficult_area').notNull().default(false),
    parentId: bigint('parent_id', { mode: 'number' }),
    path: text('path').notNull(),
    /** Province the unit belongs to: the distribution key if this ever shards by province. */
    provinceId: bigint('province_id', { mode: 'number' }),
    validFrom: date('valid_from').notNull().default(sql`'1900-01-01'`),
    /** Exclusive end; null = still valid. */
    validTo: date('valid_to'),
    mergedIntoId: bigint('merged_into_id', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // Scope filters and subtree queries: `path LIKE '/1/5/%'`.
    index('org_unit_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    // Children of a node (tree page, report children).
    index('org_unit_parent_idx').on(t.parentId),
  ],
);

/**
 * A unit's name and parent over a date range (valid_to exclusive). "The subtree of X on D"
 * walks the versions valid on D; a merger or move ends a version and starts another.
 */
export const orgUnitVersion = pgTable(
  'org_unit_version',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => orgUnit.id),
    parentId: bigint('parent_id', { mode: 'number' }).references(() => orgUnit.id),
    name: text('name').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
  },
  (t) => [
    // Versions of one unit (history tab, as-of lookups).
    index('org_unit_version_unit_idx').on(t.unitId, t.validFrom),
    // Children on a date (as-of subtree walk).
    index('org_unit_version_parent_idx').on(t.parentId, t.validFrom),
  ],
);

/** Dated organisational events (create, rename, move, merge, dissolve) with their decision. */
export const orgEvent = pgTable(
  'org_event',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').notNull(),
    effectiveDate: date('effective_date').notNull(),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => orgUnit.id),
    decisionNo: text('decision_no'),
    details: jsonb('details'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // History of a unit.
    index('org_event_unit_idx').on(t.unitId, t.effectiveDate),
  ],
);
