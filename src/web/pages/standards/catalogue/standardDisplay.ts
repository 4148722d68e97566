/**
 * Pure rules of how the catalogue shows a standard set: which version an officer reads first,
 * each version's state on a day, its window as people write it, and the search.
 */
import { foldVietnamese } from '../../../../core/text/fold';
import { lastDayOf } from '../../../lib/records';
import type { StandardSetDto, StandardVersionDto } from './catalogueApi';

/** In force today, starting later, or over. */
export type VersionState = 'inForce' | 'upcoming' | 'past';

export function versionState(v: StandardVersionDto, today: string): VersionState {
  if (v.inForce) return 'inForce';
  return v.validFrom > today ? 'upcoming' : 'past';
}

/**
 * The version the list shows for a set: the one in force, else the next one to start, else the
 * last one (a set no longer applied). Undefined for a set without versions.
 */
export function shownVersion(set: StandardSetDto, today: string): StandardVersionDto | undefined {
  const inForce = set.versions.find((v) => v.inForce);
  if (inForce) return inForce;
  const upcoming = set.versions.find((v) => v.validFrom > today);
  return upcoming ?? set.versions.at(-1);
}

/** Versions newest first: what starts next on top, then the one in force, then history. */
export function versionsNewestFirst(set: StandardSetDto): StandardVersionDto[] {
  return [...set.versions].sort((a, b) =>
    a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0,
  );
}

/** The window as written: first day and last day (inclusive), null when open-ended. */
export function validityWindow(v: Pick<StandardVersionDto, 'validFrom' | 'validTo'>): {
  from: string;
  lastDay: string | null;
} {
  return { from: v.validFrom, lastDay: lastDayOf(v.validTo) };
}

/** Names of posts by code; an unknown code shows as itself. */
export function postNames(codes: readonly string[], nameOf: ReadonlyMap<string, string>): string[] {
  return codes.map((c) => nameOf.get(c) ?? c);
}

/**
 * Diacritics- and case-insensitive match on the set's code and name, the posts its versions apply
 * to (codes and names) and the legal basis numbers: "bi thu xa" finds "Bí thư Đảng ủy xã".
 */
export function matchesSearch(
  set: StandardSetDto,
  foldedQuery: string,
  nameOf: ReadonlyMap<string, string>,
): boolean {
  if (foldedQuery === '') return true;
  const parts = [set.code, set.name];
  for (const v of set.versions) {
    parts.push(v.legalBasis.number, ...v.appliesTo.positions, ...postNames(v.appliesTo.positions, nameOf));
  }
  const hay = foldVietnamese(parts.join(' '));
  return foldedQuery
    .split(' ')
    .filter((w) => w !== '')
    .every((word) => hay.includes(word));
}

/** A change in a count as people read it: "+12", "−3" (a true minus sign), "0". */
export function signedCount(n: number, format: (n: number) => string): string {
  if (n > 0) return `+${format(n)}`;
  if (n < 0) return `−${format(-n)}`;
  return '0';
}

/** Moves worth showing (from ≠ to, count > 0), the largest first. */
export function sortedMoves<M extends { from: string; to: string; count: number }>(moves: readonly M[]): M[] {
  return moves.filter((m) => m.from !== m.to && m.count > 0).sort((a, b) => b.count - a.count);
}
