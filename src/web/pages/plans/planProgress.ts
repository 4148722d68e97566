/** Figures for the progress tab: the overall sentence and the per-target percentage. */
import type { PlanProgress } from './plansApi';

export interface ProgressTotals {
  /** People counted towards the targets, each target capped at its own figure. */
  achieved: number;
  target: number;
  /** achieved / target × 100, one decimal; null when there is no target. */
  percent: number | null;
}

/**
 * "Đến ngày … đạt 12/40 người (30,0%)": over-achieving one target does not hide another one that
 * is behind, so each target counts at most its own figure.
 */
export function progressTotals(p: Pick<PlanProgress, 'targets'>): ProgressTotals {
  let achieved = 0;
  let target = 0;
  for (const t of p.targets) {
    target += t.persons;
    achieved += Math.min(t.actualPersons, t.persons);
  }
  return { achieved, target, percent: target > 0 ? Math.round((achieved / target) * 1000) / 10 : null };
}

const percentFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 30 → "30,0%". */
export function formatPercent(p: number | null | undefined): string {
  return p === null || p === undefined ? '—' : `${percentFormat.format(p)}%`;
}

/** The bar's status: done at 100%, behind (red) when the date is past the target's end. */
export function progressStatus(percent: number | null, overdue: boolean): 'success' | 'exception' | 'normal' {
  if (percent !== null && percent >= 100) return 'success';
  return overdue ? 'exception' : 'normal';
}
