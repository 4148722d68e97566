import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type ParamPatch = Record<string, string | number | null | undefined>;

/**
 * List filters live in the URL (ui.md), so a filtered list can be bookmarked, shared and
 * restored with the Back button. Changing a filter sends the user back to page 1.
 */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (patch: ParamPatch, options: { keepPage?: boolean } = {}) => {
      // Start from the address bar, not from `prev`: React Router hands the functional update the
      // params of the last render, so two changes in a row (pick a unit, then a date, before the
      // page re-rendered) lost the first one. history.pushState has already run for the first.
      setParams(() => {
        const next = new URLSearchParams(window.location.search);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === null || v === '') next.delete(k);
          else next.set(k, String(v));
        }
        if (!options.keepPage && !('page' in patch)) next.delete('page');
        return next;
      });
    },
    [setParams],
  );
  return [params, update] as const;
}

/** A positive integer parameter within bounds, or the fallback. */
export function intParam(params: URLSearchParams, name: string, fallback: number, max = 10_000): number {
  const raw = params.get(name);
  if (!raw || !/^\d+$/.test(raw)) return fallback;
  const n = Number.parseInt(raw, 10);
  return n >= 1 && n <= max ? n : fallback;
}

export const PAGE_SIZES = [20, 50, 100, 200];
