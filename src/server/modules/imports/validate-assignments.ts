/**
 * "Công tác" rows against people, units, posts and each other, and what a merger does to the
 * assignments it cuts: an assignment still running when its unit is merged ends on the merge
 * date and a copy of kind "Điều động" (transfer) continues it in the successor from that date.
 */
import { formatCivilDate, yearsBetween } from '../../../core/catalog/dates';
import { type AssignmentKind, OVERLAPPING_KINDS } from '../../../core/catalog/enums';
import type { ErrorList } from './errors';
import { assignmentKey } from './keys';
import type { DbAssignment } from './load';
import { SHEETS } from './sheets';
import type { AssignmentRow, ParsedFile } from './types';
import type { PersonIndex, ResolvedPerson } from './validate-people';
import { lastDayText, type ResolvedUnit, type UnitIndex } from './validate-units';

export interface CheckedAssignment {
  row: AssignmentRow;
  person: ResolvedPerson;
  unit: ResolvedUnit;
  positionId: number;
  /** The row's end, cut at the merge date when its unit is merged while it runs. */
  validTo: string | null;
}

/** A copy continuing a cut assignment in the successor unit. */
export interface Transfer {
  cccd: string;
  toUnit: string;
  positionId: number;
  decisionNo: string | null;
  validFrom: string;
  validTo: string | null;
  /** "Sáp nhập <old name> vào <successor name>", as the organisation page writes it. */
  note: string;
}

/** A stored assignment the file does not mention, cut because its unit is merged by this file. */
export interface CutAssignment {
  stored: DbAssignment;
  validTo: string;
}

export interface AssignmentCheck {
  checked: CheckedAssignment[];
  transfers: Transfer[];
  cut: CutAssignment[];
}

interface Span {
  unitCode: string;
  positionCode: string;
  kind: string;
  from: string;
  to: string | null;
  /** File row, or null for a stored assignment or a transfer copy. */
  row: number | null;
}

const overlaps = (a: Span, b: Span) => a.from < (b.to ?? '9999-12-31') && b.from < (a.to ?? '9999-12-31');
const primary = (kind: string) => !OVERLAPPING_KINDS.includes(kind as AssignmentKind);
const covers = (s: Span, day: string) => s.from <= day && (s.to === null || s.to > day);

/** The unit's merge date when the unit is merged and `to` runs past it. */
function cutDate(unit: ResolvedUnit, to: string | null): string | null {
  if (unit.mergedInto === null || unit.validTo === null) return null;
  return to === null || to > unit.validTo ? unit.validTo : null;
}

/**
 * Units this file ends (merged or dissolved): their stored assignments still running at the end
 * move to the successor, or, for a dissolved unit, stop the import.
 */
export function newlyEnding(units: UnitIndex): ResolvedUnit[] {
  return [...units.all()].filter(
    (u) => u.row !== null && u.validTo !== null && (u.db === null || u.db.validTo === null),
  );
}

