/**
 * The mandatory annual refresher minimum (issue 6 item 5): every person of the rule's categories
 * should complete at least `periods` tiết of bồi dưỡng per year. Courses count by their
 * programme's duration converted to tiết (a day = 8 tiết, a week = 5 days = 40 tiết); training
 * activities count by their hours (1 hour = 1 tiết).
 */
import { PERSON_CATEGORIES, type PersonCategory } from '../catalog/enums';

export const PERIODS_PER_DAY = 8;
export const DAYS_PER_WEEK = 5;
export const PERIODS_PER_WEEK = PERIODS_PER_DAY * DAYS_PER_WEEK;

export type DurationUnit = 'tiet' | 'day' | 'week';

/** A duration in tiết. Unknown units count as nothing rather than guessing. */
export function durationToPeriods(value: number, unit: DurationUnit | string): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  if (unit === 'tiet') return value;
  if (unit === 'day') return value * PERIODS_PER_DAY;
  if (unit === 'week') return value * PERIODS_PER_WEEK;
  return 0;
}

/** Activity hours as tiết (1 hour = 1 tiết), kept to one decimal like the stored hours. */
export function hoursToPeriods(hours: number): number {
  if (!Number.isFinite(hours) || hours <= 0) return 0;
  return Math.round(hours * 10) / 10;
}

export interface AnnualMinimumParams {
  periods: number;
  categories: PersonCategory[];
}

/** Reads stored rule params leniently: a broken row means "no minimum", never a crash. */
export function parseAnnualMinimum(params: Record<string, unknown> | null | undefined): AnnualMinimumParams {
  const periods = Number(params?.periods);
  const raw = Array.isArray(params?.categories) ? (params.categories as unknown[]) : [];
  const categories = PERSON_CATEGORIES.filter((c) => raw.includes(c));
  return { periods: Number.isInteger(periods) && periods >= 0 ? periods : 0, categories };
}

/** How many tiết are missing to reach the minimum (0 when met). */
export function missingPeriods(done: number, minimum: number): number {
  const gap = minimum - done;
  return gap > 0 ? Math.round(gap * 10) / 10 : 0;
}

export function isBelowMinimum(done: number, minimum: number): boolean {
  return missingPeriods(done, minimum) > 0;
}

/** Share of people below the minimum, in percent with one decimal (0 when nobody is counted). */
export function belowRate(below: number, people: number): number {
  if (people <= 0) return 0;
  return Math.round((below / people) * 1000) / 10;
}

/**
 * The date whose rule applies to a year: 31/12 of the year, or today for the current year
 * (a rule that starts later this year is not yet in force).
 */
export function ruleDateFor(year: number, today: string): string {
  const end = `${String(year).padStart(4, '0')}-12-31`;
  return today.slice(0, 4) === String(year).padStart(4, '0') && today < end ? today : end;
}
