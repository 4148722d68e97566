/**
 * Title standards as data (domain.md §5): a set has a legal basis, an effective window and what it
 * applies to; its requirements are minimum levels (optionally with fields of study), any-of groups,
 * minimum service and, for the appointment gate only, serving a full term before retirement.
 */
import type { Dimension } from '../catalog/levels';

export interface LegalBasis {
  number: string;
  title: string;
  /** Null where only the year is known (the title says it). */
  date: string | null;
}

export type Requirement =
  | {
      kind: 'level';
      id: string;
      dimension: Dimension;
      minLevel: string;
      /** Accepted fields of study (folded text contains one of them); empty = any field. */
      fields?: string[];
      /**
       * Until this many months after the unit's creation, staff of difficult-area / ethnic-minority
       * communes are not yet held to this requirement (Công văn 11/CV-BCĐ: 5 years).
       */
      graceMonths?: number;
      /**
       * Onboarding: may be attained before the appointment or within this many months of taking up
       * the post (e.g. leadership refresher "trong thời hạn 12 tháng kể từ ngày bổ nhiệm"). Until
       * then the requirement is in grace, and it shows among the post's training needs with that
       * deadline.
       */
      withinMonthsOfAppointment?: number;
    }
  | { kind: 'anyOf'; id: string; options: Requirement[] }
  | { kind: 'serviceYears'; id: string; minYears: number }
  /** Checked by the appointment gate on the appointment date, not in the compliance rate. */
  | { kind: 'fullTerm'; id: string; months: number };

/** What a set applies to: posts (or post groups), optionally narrowed to unit kinds and area classes. */
export interface AppliesTo {
  positions: string[];
  groups?: string[];
  unitKinds?: string[];
  areaClasses?: string[];
}

/** One version of a standard set (a set's versions never overlap in time). */
export interface StandardSet {
  /** Version id in the database (0 for an unsaved draft). */
  versionId?: number;
  code: string;
  name: string;
  legalBasis: LegalBasis;
  validFrom: string;
  /** Exclusive; null = in force. */
  validTo: string | null;
  appliesTo: AppliesTo;
  requirements: Requirement[];
}

export interface QualificationFact {
  dimension: Dimension;
  level: string;
  status: 'completed' | 'in_progress';
  /** When the study began (or the person was enrolled); a fact does not exist before it. */
  startDate?: string | null;
  endDate: string | null;
  major: string | null;
}

export interface PersonFacts {
  birthDate: string;
  gender: 'male' | 'female';
  /** Start of continuous service (first assignment). */
  serviceStart: string | null;
  ethnicMinority: boolean;
  qualifications: QualificationFact[];
}

export interface UnitFacts {
  id?: number;
  kind?: string;
  areaClass?: string | null;
  /** Commune-level unit in a difficult area (area class III or flagged). */
  difficultArea: boolean;
  /** When the unit (e.g. the post-2025 commune) was created. */
  validFrom: string;
}

export type RequirementStatus = 'met' | 'in_progress' | 'grace' | 'gap';

export interface Gap {
  requirementId: string;
  requirement: string;
  legalBasis: LegalBasis;
  /** What closes it: the dimension and level to reach (the programme once training exists). */
  closesWith: { dimension: Dimension; level: string } | null;
  /** For a requirement in its grace period: until when. */
  graceUntil?: string;
}

export type ComplianceStatus = 'meets' | 'in_progress' | 'gap';

export interface Evaluation {
  status: ComplianceStatus;
  /** One per unmet requirement (gap or in progress); grace periods listed with their end. */
  gaps: Gap[];
}
