/** The course list's filters as they travel in the URL (invalid values are ignored). */
import { COURSE_STATUSES, type CourseFilters, type CourseStatus } from './trainingApi';

export const COURSE_FILTER_KEYS = ['q', 'year', 'status', 'programme', 'institution', 'openTo'] as const;

export function courseFilters(params: URLSearchParams): CourseFilters {
  const year = params.get('year');
  const status = params.get('status');
  const y = year && /^\d{4}$/.test(year) ? Number(year) : undefined;
  return {
    q: params.get('q')?.trim() || undefined,
    year: y !== undefined && y >= 1990 && y <= 2100 ? y : undefined,
    status:
      status && (COURSE_STATUSES as readonly string[]).includes(status)
        ? (status as CourseStatus)
        : undefined,
    programme: params.get('programme') || undefined,
    institution: params.get('institution') || undefined,
    openTo: params.get('openTo') || undefined,
  };
}

/** Years offered in the filter: from five years back to next year, newest first. */
export function yearOptions(thisYear: number): number[] {
  const out: number[] = [];
  for (let y = thisYear + 1; y >= thisYear - 5; y--) out.push(y);
  return out;
}
