import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { person } from '../people/schema';
import { programme } from '../training/schema';

/**
 * A personal learning plan (kế hoạch học tập cá nhân, issue 6 item 3): one per person and year,
 * with the committee member who follows, urges and reminds the person (chi ủy viên phụ trách).
 */
export const learningPlan = pgTable(
  'learning_plan',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => person.id),
    year: smallint('year').notNull(),
    monitorPersonId: bigint('monitor_person_id', { mode: 'number' }).references(() => person.id),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('learning_plan_person_year_unique').on(t.personId, t.year),
    // "Người tôi theo dõi": the plans of one monitor.
    index('learning_plan_monitor_idx').on(t.monitorPersonId, t.year),
  ],
);

/** One item of a plan: a programme of the catalogue or a free-text title, due by a date. */
export const learningPlanItem = pgTable(
  'learning_plan_item',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    planId: bigint('plan_id', { mode: 'number' })
      .notNull()
      .references(() => learningPlan.id, { onDelete: 'cascade' }),
    programmeId: bigint('programme_id', { mode: 'number' }).references(() => programme.id),
    /** Free text when no programme of the catalogue fits (one of the two is set). */
    title: text('title'),
    dueDate: date('due_date').notNull(),
    /** open (still to do) | done */
    status: text('status').notNull().default('open'),
    doneOn: date('done_on'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // Items of a monitor's people by due date: learning_plan_monitor_idx → plans, then this index
    // → their items in due-date order; the partial one serves "overdue" (open, due before today).
    index('learning_plan_item_plan_due_idx').on(t.planId, t.dueDate),
    index('learning_plan_item_open_due_idx').on(t.planId, t.dueDate).where(sql`${t.status} = 'open'`),
  ],
);
