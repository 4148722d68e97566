/**
 * Evaluates a person against a standard set for a post in a unit on a date (pure, no I/O).
 * đạt chuẩn (meets): every requirement met; đang hoàn thiện (in_progress): every unmet requirement
 * is covered by a qualification in progress that will meet it; chưa đạt chuẩn (gap) otherwise.
 * A requirement inside its grace period does not count against the person, but is listed.
 */

import { yearsBetween } from '../catalog/dates';
import { DIMENSION_LABELS, LEVEL_LABELS, levelRank } from '../catalog/levels';
import { foldVietnamese } from '../text/fold';
import { addMonths, monthsBetween, retirementDate } from './retirement';
import type {
  Evaluation,
  Gap,
  PersonFacts,
  Requirement,
  RequirementStatus,
  StandardSet,
  UnitFacts,
} from './types';

export function describeRequirement(r: Requirement): string {
  switch (r.kind) {
    case 'level': {
      const level = LEVEL_LABELS[r.dimension][r.minLevel] ?? r.minLevel;
      const fields = r.fields?.length ? ` (chuyên ngành: ${r.fields.join(', ')})` : '';
      const onboarding = r.withinMonthsOfAppointment
        ? ` (trong ${r.withinMonthsOfAppointment} tháng kể từ ngày nhận chức vụ)`
        : '';
      return `${DIMENSION_LABELS[r.dimension]}: ${level} trở lên${fields}${onboarding}`;
    }
    case 'anyOf':
      return r.options.map(describeRequirement).join(' hoặc ');
    case 'serviceYears':
      return `Thời gian công tác từ ${r.minYears} năm trở lên`;
    case 'fullTerm':
      return `Đủ tuổi công tác trọn ${r.months} tháng (một nhiệm kỳ) tính đến tuổi nghỉ hưu`;
  }
}

function fieldMatches(r: Extract<Requirement, { kind: 'level' }>, major: string | null): boolean {
  if (!r.fields?.length) return true;
  const m = foldVietnamese(major ?? '');
  return r.fields.some((f) => m.includes(foldVietnamese(f)));
}

function levelStatus(
  r: Extract<Requirement, { kind: 'level' }>,
  p: PersonFacts,
  date: string,
): 'met' | 'in_progress' | 'gap' {
  const need = levelRank(r.dimension, r.minLevel);
  const relevant = p.qualifications.filter(
    (q) =>
      q.dimension === r.dimension &&
      levelRank(q.dimension, q.level) >= need &&
      fieldMatches(r, q.major) &&
      // Study that had not begun on the date does not count, not even as in progress.
      !(q.startDate && q.startDate > date && (q.endDate === null || q.endDate > date)),
  );
  if (relevant.some((q) => q.status === 'completed' && (q.endDate === null || q.endDate <= date)))
    return 'met';
  if (relevant.some((q) => q.status === 'in_progress' || (q.endDate !== null && q.endDate > date)))
    return 'in_progress';
  return 'gap';
}

/**
 * The end of a level requirement's grace on the date, if it is in one: the difficult-area grace
 * (from the unit's creation) or the onboarding window (from `postStart`, the day the person took up
 * the post); the later one when both run.
 */
export function graceEnd(
  r: Extract<Requirement, { kind: 'level' }>,
  p: PersonFacts,
  u: UnitFacts,
  date: string,
  postStart?: string,
): string | null {
  let end: string | null = null;
  if (r.graceMonths && (u.difficultArea || p.ethnicMinority)) {
    const e = addMonths(u.validFrom, r.graceMonths);
    if (date < e) end = e;
  }
  if (r.withinMonthsOfAppointment && postStart) {
    const e = addMonths(postStart, r.withinMonthsOfAppointment);
    if (date < e && (end === null || e > end)) end = e;
  }
  return end;
}

/**
 * Status of one requirement; `fullTerm` needs the appointment date (the gate passes it as `date`).
 * `postStart`: when the person took up the post (onboarding windows run from it).
 */
export function requirementStatus(
  r: Requirement,
  p: PersonFacts,
  u: UnitFacts,
  date: string,
  postStart?: string,
): RequirementStatus {
  switch (r.kind) {
    case 'level': {
      const s = levelStatus(r, p, date);
      if (s !== 'met' && graceEnd(r, p, u, date, postStart)) return 'grace';
      return s;
    }
    case 'anyOf': {
      const all = r.options.map((o) => requirementStatus(o, p, u, date, postStart));
      if (all.includes('met')) return 'met';
      if (all.includes('grace')) return 'grace';
      return all.includes('in_progress') ? 'in_progress' : 'gap';
    }
    case 'serviceYears':
      return p.serviceStart && yearsBetween(p.serviceStart, date) >= r.minYears ? 'met' : 'gap';
    case 'fullTerm':
      return monthsBetween(date, retirementDate(p.birthDate, p.gender)) >= r.months ? 'met' : 'gap';
  }
}

function closesWith(r: Requirement): Gap['closesWith'] {
  if (r.kind === 'level') return { dimension: r.dimension, level: r.minLevel };
  if (r.kind === 'anyOf') return r.options.map(closesWith).find((c) => c !== null) ?? null;
  return null;
}

/**
 * Compliance of a person with a set on a date. `fullTerm` requirements are conditions of the
 * appointment (the gate checks them), so they never enter the compliance status.
 */
export function evaluate(
  set: StandardSet,
  p: PersonFacts,
  u: UnitFacts,
  date: string,
  postStart?: string,
): Evaluation {
  const gaps: Gap[] = [];
  let worst: Evaluation['status'] = 'meets';
  for (const r of set.requirements) {
    if (r.kind === 'fullTerm') continue;
    const s = requirementStatus(r, p, u, date, postStart);
    if (s === 'met') continue;
    const gap: Gap = {
      requirementId: r.id,
      requirement: describeRequirement(r),
      legalBasis: set.legalBasis,
      closesWith: closesWith(r),
    };
    if (s === 'grace' && r.kind === 'level') {
      const end = graceEnd(r, p, u, date, postStart);
      if (end) gap.graceUntil = end;
    }
    gaps.push(gap);
    if (s === 'gap') worst = 'gap';
    else if (s === 'in_progress' && worst === 'meets') worst = 'in_progress';
  }
  return { status: worst, gaps };
}
