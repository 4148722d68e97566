import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compensation, LEAVE_REASONS, trainingMonths, wholeMonthsBetween } from './compensation';

describe('compensation S = F / T1 × (T1 − T2)', () => {
  it('owes the share of the committed months not served', () => {
    // F = 120 million, T1 = 36, T2 = 12 → 80 million.
    expect(compensation({ cost: 120_000_000, months: 36, served: 12, reason: 'resigned' })).toEqual({
      amount: 80_000_000,
      status: 'compensated',
    });
    expect(compensation({ cost: 100_000_000, months: 36, served: 0, reason: 'dismissed' })).toEqual({
      amount: 100_000_000,
      status: 'compensated',
    });
  });
  it('rounds to whole đồng, half up', () => {
    // 100 / 3 × 2 = 66.67 → 67; 1 / 2 × 1 = 0.5 → 1.
    expect(compensation({ cost: 100, months: 3, served: 1, reason: 'resigned' }).amount).toBe(67);
    expect(compensation({ cost: 1, months: 2, served: 1, reason: 'resigned' }).amount).toBe(1);
    expect(compensation({ cost: 10, months: 3, served: 2, reason: 'resigned' }).amount).toBe(3);
  });
  it('owes nothing once the commitment is served (and not more than F before)', () => {
    expect(compensation({ cost: 50_000_000, months: 24, served: 24, reason: 'resigned' })).toEqual({
      amount: 0,
      status: 'fulfilled',
    });
    expect(compensation({ cost: 50_000_000, months: 24, served: 40, reason: 'resigned' }).amount).toBe(0);
    expect(compensation({ cost: 50_000_000, months: 24, served: -3, reason: 'resigned' }).amount).toBe(
      50_000_000,
    );
  });
  it('owes the whole cost when the diploma is not awarded, whatever was served', () => {
    expect(compensation({ cost: 90_000_000, months: 36, served: 30, reason: 'not_awarded' })).toEqual({
      amount: 90_000_000,
      status: 'compensated',
    });
  });
  it.each(['illness', 'disaster', 'transfer_in_system'] as const)('exempts %s', (reason) => {
    expect(compensation({ cost: 90_000_000, months: 36, served: 2, reason })).toEqual({
      amount: 0,
      status: 'exempted',
    });
  });
  it('keeps exact amounts beyond double precision', () => {
    // 9,007,199,254,740,993 is not a double; the computation goes through bigint.
    const cost = 3_000_000_000_000;
    expect(compensation({ cost, months: 1000, served: 1, reason: 'resigned' }).amount).toBe(
      2_997_000_000_000,
    );
  });
  it('refuses a fractional cost or a commitment without months', () => {
    expect(() => compensation({ cost: 1.5, months: 3, served: 0, reason: 'resigned' })).toThrow(RangeError);
    expect(() => compensation({ cost: 1, months: 0, served: 0, reason: 'resigned' })).toThrow(RangeError);
  });
  it('is between 0 and F, decreasing in the months served', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 240 }),
        fc.integer({ min: 0, max: 300 }),
        fc.constantFrom(...LEAVE_REASONS),
        (cost, months, served, reason) => {
          const a = compensation({ cost, months, served, reason }).amount;
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(cost);
          if (reason === 'resigned' || reason === 'dismissed') {
            const later = compensation({ cost, months, served: served + 1, reason }).amount;
            expect(later).toBeLessThanOrEqual(a);
            expect(Math.abs(a - (cost / months) * (months - Math.min(served, months)))).toBeLessThanOrEqual(
              0.5,
            );
          }
        },
      ),
    );
  });
});

describe('months', () => {
  it.each([
    ['2024-01-15', '2024-03-14', 1],
    ['2024-01-15', '2024-03-15', 2],
    ['2024-01-31', '2024-02-29', 0],
    ['2024-03-01', '2024-01-01', 0],
    ['2020-06-01', '2025-06-01', 60],
  ])('whole months %s → %s = %s', (from, to, n) => {
    expect(wholeMonthsBetween(from, to)).toBe(n);
  });
  it.each([
    ['2024-09-01', '2025-08-31', 12],
    ['2024-09-01', '2025-09-15', 13],
    ['2024-09-05', '2025-09-04', 12],
    ['2024-09-01', '2024-09-01', 1],
    ['2024-02-01', '2024-02-29', 1],
    ['2025-01-01', '2026-12-31', 24],
  ])('training %s – %s lasts %s months', (from, to, n) => {
    expect(trainingMonths(from, to)).toBe(n);
  });
});
