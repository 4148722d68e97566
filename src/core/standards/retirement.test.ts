import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, monthsBetween, retirementDate } from './retirement';

describe('retirement age schedule (Nghị định 135/2020)', () => {
  it('men: 60 before 2021, 60y3m in 2021, rising 3 months a year to 62', () => {
    expect(retirementDate('1960-01-15', 'male')).toBe('2020-01-15');
    expect(retirementDate('1961-01-15', 'male')).toBe('2021-04-15');
    expect(retirementDate('1962-01-15', 'male')).toBe('2022-07-15');
    expect(retirementDate('1970-05-01', 'male')).toBe('2032-05-01');
  });

  it('women: 55y4m in 2021, rising 4 months a year to 60 in 2035', () => {
    expect(retirementDate('1965-12-01', 'female')).toBe('2020-12-01');
    expect(retirementDate('1966-01-10', 'female')).toBe('2021-05-10');
    // In 2034 the age is 59y8m, which she reaches on 01/11/2034, before 60 applies in 2035.
    expect(retirementDate('1975-03-01', 'female')).toBe('2034-11-01');
    expect(retirementDate('1980-03-01', 'female')).toBe('2040-03-01');
  });

  it('never goes below the old age nor above the cap, and moves forward with the birth date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 1995 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('male' as const, 'female' as const),
        (y, m, g) => {
          const birth = `${y}-${String(m).padStart(2, '0')}-15`;
          const age = monthsBetween(birth, retirementDate(birth, g));
          const [lo, hi] = g === 'male' ? [720, 744] : [660, 720];
          expect(age).toBeGreaterThanOrEqual(lo);
          expect(age).toBeLessThanOrEqual(hi);
          const later = `${y + 1}-${String(m).padStart(2, '0')}-15`;
          expect(retirementDate(later, g) > retirementDate(birth, g)).toBe(true);
        },
      ),
    );
  });

  it('adds months and clamps to the end of short months', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(monthsBetween('2020-01-15', '2025-01-14')).toBe(59);
    expect(monthsBetween('2020-01-15', '2025-01-15')).toBe(60);
  });
});