export function validateAssignments(
  file: ParsedFile,
  units: UnitIndex,
  people: PersonIndex,
  positions: ReadonlyMap<string, number>,
  stored: readonly DbAssignment[],
  running: readonly DbAssignment[],
  errors: ErrorList,
): AssignmentCheck {
  const err = (
    row: AssignmentRow,
    column: string,
    value: string,
    code: Parameters<ErrorList['add']>[0]['code'],
    message: string,
  ) => errors.add({ sheet: SHEETS.assignments, row: row.row, column, value, code, message });

  const checked: CheckedAssignment[] = [];
  for (const row of file.assignments) {
    const person = people.resolve(row.cccd, 'assignments', row.row, errors);
    const unit = units.get(row.unitCode);
    if (!unit && !file.rejectedUnitCodes.has(row.unitCode)) {
      err(row, 'Mã đơn vị', row.unitCode, 'UNKNOWN_UNIT', `Không tìm thấy đơn vị mã ${row.unitCode}`);
    }
    const positionId = positions.get(row.positionCode);
    if (positionId === undefined) {
      err(
        row,
        'Mã chức vụ',
        row.positionCode,
        'UNKNOWN_POSITION',
        `Không tìm thấy chức vụ mã ${row.positionCode}`,
      );
    }
    if (!person || !unit || positionId === undefined) continue;
    let ok = true;
    if (row.validFrom < unit.validFrom || (unit.validTo !== null && row.validFrom >= unit.validTo)) {
      err(
        row,
        'Từ ngày',
        formatCivilDate(row.validFrom),
        'UNIT_NOT_VALID',
        `Đơn vị ${unit.code} không có hiệu lực vào ngày ${formatCivilDate(row.validFrom)}`,
      );
      ok = false;
    } else if (
      unit.validTo !== null &&
      unit.mergedInto === null &&
      (row.validTo === null || row.validTo > unit.validTo)
    ) {
      err(
        row,
        'Đến ngày',
        lastDayText(row.validTo),
        'UNIT_NOT_VALID',
        `Đơn vị ${unit.code} hết hiệu lực trước khi công tác kết thúc`,
      );
      ok = false;
    }
    if (yearsBetween(person.birthDate, row.validFrom) < 18) {
      err(
        row,
        'Từ ngày',
        formatCivilDate(row.validFrom),
        'UNDER_AGE',
        'Cán bộ chưa đủ 18 tuổi vào ngày bắt đầu công tác',
      );
      ok = false;
    }
    if (!ok) continue;
    const cut = cutDate(unit, row.validTo);
    checked.push({ row, person, unit, positionId, validTo: cut ?? row.validTo });
  }

  // Stored assignments the file restates are replaced by the file's version of them.
  const restated = new Set(
    checked.map((c) => assignmentKey(c.person.cccd, c.unit.code, c.row.positionCode, c.row.validFrom)),
  );
  const unrestated = (a: DbAssignment) =>
    !restated.has(assignmentKey(a.cccd, a.unitCode, a.positionCode, a.validFrom));

  const spans = new Map<string, Span[]>();
  const spanList = (cccd: string) => {
    const list = spans.get(cccd) ?? [];
    if (list.length === 0) spans.set(cccd, list);
    return list;
  };
  for (const c of checked) {
    spanList(c.person.cccd).push({
      unitCode: c.unit.code,
      positionCode: c.row.positionCode,
      kind: c.row.kind,
      from: c.row.validFrom,
      to: c.validTo,
      row: c.row.row,
    });
  }
  const cut: CutAssignment[] = [];
  const cutTo = new Map<number, string>();
  const stillStaffed = new Map<ResolvedUnit, number>();
  for (const a of running) {
    const unit = units.peek(a.unitCode);
    if (unit?.row && unit.mergedInto === null && unit.validTo !== null && unrestated(a)) {
      if (a.validTo === null || a.validTo > unit.validTo)
        stillStaffed.set(unit, (stillStaffed.get(unit) ?? 0) + 1);
      continue;
    }
    const on = unit ? cutDate(unit, a.validTo) : null;
    if (!unit?.row || on === null || !unrestated(a)) continue;
    if (a.validFrom >= on) {
      errors.add({
        sheet: SHEETS.units,
        row: unit.row.row,
        column: 'Hiệu lực đến',
        value: formatCivilDate(a.validFrom),
        code: 'UNIT_NOT_VALID',
        message: `Đơn vị còn công tác bắt đầu từ ${formatCivilDate(a.validFrom)}, sau ngày sáp nhập; hãy kết thúc hoặc chuyển công tác đó trước`,
      });
      continue;
    }
    cut.push({ stored: a, validTo: on });
    cutTo.set(a.id, on);
  }
  // Like the organisation page: a unit is dissolved only once nobody works in it any more.
  for (const [unit, n] of stillStaffed) {
    if (!unit.row) continue;
    errors.add({
      sheet: SHEETS.units,
      row: unit.row.row,
      column: 'Hiệu lực đến',
      value: lastDayText(unit.validTo),
      code: 'UNIT_NOT_VALID',
      message: `Đơn vị còn ${n} công tác kéo dài sau ngày hết hiệu lực; hãy kết thúc các công tác đó hoặc ghi "Sáp nhập vào"`,
    });
  }
  for (const a of stored) {
    if (!unrestated(a)) continue;
    spanList(a.cccd).push({
      unitCode: a.unitCode,
      positionCode: a.positionCode,
      kind: a.kind,
      from: a.validFrom,
      to: cutTo.get(a.id) ?? a.validTo,
      row: null,
    });
  }

  const transfers = planTransfers(checked, cut, units, spanList);
  for (const [, list] of spans) reportOverlaps(list, err, file);
  return { checked, transfers, cut };
}

