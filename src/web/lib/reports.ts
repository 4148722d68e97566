import { type Dimension, LEVELS } from '../../core/catalog/levels';
import type { QualificationReport } from '../api/endpoints';
import { paths } from '../auth/paths';

/**
 * The people list behind a report figure: the people of the unit, at least at a level. For a past
 * report date the list is of that date (who worked there then, with what they had then); for today
 * it is the people at work now.
 */
export function peopleLink(unit: string | null, qualification?: string, asOf?: string): string {
  const q = new URLSearchParams();
  if (unit && unit !== '*') q.set('unit', unit);
  if (qualification) q.set('qualification', qualification);
  if (asOf) q.set('asOf', asOf);
  else q.set('status', 'active');
  return `${paths.people}?${q.toString()}`;
}

/** Persons counted at `level` or above in a dimension. */
export function atLeast(report: QualificationReport, dimension: Dimension, level: string): number {
  const levels = LEVELS[dimension];
  const from = levels.indexOf(level);
  if (from < 0) return 0;
  return levels.slice(from).reduce((s, l) => s + (report.byDimension[dimension]?.[l] ?? 0), 0);
}
