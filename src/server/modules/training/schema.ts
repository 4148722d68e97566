import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { LegalBasis } from '../../../core/standards/types';
import { orgUnit } from '../org/schema';
import { person, qualification } from '../people/schema';

/** Training institutions: provincial political schools, academies, universities, centres. */
export const institution = pgTable('institution', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** political_school | academy | university | centre | other */
  kind: text('kind').notNull(),
  /** The organisation unit that runs it (scope of its staff), when it is one of ours. */
  unitId: bigint('unit_id', { mode: 'number' }).references(() => orgUnit.id),
  address: text('address'),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/** Completion rule of a programme: full attendance and every score at least `minScore` (of 10). */
export interface CompletionRule {
  fullAttendance: boolean;
  minScore: number;
}

/** A programme (chương trình): what is taught, how long, and what completion awards. */
export const programme = pgTable('programme', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** Content type of domain §6 (political_theory, defence_security, state_management, …). */
  contentType: text('content_type').notNull(),
  /** dao_tao (leads to a diploma) | boi_duong (refresher, leads to a certificate). */
  trainingKind: text('training_kind').notNull(),
  /** What completion awards on the person's record: a dimension and level … */
  awardsDimension: text('awards_dimension'),
  awardsLevel: text('awards_level'),
  /** … or a named certificate. */
  awardsCertificate: text('awards_certificate'),
  durationValue: integer('duration_value').notNull(),
  /** tiet | day | week (a week = 5 days, a day = 8 tiết). */
  durationUnit: text('duration_unit').notNull(),
  modes: text('modes').array().notNull(),
  legalBasis: jsonb('legal_basis').$type<LegalBasis>(),
  completionRule: jsonb('completion_rule')
    .$type<CompletionRule>()
    .notNull()
    .default(sql`'{"fullAttendance": true, "minScore": 5}'::jsonb`),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/** A course (lớp): one run of a programme by an institution for an organising unit. */
export const course = pgTable(
  'course',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    programmeId: bigint('programme_id', { mode: 'number' })
      .notNull()
      .references(() => programme.id),
    institutionId: bigint('institution_id', { mode: 'number' })
      .notNull()
      .references(() => institution.id),
    /** The unit that organises it and whose subtree it is open to. */
    organiserUnitId: bigint('organiser_unit_id', { mode: 'number' })
      .notNull()
      .references(() => orgUnit.id),
    /** full_time | part_time | online | blended */
    mode: text('mode').notNull(),
    place: text('place'),
    /** A cluster of communes where the class is held (seed 003), when it is one. */
    placeUnitIds: bigint('place_unit_ids', { mode: 'number' }).array(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    capacity: integer('capacity').notNull(),
    /** planned → open → running → closed, or cancelled */
    status: text('status').notNull().default('planned'),
    decisionNo: text('decision_no'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('course_institution_idx').on(t.institutionId, t.startDate),
    index('course_programme_idx').on(t.programmeId, t.status),
    index('course_organiser_idx').on(t.organiserUnitId, t.startDate),
  ],
);

/** Seats reserved for a unit (and its subtree) in a course. */
export const courseQuota = pgTable(
  'course_quota',
  {
    courseId: bigint('course_id', { mode: 'number' })
      .notNull()
      .references(() => course.id),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => orgUnit.id),
    seats: integer('seats').notNull(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.unitId] })],
);

/** Timetable: one row per session (buổi học), with its lesson periods. */
export const courseSession = pgTable(
  'course_session',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    courseId: bigint('course_id', { mode: 'number' })
      .notNull()
      .references(() => course.id),
    date: date('date').notNull(),
    topic: text('topic').notNull(),
    periods: integer('periods').notNull().default(4),
  },
  (t) => [index('course_session_course_idx').on(t.courseId, t.date)],
);

export const courseLecturer = pgTable(
  'course_lecturer',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    courseId: bigint('course_id', { mode: 'number' })
      .notNull()
      .references(() => course.id),
    personId: bigint('person_id', { mode: 'number' }).references(() => person.id),
    name: text('name').notNull(),
    /** full_time | part_time (giảng viên kiêm chức) */
    kind: text('kind').notNull(),
    hours: numeric('hours', { precision: 7, scale: 1, mode: 'number' }).notNull().default(0),
  },
  (t) => [index('course_lecturer_course_idx').on(t.courseId)],
);

/** Cost lines by funding source, in whole đồng. */
export const courseCost = pgTable(
  'course_cost',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    courseId: bigint('course_id', { mode: 'number' })
      .notNull()
      .references(() => course.id),
    /** central | local | agency | personal | domestic_sponsor | foreign_sponsor */
    fundingSource: text('funding_source').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    note: text('note'),
  },
  (t) => [index('course_cost_course_idx').on(t.courseId)],
);

/**
 * A person in a course. Status: pending (self-registered, awaiting the unit) → enrolled, or
 * waitlisted (promoted when a seat frees); withdrawn, refused; completed or failed at the end.
 */
