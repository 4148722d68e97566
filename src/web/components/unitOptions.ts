import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import type { UnitOption } from '../../core/contracts/org';
import { api } from '../api/endpoints';
import { buildUnitTree, type UnitTreeNode } from '../lib/unitTree';

/** Every unit the user may pick (loaded once), for looking up a unit's name and kind. */
export function useAllUnits() {
  return useQuery({
    queryKey: ['org', 'units', ''],
    queryFn: ({ signal }) => api.org.units(undefined, signal),
    staleTime: 5 * 60_000,
  });
}

/**
 * The unit tree for pickers: the whole list loaded once; while the user types, the server is also
 * asked, so units beyond what was loaded are found.
 */
export function useUnitTreeData(
  search: string,
  known: readonly { code: string; name: string }[] = [],
  filter?: (u: UnitOption) => boolean,
) {
  const deferred = useDeferredValue(search.trim());
  const all = useAllUnits();
  const found = useQuery({
    queryKey: ['org', 'units', deferred],
    queryFn: ({ signal }) => api.org.units(deferred, signal),
    enabled: deferred.length >= 2,
    staleTime: 60_000,
  });
  const treeData = useMemo<UnitTreeNode[]>(() => {
    let units: UnitOption[] = [...(all.data ?? []), ...(found.data ?? [])];
    if (filter) units = units.filter(filter);
    const codes = new Set(units.map((u) => u.code));
    for (const k of known) {
      if (!codes.has(k.code)) units.push({ code: k.code, name: k.name, kind: '', parentCode: null });
    }
    return buildUnitTree(units);
  }, [all.data, found.data, known, filter]);
  return { treeData, loading: all.isLoading || found.isFetching, units: all.data };
}
