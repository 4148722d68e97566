/** Helpers of the training report: row labels and which funding sources get a column. */
import { type Dimension, LEVEL_LABELS } from '../../../core/catalog/levels';
import { FUNDING_SOURCES, type FundingSource } from './trainingApi';

/** The qualification dimension a content type awards, to name its levels. */
const DIMENSION_OF: Record<string, Dimension> = {
  political_theory: 'politicalTheory',
  state_management: 'stateManagement',
  leadership: 'leadership',
  defence_security: 'defenceSecurity',
  degree: 'professional',
  digital: 'it',
};

/** "trung_cap" of political theory → "Trung cấp"; an unknown level stays as it is; null → "". */
export function levelText(contentType: string, level: string | null): string {
  if (!level) return '';
  const d = DIMENSION_OF[contentType];
  if (d && LEVEL_LABELS[d][level]) return LEVEL_LABELS[d][level] ?? level;
  for (const labels of Object.values(LEVEL_LABELS)) if (labels[level]) return labels[level] ?? level;
  return level;
}

/** "activity:coaching" → ["activity", "coaching"]; a content type → ["content", type]. */
export function rowKind(contentType: string): ['activity' | 'content', string] {
  return contentType.startsWith('activity:') ? ['activity', contentType.slice(9)] : ['content', contentType];
}

/** Funding sources with money in the totals, in the official order (empty columns are left out). */
export function costColumns(totals: Readonly<Record<string, number>>): FundingSource[] {
  return FUNDING_SOURCES.filter((f) => (totals[f] ?? 0) > 0);
}

export function costSum(cost: Readonly<Record<string, number>>): number {
  return Object.values(cost).reduce((s, x) => s + x, 0);
}
