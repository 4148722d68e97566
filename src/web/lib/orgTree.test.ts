import { describe, expect, it } from 'vitest';
import type { TreeNode } from '../../core/contracts/org';
import { ancestorsOf, indexTree, searchTree, subtreeCodes } from './orgTree';

const node = (code: string, name: string, parentCode: string | null, people: number): TreeNode => ({
  code,
  name,
  kind: parentCode ? 'commune' : 'province',
  tree: 'state',
  parentCode,
  officialCode: null,
  areaClass: null,
  difficultArea: false,
  validFrom: '2000-01-01',
  validTo: null,
  mergedInto: null,
  people,
});

const nodes = [
  node('T', 'Tỉnh Tuyên Quang', null, 5),
  node('X2', 'Xã Đông Thọ', 'T', 7),
  node('X1', 'Xã An Tường', 'T', 3),
  node('P1', 'Phòng Nội vụ', 'X1', 2),
];

describe('organisation tree on a date', () => {
  it('sums people over subtrees and sorts siblings in Vietnamese order', () => {
    const index = indexTree(nodes);
    expect(index.subtree.get('T')).toBe(17);
    expect(index.subtree.get('X1')).toBe(5);
    expect(index.descendants.get('T')).toBe(3);
    expect(index.children.get('T')?.map((n) => n.name)).toEqual(['Xã An Tường', 'Xã Đông Thọ']);
    expect(ancestorsOf(index, 'P1')).toEqual(['T', 'X1']);
    expect([...subtreeCodes(index, 'X1')].sort()).toEqual(['P1', 'X1']);
  });

  it('finds units without diacritics and keeps their ancestors visible', () => {
    const index = indexTree(nodes);
    const found = searchTree(index, 'dong tho');
    expect(found && [...found.matches]).toEqual(['X2']);
    expect(found && [...found.visible].sort()).toEqual(['T', 'X2']);
    expect(searchTree(index, '  ')).toBeNull();
  });
});
