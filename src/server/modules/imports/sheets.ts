/**
 * The import workbook of contracts §3: sheet names, column headers, which are required and which
 * take a value from a list. The template, the reader and the error messages all come from here,
 * so a header can only be spelt one way.
 */
import {
  AREA_CLASSES,
  ASSIGNMENT_KIND_LABELS,
  GENDER_LABELS,
  PERSON_CATEGORY_LABELS,
  QUALIFICATION_STATUS_LABELS,
  RATING_LABELS,
  TRAINING_MODE_LABELS,
  UNIT_KIND_LABELS,
} from '../../../core/catalog/enums';
import { ETHNICITIES } from '../../../core/catalog/ethnicities';
import { DIMENSION_LABELS, DIMENSIONS, LEVEL_LABELS } from '../../../core/catalog/levels';
import { foldVietnamese } from '../../../core/text/fold';

export const SHEETS = {
  units: 'Đơn vị',
  people: 'Cán bộ',
  assignments: 'Công tác',
  qualifications: 'Trình độ',
  evaluations: 'Đánh giá',
} as const;
export type SheetKey = keyof typeof SHEETS;
export type SheetName = (typeof SHEETS)[SheetKey];
export const SHEET_KEYS = Object.keys(SHEETS) as SheetKey[];

/** Every level label once, in dimension order ("Sơ cấp" serves two dimensions). */
const ALL_LEVEL_LABELS = [...new Set(DIMENSIONS.flatMap((d) => Object.values(LEVEL_LABELS[d])))];

/** Value lists offered as dropdowns; the template writes each into the hidden "Danh mục" sheet. */
export const LISTS = {
  unitKinds: Object.values(UNIT_KIND_LABELS),
  areaClasses: [...AREA_CLASSES],
  genders: Object.values(GENDER_LABELS),
  ethnicities: [...ETHNICITIES],
  categories: Object.values(PERSON_CATEGORY_LABELS),
  assignmentKinds: Object.values(ASSIGNMENT_KIND_LABELS),
  dimensions: DIMENSIONS.map((d) => DIMENSION_LABELS[d]),
  levels: ALL_LEVEL_LABELS,
  trainingModes: Object.values(TRAINING_MODE_LABELS),
  qualificationStatuses: Object.values(QUALIFICATION_STATUS_LABELS),
  ratings: Object.values(RATING_LABELS),
} satisfies Record<string, string[]>;
export type ListKey = keyof typeof LISTS;

export interface ColumnSpec {
  key: string;
  header: string;
  required: boolean;
  /** Template column width, in characters. */
  width: number;
  /** Dropdown list offered by the template. */
  list?: ListKey;
  /** Typed as text in the template, so Excel keeps leading zeros (CCCD, codes). */
  text?: boolean;
  /** A date column: the template formats it dd/mm/yyyy. */
  date?: boolean;
}

const col = (key: string, header: string, width: number, more: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  header,
  required: false,
  width,
  ...more,
});
const req = { required: true } as const;

export const COLUMNS = {
  units: [
    col('code', 'Mã đơn vị', 16, { ...req, text: true }),
    col('name', 'Tên đơn vị', 36, req),
    col('kind', 'Loại đơn vị', 20, { ...req, list: 'unitKinds' }),
    col('parentCode', 'Mã đơn vị cấp trên', 20, { text: true }),
    col('areaClass', 'Khu vực', 10, { list: 'areaClasses' }),
    col('validFrom', 'Hiệu lực từ', 14, { date: true }),
    col('validTo', 'Hiệu lực đến', 14, { date: true }),
    col('mergedInto', 'Sáp nhập vào', 16, { text: true }),
  ],
  people: [
    col('cccd', 'Số CCCD', 16, { ...req, text: true }),
    col('fullName', 'Họ và tên', 28, req),
    col('birthDate', 'Ngày sinh', 13, { ...req, date: true }),
    col('gender', 'Giới tính', 10, { ...req, list: 'genders' }),
    col('ethnicity', 'Dân tộc', 14, { list: 'ethnicities' }),
    col('religion', 'Tôn giáo', 14),
    col('hometown', 'Quê quán', 28),
    col('category', 'Đối tượng', 16, { ...req, list: 'categories' }),
    col('partyJoinDate', 'Ngày vào Đảng', 15, { date: true }),
    col('partyOfficialDate', 'Ngày chính thức', 15, { date: true }),
  ],
  assignments: [
    col('cccd', 'Số CCCD', 16, { ...req, text: true }),
    col('unitCode', 'Mã đơn vị', 16, { ...req, text: true }),
    col('positionCode', 'Mã chức vụ', 18, { ...req, text: true }),
    col('kind', 'Hình thức', 14, { ...req, list: 'assignmentKinds' }),
    col('decisionNo', 'Số quyết định', 18, { text: true }),
    col('decisionDate', 'Ngày quyết định', 15, { date: true }),
    col('validFrom', 'Từ ngày', 13, { ...req, date: true }),
    col('validTo', 'Đến ngày', 13, { date: true }),
  ],
  qualifications: [
    col('cccd', 'Số CCCD', 16, { ...req, text: true }),
    col('dimension', 'Loại trình độ', 20, { ...req, list: 'dimensions' }),
    col('level', 'Trình độ', 24, { ...req, list: 'levels' }),
    col('major', 'Chuyên ngành', 24),
    col('institution', 'Cơ sở đào tạo', 28),
    col('mode', 'Hình thức đào tạo', 18, { list: 'trainingModes' }),
    col('startDate', 'Từ ngày', 13, { date: true }),
    col('endDate', 'Đến ngày', 13, { date: true }),
    col('status', 'Tình trạng', 15, { ...req, list: 'qualificationStatuses' }),
    col('certificateNo', 'Số văn bằng', 16, { text: true }),
  ],
  evaluations: [
    col('cccd', 'Số CCCD', 16, { ...req, text: true }),
    col('year', 'Năm', 8, req),
    col('rating', 'Xếp loại', 32, { ...req, list: 'ratings' }),
  ],
} satisfies Record<SheetKey, ColumnSpec[]>;

/** Header as the template writes it: required columns end with "*". */
export function headerText(c: ColumnSpec): string {
  return c.required ? `${c.header}*` : c.header;
}

/**
 * Header as the reader compares it: no case, no diacritics, no "*", and no note in brackets
 * ("Loại đơn vị (Tỉnh; Xã…)" still names the column).
 */
export function foldHeader(text: string): string {
  return foldVietnamese(text.replace(/\*/g, ''))
    .replace(/\s*\(.*\)\s*$/, '')
    .trim();
}

const SHEET_BY_FOLDED = new Map(SHEET_KEYS.map((k) => [foldVietnamese(SHEETS[k]), k]));

/** Which import sheet a worksheet name is, if any (case- and diacritics-insensitive). */
export function sheetKeyOf(name: string): SheetKey | null {
  return SHEET_BY_FOLDED.get(foldVietnamese(name)) ?? null;
}

export function columnSpec(sheet: SheetKey, key: string): ColumnSpec | undefined {
  const specs: ColumnSpec[] = COLUMNS[sheet];
  return specs.find((c) => c.key === key);
}
