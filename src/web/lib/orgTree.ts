import type { TreeNode } from '../../core/contracts/org';
import { foldText } from './format';

export interface OrgIndex {
  byCode: Map<string, TreeNode>;
  /** Children per parent code, sorted in Vietnamese order; roots under `null`. */
  children: Map<string | null, TreeNode[]>;
  /** People in the unit and everything under it, on the tree's date. */
  subtree: Map<string, number>;
  /** Number of units under each unit (all levels). */
  descendants: Map<string, number>;
}

const collator = new Intl.Collator('vi');

/** Indexes the tree of a date: children lists, subtree sums of people (client-side). */
export function indexTree(nodes: readonly TreeNode[]): OrgIndex {
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const children = new Map<string | null, TreeNode[]>();
  for (const n of nodes) {
    const parent = n.parentCode && byCode.has(n.parentCode) && n.parentCode !== n.code ? n.parentCode : null;
    const list = children.get(parent) ?? [];
    list.push(n);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => collator.compare(a.name, b.name));
  const subtree = new Map<string, number>();
  const descendants = new Map<string, number>();
  const visit = (n: TreeNode, seen: Set<string>): [number, number] => {
    const cached = subtree.get(n.code);
    if (cached !== undefined) return [cached, descendants.get(n.code) ?? 0];
    seen.add(n.code);
    let people = n.people;
    let units = 0;
    for (const c of children.get(n.code) ?? []) {
      if (seen.has(c.code)) continue;
      const [p, u] = visit(c, seen);
      people += p;
      units += u + 1;
    }
    subtree.set(n.code, people);
    descendants.set(n.code, units);
    return [people, units];
  };
  for (const n of nodes) visit(n, new Set());
  return { byCode, children, subtree, descendants };
}

/** Codes of the ancestors of a unit, root first. */
export function ancestorsOf(index: OrgIndex, code: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let cur = index.byCode.get(code)?.parentCode ?? null;
  while (cur && index.byCode.has(cur) && !seen.has(cur)) {
    seen.add(cur);
    out.unshift(cur);
    cur = index.byCode.get(cur)?.parentCode ?? null;
  }
  return out;
}

/**
 * Diacritics-insensitive search over names and codes: the matching units and their ancestors
 * (so matches show in place), or null when there is no query.
 */
export function searchTree(
  index: OrgIndex,
  query: string,
): { visible: Set<string>; matches: Set<string>; expand: Set<string> } | null {
  const q = foldText(query);
  if (!q) return null;
  const matches = new Set<string>();
  for (const n of index.byCode.values()) {
    if (foldText(`${n.name} ${n.code}`).includes(q)) matches.add(n.code);
  }
  const visible = new Set(matches);
  const expand = new Set<string>();
  for (const code of matches) {
    for (const a of ancestorsOf(index, code)) {
      visible.add(a);
      expand.add(a);
    }
  }
  return { visible, matches, expand };
}

/** Unit codes in the subtree of `code` (itself included). */
export function subtreeCodes(index: OrgIndex, code: string): Set<string> {
  const out = new Set<string>();
  const stack = [code];
  while (stack.length) {
    const c = stack.pop();
    if (c === undefined || out.has(c)) continue;
    out.add(c);
    for (const child of index.children.get(c) ?? []) stack.push(child.code);
  }
  return out;
}
