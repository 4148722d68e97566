import { describe, expect, it } from 'vitest';
import { costColumns, costSum, levelText, rowKind } from './reportRows';

describe('training report rows', () => {
  it('names levels by the dimension the content type awards', () => {
    expect(levelText('political_theory', 'trung_cap')).toBe('Trung cấp');
    expect(levelText('state_management', 'chuyen_vien_chinh')).toBe('Chuyên viên chính');
    expect(levelText('degree', 'thac_si')).toBe('Thạc sĩ');
    expect(levelText('other', 'dt3')).toBe('Đối tượng 3');
    expect(levelText('other', 'x')).toBe('x');
    expect(levelText('job_position', null)).toBe('');
  });
  it('tells activities from content types', () => {
    expect(rowKind('activity:coaching')).toEqual(['activity', 'coaching']);
    expect(rowKind('leadership')).toEqual(['content', 'leadership']);
  });
  it('keeps only funding sources with money, in order, and sums them', () => {
    expect(costColumns({ personal: 5, central: 0, local: 10 })).toEqual(['local', 'personal']);
    expect(costSum({ local: 10, personal: 5 })).toBe(15);
  });
});
