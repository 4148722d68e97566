import { bigint, boolean, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Posts catalogue (chức vụ, chức danh): default codes of contracts §4, editable by admins. */
export const position = pgTable('position', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** leadership | professional | support (jobPosition groups of the 2025 law). */
  group: text('group').notNull(),
  keyCadre: boolean('key_cadre').notNull().default(false),
  /** commune | province | any: which units the post exists in. */
  level: text('level').notNull(),
  /** Which committee manages holders (diện quản lý), free text. */
  managementTier: text('management_tier'),
  /** Field of study the post needs, for "đại học in a field that matches the post". */
  field: text('field'),
  sortOrder: integer('sort_order').notNull().default(0),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});
