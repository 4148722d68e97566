import { describe, expect, it } from 'vitest';
import { formatPercent, progressTotals } from './planProgress';

const target = (persons: number, actualPersons: number) => ({
  targetId: 1,
  kind: 'programme' as const,
  label: 'x',
  persons,
  personTimes: null,
  actualPersons,
  actualPersonTimes: null,
  inTraining: null,
  percent: null,
});

describe('progressTotals', () => {
  it('caps each target at its figure', () => {
    expect(progressTotals({ targets: [target(30, 2), target(10, 25)] })).toEqual({
      achieved: 12,
      target: 40,
      percent: 30,
    });
  });
  it('has no percentage without targets', () => {
    expect(progressTotals({ targets: [] }).percent).toBeNull();
  });
  it('formats with a Vietnamese decimal comma', () => {
    expect(formatPercent(30)).toBe('30,0%');
    expect(formatPercent(33.35)).toBe('33,4%');
    expect(formatPercent(null)).toBe('—');
  });
});
