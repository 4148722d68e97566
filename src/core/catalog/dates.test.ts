import { describe, expect, it } from 'vitest';
import { addDays, formatCivilDate, parseCivilDate, yearsBetween } from './dates';

describe('civil dates', () => {
  it('reads the ways officers type dates', () => {
    expect(parseCivilDate('22/11/2026')).toBe('2026-11-22');
    expect(parseCivilDate('22-11-2026')).toBe('2026-11-22');
    expect(parseCivilDate('22112026')).toBe('2026-11-22');
    expect(parseCivilDate('2/3/1980')).toBe('1980-03-02');
    expect(parseCivilDate('2026-11-22')).toBe('2026-11-22');
    expect(parseCivilDate(new Date(Date.UTC(1980, 1, 2)))).toBe('1980-02-02');
  });

  it('refuses days that do not exist', () => {
    expect(parseCivilDate('31/02/1980')).toBeNull();
    expect(parseCivilDate('29/02/2023')).toBeNull();
    expect(parseCivilDate('29/02/2024')).toBe('2024-02-29');
    expect(parseCivilDate('13/13/2020')).toBeNull();
    expect(parseCivilDate('hôm qua')).toBeNull();
  });

  it('formats, adds days and counts whole years', () => {
    expect(formatCivilDate('2025-07-01')).toBe('01/07/2025');
    expect(addDays('2025-06-30', 1)).toBe('2025-07-01');
    expect(yearsBetween('2000-07-02', '2018-07-01')).toBe(17);
    expect(yearsBetween('2000-07-01', '2018-07-01')).toBe(18);
  });
});
