/**
 * The version form's values and how they become the API body (standardVersionBody) and back.
 * Requirement rows keep their ids; new rows get the next free "r<n>". Dates are typed as people
 * write them: "đến ngày" is the last day in force, the API's validTo is the day after.
 */
import { addDays } from '../../../../core/catalog/dates';
import type { Dimension } from '../../../../core/catalog/levels';
import type { Requirement } from '../../../../core/standards/types';
import { endAfter, lastDayOf } from '../../../lib/records';
import type { StandardSetDto, StandardVersionDto } from './catalogueApi';

export const REQUIREMENT_KINDS = ['level', 'serviceYears', 'fullTerm', 'anyOf'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];
/** What an option of "one of the requirements" may be. */
export const OPTION_KINDS = ['level', 'serviceYears'] as const;
export type OptionKind = (typeof OPTION_KINDS)[number];

/** One option of an any-of group, as the form holds it. */
export interface OptionRow {
  id?: string | undefined;
  kind: OptionKind;
  dimension?: Dimension | undefined;
  minLevel?: string | undefined;
  fields?: string[] | undefined;
  graceMonths?: number | null | undefined;
  withinMonthsOfAppointment?: number | null | undefined;
  minYears?: number | null | undefined;
}

/** One requirement row: the fields of its kind are used, the others ignored. */
export interface RequirementRow extends Omit<OptionRow, 'kind'> {
  kind: RequirementKind;
  months?: number | null | undefined;
  options?: OptionRow[] | undefined;
}

export interface VersionFormValues {
  /** Only when creating a set. */
  code?: string;
  name?: string;
  validFrom: string | null;
  /** Last day in force (inclusive), or null when open-ended. */
  lastDay: string | null;
  legalBasis: { number: string; title: string; date: string | null };
  appliesTo: { positions: string[]; groups: string[]; unitKinds: string[]; areaClasses: string[] };
  requirements: RequirementRow[];
  note: string;
}

/* ------------------------------------------------------------------ ids */

