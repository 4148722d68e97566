/**
 * Row-level checks, one function per sheet: every cell on its own and the cells of one row
 * together. Checks that need other rows or the database come later (validate-*.ts).
 */
import { addDays } from '../../../core/catalog/dates';
import {
  type AreaClass,
  ASSIGNMENT_KIND_LABELS,
  GENDER_LABELS,
  PERSON_CATEGORY_LABELS,
  QUALIFICATION_STATUS_LABELS,
  RATING_LABELS,
  TRAINING_MODE_LABELS,
  UNIT_KIND_LABELS,
} from '../../../core/catalog/enums';
import { ETHNICITIES, type Ethnicity } from '../../../core/catalog/ethnicities';
import { DIMENSION_LABELS, LEVEL_ALIASES, LEVEL_LABELS } from '../../../core/catalog/levels';
import { foldVietnamese, matchLabel } from '../../../core/text/fold';
import type { RowReader } from './row-reader';
import type { AssignmentRow, EvaluationRow, PersonRow, QualificationRow, UnitRow } from './types';

const AREA_LABELS: Record<AreaClass, string> = { I: 'I', II: 'II', III: 'III' };
const AREA_ALIASES: Partial<Record<string, AreaClass>> = {
  '1': 'I',
  '2': 'II',
  '3': 'III',
  'khu vuc i': 'I',
  'khu vuc ii': 'II',
  'khu vuc iii': 'III',
  'kv i': 'I',
  'kv ii': 'II',
  'kv iii': 'III',
};

/** Ethnic group names ignoring case, diacritics, spaces, hyphens and apostrophes ("H'Mông", "Ê-đê"). */
const squash = (s: string) => foldVietnamese(s).replace(/[^a-z0-9]/g, '');
const ETHNICITY_BY_SQUASHED = new Map<string, Ethnicity>(ETHNICITIES.map((e) => [squash(e), e]));
ETHNICITY_BY_SQUASHED.set('hmong', 'Mông');
ETHNICITY_BY_SQUASHED.set('kinhviet', 'Kinh');

const SINCE_EVER = '1900-01-01';

/** An inclusive last day as the schema stores it: the exclusive end. */
const exclusiveEnd = (lastDay: string | null) => (lastDay ? addDays(lastDay, 1) : null);

export function parseUnit(r: RowReader): UnitRow | null {
  const code = r.code('code', true);
  const name = r.text('name', true);
  const kind = r.choice('kind', UNIT_KIND_LABELS, true);
  const parentCode = r.code('parentCode');
  const areaClass = r.choice('areaClass', AREA_LABELS, false, AREA_ALIASES);
  const validFrom = r.date('validFrom') ?? SINCE_EVER;
  const lastDay = r.date('validTo');
  const mergedInto = r.code('mergedInto');
  if (lastDay && lastDay < validFrom) {
    r.error('validTo', 'END_BEFORE_START', 'Hiệu lực đến trước Hiệu lực từ');
  }
  if (mergedInto && !lastDay && r.cell('validTo') === null) {
    r.error(
      'validTo',
      'MERGE_WITHOUT_END',
      'Đơn vị sáp nhập phải ghi Hiệu lực đến (ngày cuối cùng trước khi sáp nhập)',
    );
  }
  if (code && mergedInto === code) {
    r.error('mergedInto', 'INVALID_VALUE', 'Đơn vị không thể sáp nhập vào chính nó');
  }
  if (code && parentCode === code) {
    r.error('parentCode', 'UNIT_CYCLE', 'Đơn vị không thể là cấp trên của chính nó');
  }
  if (r.failed || !code || !name || !kind) return null;
  return {
    row: r.row,
    code,
    name,
    kind,
    parentCode,
    areaClass,
    validFrom,
    validTo: exclusiveEnd(lastDay),
    mergedInto,
  };
}

function ethnicityOf(r: RowReader): Ethnicity | null {
  const t = r.text('ethnicity');
  if (t === null) return null;
  const found = ETHNICITY_BY_SQUASHED.get(squash(t));
  if (!found) r.error('ethnicity', 'INVALID_VALUE', `Dân tộc "${t}" không có trong danh mục 54 dân tộc`);
  return found ?? null;
}

