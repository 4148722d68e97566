import { describe, expect, it } from 'vitest';
import {
  belowRate,
  durationToPeriods,
  hoursToPeriods,
  isBelowMinimum,
  missingPeriods,
  parseAnnualMinimum,
  ruleDateFor,
} from './annual-minimum';

describe('annual refresher minimum', () => {
  it('converts durations to tiết: a day is 8, a week is 5 days', () => {
    expect(durationToPeriods(16, 'tiet')).toBe(16);
    expect(durationToPeriods(5, 'day')).toBe(40);
    expect(durationToPeriods(2, 'week')).toBe(80);
    expect(durationToPeriods(0, 'day')).toBe(0);
    expect(durationToPeriods(3, 'month')).toBe(0);
  });

  it('counts an hour of activity as a tiết', () => {
    expect(hoursToPeriods(8)).toBe(8);
    expect(hoursToPeriods(16.5)).toBe(16.5);
    expect(hoursToPeriods(-1)).toBe(0);
  });

  it('computes what is missing', () => {
    expect(missingPeriods(24, 40)).toBe(16);
    expect(missingPeriods(40, 40)).toBe(0);
    expect(missingPeriods(50, 40)).toBe(0);
    expect(isBelowMinimum(39.9, 40)).toBe(true);
    expect(isBelowMinimum(40, 40)).toBe(false);
    expect(isBelowMinimum(0, 0)).toBe(false);
  });

  it('reads rule params leniently', () => {
    expect(parseAnnualMinimum({ periods: 40, categories: ['can_bo', 'x', 'vien_chuc'] })).toEqual({
      periods: 40,
      categories: ['can_bo', 'vien_chuc'],
    });
    expect(parseAnnualMinimum({ periods: 'a' })).toEqual({ periods: 0, categories: [] });
    expect(parseAnnualMinimum(null)).toEqual({ periods: 0, categories: [] });
  });

  it('gives the rate in percent with one decimal', () => {
    expect(belowRate(1, 3)).toBe(33.3);
    expect(belowRate(0, 0)).toBe(0);
    expect(belowRate(2, 2)).toBe(100);
  });

  it('applies the rule in force on 31/12, or today for the current year', () => {
    expect(ruleDateFor(2025, '2026-11-30')).toBe('2025-12-31');
    expect(ruleDateFor(2026, '2026-11-30')).toBe('2026-11-30');
    expect(ruleDateFor(2027, '2026-11-30')).toBe('2027-12-31');
  });
});
