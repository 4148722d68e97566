import { describe, expect, it } from 'vitest';
import { previewLeave, servedMonths } from './commitmentRules';

const c = { startsOn: '2024-01-15', months: 36, cost: 120_000_000 };

describe('commitment preview', () => {
  it('counts whole months served, capped at the committed months', () => {
    expect(servedMonths(c, '2024-01-14')).toBe(0);
    expect(servedMonths(c, '2025-01-14')).toBe(11);
    expect(servedMonths(c, '2025-01-15')).toBe(12);
    expect(servedMonths(c, '2030-01-01')).toBe(36);
  });

  it('computes S = F / T1 × (T1 − T2), rounded to whole đồng', () => {
    const p = previewLeave(c, '2024-11-20', 'resigned');
    expect(p).toMatchObject({ kind: 'ok', served: 10, remaining: 26, status: 'compensated' });
    expect(p.kind === 'ok' && p.amount).toBe(86_666_667);
  });

  it('owes the whole cost when the diploma is not awarded', () => {
    expect(previewLeave(c, '2026-01-20', 'not_awarded')).toMatchObject({
      amount: 120_000_000,
      fullCost: true,
      exempt: false,
    });
  });

  it('exempts illness, disasters and transfers within the political system', () => {
    for (const reason of ['illness', 'disaster', 'transfer_in_system'] as const)
      expect(previewLeave(c, '2024-06-01', reason)).toMatchObject({
        amount: 0,
        status: 'exempted',
        exempt: true,
      });
  });

  it('owes nothing once the commitment has been served', () => {
    expect(previewLeave(c, '2027-02-01', 'dismissed')).toMatchObject({ amount: 0, status: 'fulfilled' });
  });

  it('waits for a date and a reason, and refuses a date before the start', () => {
    expect(previewLeave(c, null, 'resigned').kind).toBe('incomplete');
    expect(previewLeave(c, '2025-01-01', undefined).kind).toBe('incomplete');
    expect(previewLeave(c, '2023-12-31', 'resigned').kind).toBe('beforeStart');
  });
});
