import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { AppliesTo, LegalBasis, Requirement } from '../../../core/standards/types';

/** A title standard (bộ tiêu chuẩn chức danh): a stable code and name; its rules live in versions. */
export const standardSet = pgTable('standard_set', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/**
 * One dated version of a set: legal basis, what it applies to and its requirements, valid
 * [valid_from, valid_to). Versions of one set never overlap (exclusion constraint in migration
 * 0008), so "the rules on date D" is one row per set.
 */
export const standardVersion = pgTable(
  'standard_version',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    setId: bigint('set_id', { mode: 'number' })
      .notNull()
      .references(() => standardSet.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    legalBasis: jsonb('legal_basis').$type<LegalBasis>().notNull(),
    appliesTo: jsonb('applies_to').$type<AppliesTo>().notNull(),
    requirements: jsonb('requirements').$type<Requirement[]>().notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('standard_version_set_idx').on(t.setId, t.validFrom)],
);

export const standardVersionDefaults = sql`'{}'::jsonb`;
