import { describe, expect, it } from 'vitest';
import { courseFilters, yearOptions } from './courseFilters';

describe('course list filters', () => {
  it('reads valid filters from the URL and drops the rest', () => {
    const f = courseFilters(new URLSearchParams('year=2026&status=open&programme=P1&openTo=X1&q=+lop+'));
    expect(f).toEqual({
      q: 'lop',
      year: 2026,
      status: 'open',
      programme: 'P1',
      institution: undefined,
      openTo: 'X1',
    });
    const bad = courseFilters(new URLSearchParams('year=20x6&status=done'));
    expect(bad.year).toBeUndefined();
    expect(bad.status).toBeUndefined();
  });
  it('offers next year back to five years ago', () => {
    expect(yearOptions(2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021]);
  });
});
