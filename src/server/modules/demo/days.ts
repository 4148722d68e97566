/**
 * Civil dates as whole days since 1970-01-01 (UTC). The generators do arithmetic on millions of
 * dates; integers compare and add cheaply, and ISO strings are made once per day and cached.
 */
const MS_PER_DAY = 86_400_000;

export type Day = number;

export function dayOf(year: number, month: number, date: number): Day {
  return Math.floor(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

export function parseDay(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) throw new Error(`not an ISO date: ${iso}`);
  return dayOf(y, m, d);
}

// Days 1900-01-01 … 2100-12-31 cover every date the generators produce.
const FIRST = dayOf(1900, 1, 1);
const LAST = dayOf(2100, 12, 31);
const isoCache: (string | undefined)[] = new Array(LAST - FIRST + 1);
const yearCache = new Int16Array(LAST - FIRST + 1);

export function isoOf(day: Day): string {
  if (day < FIRST || day > LAST) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  const cached = isoCache[day - FIRST];
  if (cached) return cached;
  const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  isoCache[day - FIRST] = iso;
  return iso;
}

export function yearOf(day: Day): number {
  if (day < FIRST || day > LAST) return new Date(day * MS_PER_DAY).getUTCFullYear();
  const i = day - FIRST;
  const cached = yearCache[i] ?? 0;
  if (cached !== 0) return cached;
  const year = new Date(day * MS_PER_DAY).getUTCFullYear();
  yearCache[i] = year;
  return year;
}

/** Approximate: good for spacing careers and courses, not for legal deadlines. */
export function addYears(day: Day, years: number): Day {
  return day + Math.round(years * 365.25);
}

export function addMonths(day: Day, months: number): Day {
  const d = new Date(day * MS_PER_DAY);
  return dayOf(d.getUTCFullYear(), d.getUTCMonth() + 1 + months, d.getUTCDate());
}

/** The day the 2025 reform took effect: districts abolished, communes merged. */
export const REFORM_DAY = dayOf(2025, 7, 1);
/** "Since before our records": the schema's default valid_from. */
export const BEGINNING = dayOf(1900, 1, 1);
/**
 * The date the generated histories are written as of. Fixed (not today) so a seed always gives
 * the same data; derived columns are still computed for the real today.
 */
export const DATA_AS_OF = dayOf(2026, 9, 30);