export const enrolment = pgTable(
  'enrolment',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    courseId: bigint('course_id', { mode: 'number' })
      .notNull()
      .references(() => course.id),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => person.id),
    /** The unit that nominated (cử đi học). */
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => orgUnit.id),
    status: text('status').notNull(),
    /** nomination | self | roster */
    source: text('source').notNull().default('nomination'),
    decisionNo: text('decision_no'),
    decisionDate: date('decision_date'),
    /** Order on the waitlist (earliest first). */
    waitlistedAt: timestamp('waitlisted_at', { withTimezone: true }),
    reason: text('reason'),
    eligibilityOverride: text('eligibility_override'),
    /** xuat_sac | gioi | kha | trung_binh | khong_dat */
    result: text('result'),
    completedOn: date('completed_on'),
    /** The qualification record completion created (source = the course). */
    qualificationId: bigint('qualification_id', { mode: 'number' }).references(() => qualification.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // One live enrolment per person and course.
    uniqueIndex('enrolment_live_uq')
      .on(t.courseId, t.personId)
      .where(sql`${t.status} not in ('withdrawn', 'refused')`),
    index('enrolment_person_idx').on(t.personId),
    // Plan progress and training reports of a subtree: the enrolments its units nominated
    // (org_unit by path prefix → enrolment by unit_id), not a scan of every enrolment.
    index('enrolment_unit_idx').on(t.unitId),
    index('enrolment_course_idx').on(t.courseId, t.status),
    // Training report: enrolments completed in a period (`status = 'completed' and completed_on between`).
    index('enrolment_completed_idx').on(t.completedOn).where(sql`${t.status} = 'completed'`),
  ],
);

export const attendance = pgTable(
  'attendance',
  {
    enrolmentId: bigint('enrolment_id', { mode: 'number' })
      .notNull()
      .references(() => enrolment.id),
    sessionId: bigint('session_id', { mode: 'number' })
      .notNull()
      .references(() => courseSession.id),
    /** present | absent | excused */
    status: text('status').notNull(),
  },
  (t) => [primaryKey({ columns: [t.enrolmentId, t.sessionId] })],
);

export const courseAssessment = pgTable(
  'course_assessment',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    courseId: bigint('course_id', { mode: 'number' })
      .notNull()
      .references(() => course.id),
    name: text('name').notNull(),
  },
  (t) => [index('course_assessment_course_idx').on(t.courseId)],
);

export const assessmentScore = pgTable(
  'assessment_score',
  {
    enrolmentId: bigint('enrolment_id', { mode: 'number' })
      .notNull()
      .references(() => enrolment.id),
    assessmentId: bigint('assessment_id', { mode: 'number' })
      .notNull()
      .references(() => courseAssessment.id),
    score: numeric('score', { precision: 4, scale: 2, mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.enrolmentId, t.assessmentId] })],
);

/** Issued once per completed enrolment; a lost one gets a replacement letter, not a second one. */
export const certificate = pgTable('certificate', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  enrolmentId: bigint('enrolment_id', { mode: 'number' })
    .notNull()
    .unique()
    .references(() => enrolment.id),
  number: text('number').notNull().unique(),
  issuedOn: date('issued_on').notNull(),
  replacementLetterNo: text('replacement_letter_no'),
  replacementIssuedOn: date('replacement_issued_on'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Rules as dated data with their legal basis (domain §6): postgraduate eligibility (service years,
 * recent ratings, maximum age), service commitment multiples, the annual refresher minimum.
 */
export const trainingRule = pgTable(
  'training_rule',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** eligibility_postgraduate | commitment | annual_minimum */
    kind: text('kind').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    legalBasis: jsonb('legal_basis').$type<LegalBasis>().notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('training_rule_kind_idx').on(t.kind, t.validFrom)],
);

/** Service owed after state-funded long training; compensation S = F / T1 × (T1 − T2) if left early. */
export const serviceCommitment = pgTable(
  'service_commitment',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    enrolmentId: bigint('enrolment_id', { mode: 'number' })
      .notNull()
      .unique()
      .references(() => enrolment.id),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => person.id),
    /** T1: committed service in months. */
    months: integer('months').notNull(),
    startsOn: date('starts_on').notNull(),
    /** F: the actual cost paid for the person, whole đồng. */
    cost: bigint('cost', { mode: 'number' }).notNull(),
    /** open | fulfilled | compensated | exempted */
    status: text('status').notNull().default('open'),
    leftOn: date('left_on'),
    compensation: bigint('compensation', { mode: 'number' }),
    exemption: text('exemption'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('service_commitment_person_idx').on(t.personId)],
);

/** Training beyond classes (seed 004): hands-on coaching, guidance visits, onboarding. */
export const trainingActivity = pgTable(
  'training_activity',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** coaching | guidance | onboarding */
    kind: text('kind').notNull(),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => orgUnit.id),
    personId: bigint('person_id', { mode: 'number' }).references(() => person.id),
    title: text('title').notNull(),
    date: date('date').notNull(),
    hours: numeric('hours', { precision: 6, scale: 1, mode: 'number' }).notNull(),
    participants: integer('participants').notNull().default(1),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_activity_unit_idx').on(t.unitId, t.date)],
);

/** One learner's answers to the course survey; the course index is their mean (0–10). */
export const courseSurvey = pgTable(
  'course_survey',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    courseId: bigint('course_id', { mode: 'number' })
      .notNull()
      .references(() => course.id),
    enrolmentId: bigint('enrolment_id', { mode: 'number' })
      .unique()
      .references(() => enrolment.id),
    /** Question key → score 0–10. */
    answers: jsonb('answers').$type<Record<string, number>>().notNull(),
    score: numeric('score', { precision: 4, scale: 2, mode: 'number' }).notNull(),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('course_survey_course_idx').on(t.courseId)],
);
