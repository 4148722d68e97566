import { describe, expect, it } from 'vitest';
import { buildUnitTree } from './unitTree';

describe('buildUnitTree', () => {
  it('nests units under their parents and sorts siblings in Vietnamese order', () => {
    const tree = buildUnitTree([
      { code: 'X2', name: 'Xã Đông Thọ', kind: 'xa', parentCode: 'T' },
      { code: 'T', name: 'Tỉnh Tuyên Quang', kind: 'tinh', parentCode: null },
      { code: 'X1', name: 'Xã An Tường', kind: 'xa', parentCode: 'T' },
      { code: 'X1', name: 'Xã An Tường', kind: 'xa', parentCode: 'T' },
    ]);
    expect(tree.map((n) => n.value)).toEqual(['T']);
    expect(tree[0]?.children.map((n) => n.title)).toEqual(['Xã An Tường', 'Xã Đông Thọ']);
    expect(tree[0]?.children[1]?.search).toBe('xa dong tho x2');
  });

  it('keeps a unit whose parent is not loaded as a root', () => {
    const tree = buildUnitTree([{ code: 'S1', name: 'Sở Nội vụ', kind: 'so', parentCode: 'MISSING' }]);
    expect(tree.map((n) => n.value)).toEqual(['S1']);
  });
});
