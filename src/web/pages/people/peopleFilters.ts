/**
 * The people list's filters as they live in the URL (ui.md: lists are bookmarkable), read back by
 * the list itself and by the nomination drawer (`cu`: the list's query string).
 */
import { GENDERS, PERSON_CATEGORIES, PERSON_STATUSES } from '../../../core/catalog/enums';
import { ETHNICITIES } from '../../../core/catalog/ethnicities';
import { DIMENSIONS, type Dimension, LEVELS } from '../../../core/catalog/levels';
import type { PeopleParams } from '../../api/endpoints';

export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function ageParam(params: URLSearchParams, name: string): number | undefined {
  const v = params.get(name);
  if (!v || !/^\d{1,3}$/.test(v)) return undefined;
  const n = Number(v);
  return n >= 16 && n <= 100 ? n : undefined;
}

/** `professional:dai_hoc` → [dimension, level] when valid. */
export function parseQualification(v: string | null): [Dimension, string] | undefined {
  if (!v) return undefined;
  const [dim, level] = v.split(',')[0]?.split(':') ?? [];
  const d = oneOf(dim ?? null, DIMENSIONS);
  if (!d || !level || !LEVELS[d].includes(level)) return undefined;
  return [d, level];
}

/** The list's filters as they are in the URL (invalid values are ignored). */
export function peopleFilters(params: URLSearchParams): PeopleParams {
  const ethnicity = params.get('ethnicity');
  const qualification = parseQualification(params.get('qualification'));
  return {
    q: params.get('q')?.trim() || undefined,
    unit: params.get('unit') || undefined,
    category: oneOf(params.get('category'), PERSON_CATEGORIES),
    position: params.get('position') || undefined,
    keyCadre: oneOf(params.get('keyCadre'), ['true', 'false']),
    gender: oneOf(params.get('gender'), GENDERS),
    ethnicity:
      ethnicity === 'minority' || (ethnicity && (ETHNICITIES as readonly string[]).includes(ethnicity))
        ? ethnicity
        : undefined,
    partyMember: oneOf(params.get('partyMember'), ['true', 'false']),
    ageMin: ageParam(params, 'ageMin'),
    ageMax: ageParam(params, 'ageMax'),
    qualification: qualification ? qualification.join(':') : undefined,
    status: oneOf(params.get('status'), PERSON_STATUSES),
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') ?? '')
      ? (params.get('asOf') ?? undefined)
      : undefined,
  };
}

/**
 * The filters as a query string ("unit=X&gender=female&ageMin=30"), empty values left out:
 * `peopleFilters(new URLSearchParams(peopleQueryString(f)))` gives `f` back.
 */
export function peopleQueryString(filters: PeopleParams): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) {
    if (k === 'page' || k === 'pageSize' || k === 'sort') continue;
    if (v !== undefined && v !== null && v !== '') out.set(k, String(v));
  }
  return out.toString();
}
