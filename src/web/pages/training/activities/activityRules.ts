/** Pure helpers of the "Hoạt động bồi dưỡng khác" page: URL filters and the form's body. */
import { isoDate } from '../../../../core/contracts/common';

export interface ActivityFilters {
  unit: string | null;
  from: string;
  to: string;
}

const valid = (v: string | null) => (v && isoDate.safeParse(v).success ? v : null);

/** Unit and period from the URL; the period defaults to 1 January of this year up to today. */
export function activityFilters(params: URLSearchParams, today: string): ActivityFilters {
  return {
    unit: params.get('unit')?.trim() || null,
    from: valid(params.get('from')) ?? `${today.slice(0, 4)}-01-01`,
    to: valid(params.get('to')) ?? today,
  };
}

const FIELDS = ['kind', 'unitCode', 'personId', 'title', 'date', 'hours', 'participants', 'note'] as const;
export const ACTIVITY_FIELDS: readonly string[] = FIELDS;

/** Text fields the schema requires: sent as '' when empty, so its own "Vui lòng…" message shows. */
const REQUIRED_TEXT = new Set<string>(['unitCode', 'title', 'date']);

/**
 * Form values → the API body: strings trimmed, empty optional fields left out (the schema is
 * strict and `personId`/`note` are optional, not nullable).
 */
export function activityValues(v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of FIELDS) {
    const x = typeof v[k] === 'string' ? (v[k] as string).trim() : v[k];
    if (x === '' || x === null || x === undefined) {
      if (REQUIRED_TEXT.has(k)) out[k] = '';
      continue;
    }
    out[k] = x;
  }
  return out;
}

/** Sums shown under the list. */
export function activityTotals(items: readonly { hours: number; participants: number }[]) {
  let hours = 0;
  let participants = 0;
  for (const a of items) {
    hours += a.hours;
    participants += a.participants;
  }
  return { count: items.length, hours: Math.round(hours * 10) / 10, participants };
}
