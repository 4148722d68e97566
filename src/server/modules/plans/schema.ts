import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema';
import { orgUnit } from '../org/schema';
import { programme } from '../training/schema';

/**
 * A unit's training plan (kế hoạch đào tạo, bồi dưỡng, issue 6 item 2): annual (from_year =
 * to_year) or for a period (e.g. 2026–2030). Workflow: draft → submitted → approved, or returned
 * (with a comment) → submitted again. Only drafts and returned plans are edited.
 */
export const trainingPlan = pgTable(
  'training_plan',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => orgUnit.id),
    /** annual | period */
    kind: text('kind').notNull(),
    fromYear: smallint('from_year').notNull(),
    toYear: smallint('to_year').notNull(),
    title: text('title').notNull(),
    /** draft | submitted | approved | returned */
    status: text('status').notNull().default('draft'),
    /** The date by which the sub-units must submit their own plans for the same years. */
    subUnitDue: date('sub_unit_due'),
    note: text('note'),
    createdBy: bigint('created_by', { mode: 'number' }).references(() => appUser.id),
    submittedBy: bigint('submitted_by', { mode: 'number' }).references(() => appUser.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedBy: bigint('decided_by', { mode: 'number' }).references(() => appUser.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // One plan per unit, kind and years.
    unique('training_plan_unit_years_unique').on(t.unitId, t.kind, t.fromYear, t.toYear),
    // Submission status page: the plans of a unit's children for a year (unit_id = any(children)).
    index('training_plan_years_idx').on(t.fromYear, t.toYear, t.status),
    check('training_plan_years_check', sql`${t.fromYear} <= ${t.toYear}`),
  ],
);

/**
 * A target of a plan: people to train on a programme (persons and person-times), or a
 * qualification-structure target ("43 đại học by 31/12/2020": persons holding at least a level of
 * a dimension by a date).
 */
export const planTarget = pgTable(
  'plan_target',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    planId: bigint('plan_id', { mode: 'number' })
      .notNull()
      .references(() => trainingPlan.id, { onDelete: 'cascade' }),
    /** programme | qualification */
    kind: text('kind').notNull(),
    programmeId: bigint('programme_id', { mode: 'number' }).references(() => programme.id),
    dimension: text('dimension'),
    level: text('level'),
    persons: integer('persons').notNull(),
    /** Programme targets: person-times (lượt người), ≥ persons. */
    personTimes: integer('person_times'),
    /** Qualification targets: by this date (default 31/12 of the last year). */
    dueDate: date('due_date'),
    /** Estimated cost, whole đồng. */
    estimatedCost: bigint('estimated_cost', { mode: 'number' }).notNull().default(0),
    note: text('note'),
    position: smallint('position').notNull().default(0),
  },
  (t) => [
    index('plan_target_plan_idx').on(t.planId, t.position),
    check('plan_target_persons_check', sql`${t.persons} >= 0 and coalesce(${t.personTimes}, 0) >= 0`),
  ],
);

/** Targets allocated down to sub-units (giao chỉ tiêu cho đơn vị cấp dưới). */
export const planAllocation = pgTable(
  'plan_allocation',
  {
    targetId: bigint('target_id', { mode: 'number' })
      .notNull()
      .references(() => planTarget.id, { onDelete: 'cascade' }),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => orgUnit.id),
    persons: integer('persons').notNull(),
    personTimes: integer('person_times'),
  },
  (t) => [
    primaryKey({ columns: [t.targetId, t.unitId] }),
    // A sub-unit's plan draft picks up what its ancestors allocated to it.
    index('plan_allocation_unit_idx').on(t.unitId),
    check('plan_allocation_persons_check', sql`${t.persons} >= 0 and coalesce(${t.personTimes}, 0) >= 0`),
  ],
);

/** Budget lines of a plan by funding source, whole đồng. */
export const planBudget = pgTable(
  'plan_budget',
  {
    planId: bigint('plan_id', { mode: 'number' })
      .notNull()
      .references(() => trainingPlan.id, { onDelete: 'cascade' }),
    fundingSource: text('funding_source').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.fundingSource] }),
    check('plan_budget_amount_check', sql`${t.amount} >= 0`),
  ],
);

/** The plan's workflow history: created, submitted, returned (with the comment), approved. */
export const planEvent = pgTable(
  'plan_event',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    planId: bigint('plan_id', { mode: 'number' })
      .notNull()
      .references(() => trainingPlan.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    comment: text('comment'),
    userId: bigint('user_id', { mode: 'number' }).references(() => appUser.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_event_plan_idx').on(t.planId, t.at)],
);
