/**
 * Retirement age as data (Bộ luật Lao động 2019 art. 169; Nghị định 135/2020/NĐ-CP) [C]:
 * men 60 years 3 months in 2021, +3 months a year up to 62 (2028); women 55 years 4 months in 2021,
 * +4 months a year up to 60 (2035). Before 2021: 60 and 55. Shipped as a schedule so a change of law
 * is a data change.
 */
import type { Gender } from '../catalog/enums';

export interface RetirementSchedule {
  gender: Gender;
  /** Age in months before `fromYear`. */
  baseMonths: number;
  fromYear: number;
  /** Age in months in `fromYear`. */
  firstMonths: number;
  stepMonthsPerYear: number;
  capMonths: number;
  legalBasis: string;
}

export const RETIREMENT_SCHEDULES: readonly RetirementSchedule[] = [
  {
    gender: 'male',
    baseMonths: 60 * 12,
    fromYear: 2021,
    firstMonths: 60 * 12 + 3,
    stepMonthsPerYear: 3,
    capMonths: 62 * 12,
    legalBasis: 'Bộ luật Lao động 2019, Điều 169; Nghị định 135/2020/NĐ-CP',
  },
  {
    gender: 'female',
    baseMonths: 55 * 12,
    fromYear: 2021,
    firstMonths: 55 * 12 + 4,
    stepMonthsPerYear: 4,
    capMonths: 60 * 12,
    legalBasis: 'Bộ luật Lao động 2019, Điều 169; Nghị định 135/2020/NĐ-CP',
  },
];

/** Retirement age (in months) that applies to people reaching it in `year`. */
export function retirementAgeMonths(s: RetirementSchedule, year: number): number {
  if (year < s.fromYear) return s.baseMonths;
  return Math.min(s.capMonths, s.firstMonths + (year - s.fromYear) * s.stepMonthsPerYear);
}

export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total % 12;
  // Clamp to the month's last day (born 31/01 + 1 month → 28/29 February).
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The day a person reaches retirement age: the first year Y in which their age reaches the age
 * that applies in Y.
 */
export function retirementDate(
  birthDate: string,
  gender: Gender,
  schedules: readonly RetirementSchedule[] = RETIREMENT_SCHEDULES,
): string {
  const s = schedules.find((x) => x.gender === gender);
  if (!s) throw new Error(`no retirement schedule for ${gender}`);
  const birthYear = Number(birthDate.slice(0, 4));
  for (let year = birthYear + Math.floor(s.baseMonths / 12); year <= birthYear + 100; year++) {
    const reached = addMonths(birthDate, retirementAgeMonths(s, year));
    if (Number(reached.slice(0, 4)) <= year) return reached;
  }
  return addMonths(birthDate, s.capMonths);
}

/** Whole months between two civil dates (from ≤ to), counting a month only when completed. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}
