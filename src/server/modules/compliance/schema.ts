import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { Gap } from '../../../core/standards/types';
import { orgUnit } from '../org/schema';
import { assignment, person } from '../people/schema';
import { position } from '../positions/schema';

/**
 * Materialised compliance as of today (architecture pattern 7): one row per current holding of a
 * post that has a standard. Kept current in the transaction of every change that affects it;
 * `cadre recompute` rebuilds it; past dates are answered from history instead.
 */
export const compliancePost = pgTable(
  'compliance_post',
  {
    assignmentId: bigint('assignment_id', { mode: 'number' })
      .primaryKey()
      .references(() => assignment.id, { onDelete: 'cascade' }),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => person.id),
    positionId: bigint('position_id', { mode: 'number' })
      .notNull()
      .references(() => position.id),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => orgUnit.id),
    status: text('status').notNull(),
    gaps: jsonb('gaps').$type<Gap[]>().notNull(),
    versionIds: bigint('version_ids', { mode: 'number' }).array().notNull(),
  },
  (t) => [index('compliance_post_person_idx').on(t.personId)],
);

/** Per person: the worst status over their posts, counted once under their home post's unit. */
export const personCompliance = pgTable(
  'person_compliance',
  {
    personId: bigint('person_id', { mode: 'number' })
      .primaryKey()
      .references(() => person.id),
    status: text('status').notNull(),
    homeAssignmentId: bigint('home_assignment_id', { mode: 'number' }).notNull(),
    homeUnitId: bigint('home_unit_id', { mode: 'number' })
      .notNull()
      .references(() => orgUnit.id),
    homePositionId: bigint('home_position_id', { mode: 'number' }).notNull(),
    positionGroup: text('position_group').notNull(),
    keyCadre: boolean('key_cadre').notNull(),
    gapCount: integer('gap_count').notNull(),
    /** First day the evaluation can change by itself (grace end, new version…); the nightly refresh. */
    nextChange: date('next_change'),
    computedOn: date('computed_on').notNull(),
  },
  (t) => [
    // Drill-down: people of a unit by status.
    index('person_compliance_unit_idx').on(t.homeUnitId, t.status),
    // Nightly refresh and the "falling out of standard" list.
    index('person_compliance_next_idx').on(t.nextChange),
  ],
);

/** Counts per unit (own people only) and dimension of the filters; subtree reports sum these. */
export const complianceRollup = pgTable(
  'compliance_rollup',
  {
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => orgUnit.id),
    positionGroup: text('position_group').notNull(),
    keyCadre: boolean('key_cadre').notNull(),
    meets: integer('meets').notNull().default(0),
    inProgress: integer('in_progress').notNull().default(0),
    gap: integer('gap').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.positionGroup, t.keyCadre] })],
);
