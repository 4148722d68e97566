/**
 * What the import keeps per row once a cell has been read: compact plain objects (no workbook,
 * no cell objects), dates as ISO strings, ends already exclusive, enumerations as machine keys.
 */
import type {
  AreaClass,
  AssignmentKind,
  Gender,
  PersonCategory,
  QualificationStatus,
  Rating,
  TrainingMode,
  UnitKind,
} from '../../../core/catalog/enums';
import type { Dimension } from '../../../core/catalog/levels';
import type { SheetKey } from './sheets';

export interface UnitRow {
  row: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  areaClass: AreaClass | null;
  /** Empty "Hiệu lực từ" = valid since ever (the schema's default, 1900-01-01). */
  validFrom: string;
  /** Exclusive: "Hiệu lực đến" + 1 day; null = still valid. */
  validTo: string | null;
  mergedInto: string | null;
}

export interface PersonRow {
  row: number;
  cccd: string;
  fullName: string;
  birthDate: string;
  gender: Gender;
  ethnicity: string | null;
  religion: string | null;
  hometown: string | null;
  category: PersonCategory;
  partyJoinDate: string | null;
  partyOfficialDate: string | null;
}

export interface AssignmentRow {
  row: number;
  cccd: string;
  unitCode: string;
  positionCode: string;
  kind: AssignmentKind;
  decisionNo: string | null;
  decisionDate: string | null;
  validFrom: string;
  /** Exclusive: "Đến ngày" + 1 day; null = still holds the post. */
  validTo: string | null;
}

export interface QualificationRow {
  row: number;
  cccd: string;
  dimension: Dimension;
  level: string;
  /** Field of study; for language dimensions the language ("Tiếng Anh") and stored as such. */
  major: string | null;
  institution: string | null;
  mode: TrainingMode | null;
  startDate: string | null;
  /** Exclusive: "Đến ngày" + 1 day. */
  endDate: string | null;
  status: QualificationStatus;
  certificateNo: string | null;
}

export interface EvaluationRow {
  row: number;
  cccd: string;
  year: number;
  rating: Rating;
}

export interface ParsedFile {
  units: UnitRow[];
  people: PersonRow[];
  assignments: AssignmentRow[];
  qualifications: QualificationRow[];
  evaluations: EvaluationRow[];
  /**
   * Columns each sheet carried (null = sheet absent). An optional column left out of a sheet
   * leaves the stored value alone; present but empty clears it.
   */
  columns: Record<SheetKey, ReadonlySet<string> | null>;
  /**
   * Keys of "Cán bộ" and "Đơn vị" rows that failed their own checks: other sheets referring to
   * them are not reported again as unknown (the row's own error says what is wrong).
   */
  rejectedCccds: Set<string>;
  rejectedUnitCodes: Set<string>;
}

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

export type SheetCounts = Record<SheetKey, Counts>;