/** The next "r<n>" after the highest one used (ids of removed rows are not handed out again here). */
export function nextRequirementId(used: Iterable<string | undefined>): string {
  let max = 0;
  for (const id of used) {
    const m = id ? /^r(\d+)$/.exec(id) : null;
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `r${max + 1}`;
}

/** Every id in the rows, options included. */
export function requirementIds(rows: readonly (RequirementRow | undefined)[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    if (!r) continue;
    if (r.id) out.push(r.id);
    for (const o of r.options ?? []) if (o?.id) out.push(o.id);
  }
  return out;
}

/** Gives every row and option without an id the next free one, in reading order. */
export function withIds(rows: readonly RequirementRow[]): RequirementRow[] {
  const used = requirementIds(rows);
  const take = () => {
    const id = nextRequirementId(used);
    used.push(id);
    return id;
  };
  return rows.map((r) => ({
    ...r,
    id: r.id?.trim() ? r.id : take(),
    ...(r.options ? { options: r.options.map((o) => ({ ...o, id: o.id?.trim() ? o.id : take() })) } : {}),
  }));
}

/* ------------------------------------------------------- rows ↔ requirements */

export function requirementToRow(r: Requirement): RequirementRow {
  switch (r.kind) {
    case 'level':
      return {
        id: r.id,
        kind: 'level',
        dimension: r.dimension,
        minLevel: r.minLevel,
        fields: r.fields ?? [],
        graceMonths: r.graceMonths ?? null,
        withinMonthsOfAppointment: r.withinMonthsOfAppointment ?? null,
      };
    case 'serviceYears':
      return { id: r.id, kind: 'serviceYears', minYears: r.minYears };
    case 'fullTerm':
      return { id: r.id, kind: 'fullTerm', months: r.months };
    case 'anyOf':
      return {
        id: r.id,
        kind: 'anyOf',
        options: r.options.map((o) => {
          const row = requirementToRow(o);
          // Only levels and years are options (contracts); anything else is shown as a level to fix.
          return { ...row, kind: row.kind === 'serviceYears' ? 'serviceYears' : 'level' } as OptionRow;
        }),
      };
  }
}

const num = (v: number | null | undefined): number | undefined => (typeof v === 'number' ? v : undefined);

/** The body of one row for the schema (not yet checked): only the fields of its kind. */
export function rowToRequirement(row: RequirementRow | OptionRow): Record<string, unknown> {
  const base = { kind: row.kind, id: row.id ?? '' };
  switch (row.kind) {
    case 'level': {
      const fields = (row.fields ?? []).map((f) => f.trim()).filter((f) => f !== '');
      const graceMonths = num(row.graceMonths);
      const within = num(row.withinMonthsOfAppointment);
      return {
        ...base,
        dimension: row.dimension,
        minLevel: row.minLevel ?? '',
        ...(fields.length ? { fields } : {}),
        ...(graceMonths !== undefined ? { graceMonths } : {}),
        ...(within !== undefined ? { withinMonthsOfAppointment: within } : {}),
      };
    }
    case 'serviceYears':
      return { ...base, minYears: num(row.minYears) };
    case 'fullTerm':
      return { ...base, months: num((row as RequirementRow).months) };
    case 'anyOf':
      return { ...base, options: ((row as RequirementRow).options ?? []).map(rowToRequirement) };
  }
}

/* -------------------------------------------------------- version ↔ values */

export function versionToValues(v: StandardVersionDto): VersionFormValues {
  return {
    validFrom: v.validFrom,
    lastDay: lastDayOf(v.validTo),
    legalBasis: { number: v.legalBasis.number, title: v.legalBasis.title, date: v.legalBasis.date },
    appliesTo: {
      positions: [...v.appliesTo.positions],
      groups: [...(v.appliesTo.groups ?? [])],
      unitKinds: [...(v.appliesTo.unitKinds ?? [])],
      areaClasses: [...(v.appliesTo.areaClasses ?? [])],
    },
    requirements: v.requirements.map(requirementToRow),
    note: v.note ?? '',
  };
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The form's values (as antd holds them, possibly partial) → the version body to check. */
export function valuesToBody(values: Partial<VersionFormValues>): Record<string, unknown> {
  const lb = values.legalBasis;
  const at = values.appliesTo;
  const note = text(values.note).trim();
  return {
    validFrom: values.validFrom ?? '',
    validTo: endAfter(values.lastDay),
    legalBasis: { number: text(lb?.number), title: text(lb?.title), date: lb?.date ?? null },
    appliesTo: {
      positions: list(at?.positions),
      groups: list(at?.groups),
      unitKinds: list(at?.unitKinds),
      areaClasses: list(at?.areaClasses),
    },
    requirements: withIds((values.requirements ?? []).filter((r): r is RequirementRow => !!r)).map(
      rowToRequirement,
    ),
    note: note === '' ? null : note,
  };
}

/** A set-creating form's values → standardSetCreateBody input. */
export function valuesToCreateBody(values: Partial<VersionFormValues>): Record<string, unknown> {
  return {
    code: text(values.code).trim().toUpperCase(),
    name: text(values.name),
    version: valuesToBody(values),
  };
}

/* ------------------------------------------------------------ defaults */

/** The version a new one is drafted from: the one in force, else the latest. */
export function baseVersion(set: StandardSetDto): StandardVersionDto | undefined {
  return set.versions.find((v) => v.inForce) ?? set.versions.at(-1);
}

/**
 * A new version of a set, drafted from the one in force: same posts and requirements (ids kept),
 * starting tomorrow, or the day after the latest version starts when that is later (a new
 * version cannot start on the same day). The legal basis and note are left to fill in: a new
 * version needs its own document.
 */
export function nextVersionValues(set: StandardSetDto, today: string): VersionFormValues {
  const base = baseVersion(set);
  const latest = set.versions.at(-1);
  const tomorrow = addDays(today, 1);
  const afterLatest = latest ? addDays(latest.validFrom, 1) : tomorrow;
  const validFrom = afterLatest > tomorrow ? afterLatest : tomorrow;
  const draft = base ? versionToValues(base) : emptyVersionValues(validFrom);
  return {
    ...draft,
    validFrom,
    lastDay: null,
    legalBasis: { number: '', title: '', date: null },
    note: '',
  };
}

/** A blank first version (new set): one minimum-level row to start from. */
export function emptyVersionValues(validFrom: string | null): VersionFormValues {
  return {
    validFrom,
    lastDay: null,
    legalBasis: { number: '', title: '', date: null },
    appliesTo: { positions: [], groups: [], unitKinds: [], areaClasses: [] },
    requirements: [{ id: 'r1', kind: 'level', fields: [], graceMonths: null }],
    note: '',
  };
}

/* ----------------------------------------------------------- error paths */

export type NamePath = (string | number)[];

/**
 * A schema or server path → the form field it belongs to: the "version" wrapper of the create and
 * update bodies is dropped, validTo is typed as lastDay, numeric segments are list indexes.
 */
export function fieldPathOf(path: readonly PropertyKey[] | string): NamePath {
  const parts: (string | number)[] = (typeof path === 'string' ? path.split('.') : [...path]).map((p) =>
    typeof p === 'number' ? p : /^\d+$/.test(String(p)) ? Number(p) : String(p),
  );
  if (parts[0] === 'version') parts.shift();
  if (parts[0] === 'validTo') parts[0] = 'lastDay';
  return parts;
}

export const samePath = (a: NamePath, b: NamePath) => a.length === b.length && a.every((p, i) => p === b[i]);

/** Paths with a field (or list) of their own in the form; other problems are shown as a message. */
const TOP_FIELDS = [
  'code',
  'name',
  'validFrom',
  'lastDay',
  'legalBasis',
  'appliesTo',
  'requirements',
  'note',
];

export function isFormPath(p: NamePath): boolean {
  return p.length > 0 && TOP_FIELDS.includes(String(p[0]));
}
