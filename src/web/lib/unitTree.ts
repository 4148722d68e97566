import type { UnitOption } from '../../core/contracts/org';
import { foldText } from './format';

export interface UnitTreeNode {
  value: string;
  title: string;
  /** Folded "name code" for diacritics-insensitive search. */
  search: string;
  children: UnitTreeNode[];
}

/** Builds the unit tree from parentCode links; a unit whose parent is not loaded becomes a root. */
export function buildUnitTree(units: readonly UnitOption[]): UnitTreeNode[] {
  const nodes = new Map<string, UnitTreeNode>();
  for (const u of units) {
    if (nodes.has(u.code)) continue;
    nodes.set(u.code, {
      value: u.code,
      title: u.name,
      search: foldText(`${u.name} ${u.code}`),
      children: [],
    });
  }
  const roots: UnitTreeNode[] = [];
  const seen = new Set<string>();
  for (const u of units) {
    if (seen.has(u.code)) continue;
    seen.add(u.code);
    const node = nodes.get(u.code);
    if (!node) continue;
    const parent = u.parentCode ? nodes.get(u.parentCode) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const collator = new Intl.Collator('vi');
  const sort = (list: UnitTreeNode[]) => {
    list.sort((a, b) => collator.compare(a.title, b.title));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}
