import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { orgUnit } from '../org/schema';
import { position } from '../positions/schema';

/**
 * A member of the workforce. Besides the record itself it carries *derived* columns kept current
 * in the same transaction as the changes they derive from (architecture pattern 7):
 * - the primary current assignment (unit, post, the unit's path) for lists and scope filters;
 * - the highest completed level per qualification dimension (rank, 1 = lowest) for today's reports.
 * Past dates are answered from assignment and qualification history instead.
 */
export const person = pgTable(
  'person',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    cccd: text('cccd').notNull(),
    cmnd: text('cmnd'),
    fullName: text('full_name').notNull(),
    /** Lowercase, no diacritics: what name search matches (trigram index). */
    nameFolded: text('name_folded').notNull(),
    /** Given name first, folded: the Vietnamese list order. */
    nameSort: text('name_sort').notNull(),
    birthDate: date('birth_date').notNull(),
    gender: text('gender').notNull(),
    ethnicity: text('ethnicity'),
    religion: text('religion'),
    hometown: text('hometown'),
    category: text('category').notNull(),
    partyJoinDate: date('party_join_date'),
    partyOfficialDate: date('party_official_date'),
    status: text('status').notNull().default('active'),
    partyUnitId: bigint('party_unit_id', { mode: 'number' }).references(() => orgUnit.id),
    // Derived: primary current assignment.
    currentUnitId: bigint('current_unit_id', { mode: 'number' }).references(() => orgUnit.id),
    currentPositionId: bigint('current_position_id', { mode: 'number' }).references(() => position.id),
    currentUnitPath: text('current_unit_path'),
    currentKeyCadre: boolean('current_key_cadre').notNull().default(false),
    /** The primary assignment is valid today (the person is at work, not only "last seen" there). */
    currentAssigned: boolean('current_assigned').notNull().default(false),
    // Derived: highest completed level rank per dimension (null = none).
    qGeneralEducation: smallint('q_general_education'),
    qProfessional: smallint('q_professional'),
    qPoliticalTheory: smallint('q_political_theory'),
    qStateManagement: smallint('q_state_management'),
    qLeadership: smallint('q_leadership'),
    qDefenceSecurity: smallint('q_defence_security'),
    qIt: smallint('q_it'),
    qForeignLanguage: smallint('q_foreign_language'),
    qEthnicLanguage: smallint('q_ethnic_language'),
    provinceId: bigint('province_id', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // Lookup by CCCD (import matching) and CCCD-prefix search; pattern ops serve both.
    uniqueIndex('person_cccd_idx').using('btree', sql`${t.cccd} text_pattern_ops`),
    // Name search, common case: the name typed from its start (`name_folded LIKE 'nguyen van cha%'`).
    index('person_name_prefix_idx').using('btree', sql`${t.nameFolded} text_pattern_ops`),
    // Name search by given name alone (`name_sort LIKE 'cha%'`: name_sort starts with the given name).
    index('person_given_name_idx').using('btree', sql`${t.nameSort} text_pattern_ops`),
    // Name search fallback: words from the middle of a name (`LIKE '%van cha%'`), trigram index.
    index('person_name_trgm_idx').using('gin', sql`${t.nameFolded} gin_trgm_ops`),
    // People lists of a subtree: `current_unit_path LIKE '/1/5/%'`, sorted by name. Today's
    // qualification counts of a subtree use person_unit_path_levels_idx instead (migration 0016,
    // hand-written: a covering index with the level columns, which drizzle cannot declare).
    index('person_unit_path_idx').using('btree', sql`${t.currentUnitPath} text_pattern_ops`, t.nameSort),
    // Lists sorted by name (nation-wide admin lists).
    index('person_name_sort_idx').on(t.nameSort),
  ],
);

/** Holding a post in a unit over a date range (valid_to exclusive); several may overlap. */
export const assignment = pgTable(
  'assignment',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => person.id),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => orgUnit.id),
    positionId: bigint('position_id', { mode: 'number' })
      .notNull()
      .references(() => position.id),
    kind: text('kind').notNull(),
    decisionNo: text('decision_no'),
    decisionDate: date('decision_date'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // A person's work history.
    index('assignment_person_idx').on(t.personId, t.validFrom),
    // People of a unit on a date (as-of reports).
    index('assignment_unit_idx').on(t.unitId, t.validFrom),
  ],
);

/** A dated qualification on one dimension; never overwritten by a newer one. */
export const qualification = pgTable(
  'qualification',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => person.id),
    dimension: text('dimension').notNull(),
    level: text('level').notNull(),
    rank: smallint('rank').notNull(),
    major: text('major'),
    institution: text('institution'),
    mode: text('mode'),
    /** Foreign or ethnic language name. */
    language: text('language'),
    startDate: date('start_date'),
    endDate: date('end_date'),
    status: text('status').notNull(),
    certificateNo: text('certificate_no'),
    /** entered | imported | course */
    source: text('source').notNull().default('entered'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // A person's qualifications by dimension (record page, derived highest level).
    index('qualification_person_idx').on(t.personId, t.dimension),
  ],
);

/** Yearly rating (đánh giá, xếp loại). */
export const evaluation = pgTable(
  'evaluation',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => person.id),
    year: integer('year').notNull(),
    rating: text('rating').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('evaluation_person_year_idx').on(t.personId, t.year)],
);

/** Rewards (khen thưởng) and discipline (kỷ luật), state or party. */
export const rewardDiscipline = pgTable(
  'reward_discipline',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => person.id),
    /** reward | discipline */
    type: text('type').notNull(),
    /** state | party */
    authority: text('authority').notNull().default('state'),
    form: text('form').notNull(),
    decisionNo: text('decision_no'),
    decisionDate: date('decision_date').notNull(),
    reason: text('reason'),
    /** Discipline: end of its effect (exclusive); planning waits until then. */
    effectiveTo: date('effective_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A person's rewards and discipline.
    index('reward_discipline_person_idx').on(t.personId, t.decisionDate),
  ],
);
