/**
 * Natural keys: how a row of the file finds "the same" stored record, so re-importing a file
 * updates or leaves records instead of duplicating them.
 * - person: CCCD; unit: code (unique columns);
 * - assignment: person + unit + post + start date ("Từ ngày");
 * - qualification: person + dimension + level + start date, plus the language for the two
 *   language dimensions (Bậc 3 English and Bậc 3 French are two records). Status, end date,
 *   major, institution and certificate are *facts about* the record, so "Đang học" becoming
 *   "Đã hoàn thành" with an end date updates it;
 * - evaluation: person + year (a unique index).
 * `who` is the CCCD while checking the file and the person id when comparing with the database.
 */
import { foldVietnamese } from '../../../core/text/fold';

const LANGUAGE_DIMENSIONS: ReadonlySet<string> = new Set(['foreignLanguage', 'ethnicLanguage']);

export function isLanguageDimension(dimension: string): boolean {
  return LANGUAGE_DIMENSIONS.has(dimension);
}

export function assignmentKey(
  who: string | number,
  unit: string | number,
  post: string | number,
  from: string,
) {
  return `${who}|${unit}|${post}|${from}`;
}

export function qualificationKey(
  who: string | number,
  q: { dimension: string; level: string; startDate: string | null; language: string | null },
) {
  const language = isLanguageDimension(q.dimension) ? foldVietnamese(q.language ?? '') : '';
  return `${who}|${q.dimension}|${q.level}|${q.startDate ?? ''}|${language}`;
}

export function evaluationKey(who: string | number, year: number) {
  return `${who}|${year}`;
}