/** Copies into the successor, unless the person already holds the same post there on the merge date. */
function planTransfers(
  checked: readonly CheckedAssignment[],
  cut: readonly CutAssignment[],
  units: UnitIndex,
  spanList: (cccd: string) => Span[],
): Transfer[] {
  const transfers: Transfer[] = [];
  const candidates = [
    ...checked.map((c) => ({
      cccd: c.person.cccd,
      unit: c.unit,
      positionId: c.positionId,
      positionCode: c.row.positionCode,
      decisionNo: c.row.decisionNo,
      originalTo: c.row.validTo,
      to: c.validTo,
    })),
    ...cut.map((c) => ({
      cccd: c.stored.cccd,
      unit: units.peek(c.stored.unitCode),
      positionId: c.stored.positionId,
      positionCode: c.stored.positionCode,
      decisionNo: c.stored.decisionNo,
      originalTo: c.stored.validTo,
      to: c.validTo,
    })),
  ];
  for (const c of candidates) {
    const successor = c.unit?.mergedInto;
    const on = c.unit?.validTo;
    if (!c.unit || !successor || !on || c.to !== on || (c.originalTo !== null && c.originalTo <= on))
      continue;
    const list = spanList(c.cccd);
    if (list.some((s) => s.unitCode === successor && s.positionCode === c.positionCode && covers(s, on)))
      continue;
    const nameOf = (u: ResolvedUnit | undefined) => u?.row?.name ?? u?.db?.name ?? '';
    transfers.push({
      cccd: c.cccd,
      toUnit: successor,
      positionId: c.positionId,
      decisionNo: c.decisionNo,
      validFrom: on,
      validTo: c.originalTo,
      note: `Sáp nhập ${nameOf(c.unit)} vào ${nameOf(units.peek(successor))}`,
    });
    list.push({
      unitCode: successor,
      positionCode: c.positionCode,
      kind: 'transfer',
      from: on,
      to: c.originalTo,
      row: null,
    });
  }
  return transfers;
}

/**
 * One person cannot hold the same post in two units at once, unless one of the two is a
 * concurrent post (kiêm nhiệm) or a secondment (biệt phái). Reported on the file's row.
 */
function reportOverlaps(
  list: readonly Span[],
  err: (
    row: AssignmentRow,
    column: string,
    value: string,
    code: 'OVERLAPPING_ASSIGNMENT',
    message: string,
  ) => void,
  file: ParsedFile,
) {
  if (list.length < 2) return;
  const reported = new Set<number>();
  const sorted = [...list].sort((a, b) => a.from.localeCompare(b.from));
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    if (!a || !primary(a.kind)) continue;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j];
      if (!b || !primary(b.kind) || b.positionCode !== a.positionCode || b.unitCode === a.unitCode) continue;
      if (!overlaps(a, b)) continue;
      const target = b.row ?? a.row;
      if (target === null || reported.has(target)) continue;
      const other = target === b.row ? a : b;
      const row = file.assignments.find((r) => r.row === target);
      if (!row) continue;
      reported.add(target);
      const where = other.row === null ? 'đã có trong hệ thống' : `ở dòng ${other.row}`;
      err(
        row,
        'Từ ngày',
        formatCivilDate(row.validFrom),
        'OVERLAPPING_ASSIGNMENT',
        `Trùng thời gian với công tác cùng chức vụ ${a.positionCode} tại đơn vị ${other.unitCode} (${where}); chỉ kiêm nhiệm, biệt phái được trùng thời gian`,
      );
    }
  }
}
