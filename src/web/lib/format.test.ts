import { describe, expect, it } from 'vitest';
import { foldText, formatDate, formatDateTime, formatNumber } from './format';

describe('display formats (ui.md)', () => {
  it('groups thousands with "." and uses "," for decimals', () => {
    expect(formatNumber(1830)).toBe('1.830');
    expect(formatNumber(50.4)).toBe('50,4');
    expect(formatNumber(null)).toBe('');
  });

  it('shows civil dates as dd/MM/yyyy without a time-zone shift', () => {
    expect(formatDate('2026-11-22')).toBe('22/11/2026');
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    expect(formatDate(null)).toBe('');
  });

  it('shows timestamps as dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh', () => {
    expect(formatDateTime('2026-11-22T05:11:04.044Z')).toBe('22/11/2026 12:11');
    // 17:30 UTC on New Year's Eve is already the next year in Hà Nội.
    expect(formatDateTime('2026-12-31T17:30:00Z')).toBe('01/01/2027 00:30');
    expect(formatDate('2026-12-31T17:30:00Z')).toBe('01/01/2027');
    expect(formatDateTime('not a date')).toBe('');
  });

  it('folds Vietnamese for search', () => {
    expect(foldText('Xã Đông Thọ')).toBe('xa dong tho');
  });
});