export function parsePerson(r: RowReader, today: string): PersonRow | null {
  const birthDate = r.date('birthDate', true);
  const gender = r.choice('gender', GENDER_LABELS, true);
  const cccd = r.cccd('cccd', { birthDate: birthDate ?? undefined, gender: gender ?? undefined });
  const fullName = r.text('fullName', true);
  const ethnicity = ethnicityOf(r);
  const religion = r.text('religion');
  const hometown = r.text('hometown');
  const category = r.choice('category', PERSON_CATEGORY_LABELS, true);
  const partyJoinDate = r.date('partyJoinDate');
  const partyOfficialDate = r.date('partyOfficialDate');
  if (birthDate && birthDate > today) {
    r.error('birthDate', 'BIRTH_DATE_IN_FUTURE', 'Ngày sinh không được ở tương lai');
  }
  if (birthDate && partyJoinDate && partyJoinDate < birthDate) {
    r.error('partyJoinDate', 'DATE_BEFORE_BIRTH', 'Ngày vào Đảng trước ngày sinh');
  }
  if (partyJoinDate && partyOfficialDate && partyOfficialDate < partyJoinDate) {
    r.error('partyOfficialDate', 'END_BEFORE_START', 'Ngày chính thức trước ngày vào Đảng');
  }
  if (r.failed || !cccd || !fullName || !birthDate || !gender || !category) return null;
  return {
    row: r.row,
    cccd,
    fullName,
    birthDate,
    gender,
    ethnicity,
    religion,
    hometown,
    category,
    partyJoinDate,
    partyOfficialDate,
  };
}

export function parseAssignment(r: RowReader): AssignmentRow | null {
  const cccd = r.cccd('cccd');
  const unitCode = r.code('unitCode', true);
  const positionCode = r.code('positionCode', true);
  const kind = r.choice('kind', ASSIGNMENT_KIND_LABELS, true);
  const decisionNo = r.text('decisionNo');
  const decisionDate = r.date('decisionDate');
  const validFrom = r.date('validFrom', true);
  const lastDay = r.date('validTo');
  if (validFrom && lastDay && lastDay < validFrom) {
    r.error('validTo', 'END_BEFORE_START', 'Đến ngày trước Từ ngày');
  }
  if (r.failed || !cccd || !unitCode || !positionCode || !kind || !validFrom) return null;
  return {
    row: r.row,
    cccd,
    unitCode,
    positionCode,
    kind,
    decisionNo,
    decisionDate,
    validFrom,
    validTo: exclusiveEnd(lastDay),
  };
}

export function parseQualification(r: RowReader): QualificationRow | null {
  const cccd = r.cccd('cccd');
  const dimension = r.choice('dimension', DIMENSION_LABELS, true);
  const levelText = r.text('level', true);
  let level: string | null = null;
  if (dimension && levelText) {
    level = matchLabel(levelText, LEVEL_LABELS[dimension], LEVEL_ALIASES[dimension] ?? {});
    if (!level) {
      const allowed = Object.values(LEVEL_LABELS[dimension]).join('; ');
      r.error(
        'level',
        'LEVEL_NOT_IN_DIMENSION',
        `Trình độ "${levelText}" không thuộc loại trình độ ${DIMENSION_LABELS[dimension]} (${allowed})`,
      );
    }
  }
  const major = r.text('major');
  const institution = r.text('institution');
  const mode = r.choice('mode', TRAINING_MODE_LABELS);
  const startDate = r.date('startDate');
  const lastDay = r.date('endDate');
  const status = r.choice('status', QUALIFICATION_STATUS_LABELS, true);
  const certificateNo = r.text('certificateNo');
  if (startDate && lastDay && lastDay < startDate) {
    r.error('endDate', 'END_BEFORE_START', 'Đến ngày trước Từ ngày');
  }
  if (r.failed || !cccd || !dimension || !level || !status) return null;
  return {
    row: r.row,
    cccd,
    dimension,
    level,
    major,
    institution,
    mode,
    startDate,
    // A qualification's end is the day study ended (a completion date), kept as written.
    endDate: lastDay,
    status,
    certificateNo,
  };
}

export function parseEvaluation(r: RowReader): EvaluationRow | null {
  const cccd = r.cccd('cccd');
  const year = r.integer('year', 1950, 2100, true);
  const rating = r.choice('rating', RATING_LABELS, true);
  if (r.failed || !cccd || year === null || !rating) return null;
  return { row: r.row, cccd, year, rating };
}
