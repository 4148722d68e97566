import { describe, expect, it } from 'vitest';
import { activityBody } from '../../../../core/contracts/training-results';
import { activityFilters, activityTotals, activityValues } from './activityRules';

describe('activity filters', () => {
  it('defaults the period to this year up to today', () => {
    expect(activityFilters(new URLSearchParams(''), '2026-05-20')).toEqual({
      unit: null,
      from: '2026-01-01',
      to: '2026-05-20',
    });
  });
  it('reads the unit and a valid period, drops invalid dates', () => {
    const p = new URLSearchParams('unit=X1&from=2025-02-01&to=2025-13-40');
    expect(activityFilters(p, '2026-05-20')).toEqual({ unit: 'X1', from: '2025-02-01', to: '2026-05-20' });
  });
});

describe('activity form values', () => {
  it('leaves out empty optional fields so the strict schema accepts them', () => {
    const body = activityValues({
      kind: 'coaching',
      unitCode: ' X1 ',
      personId: null,
      title: '  Kèm cặp kế toán mới ',
      date: '2026-03-02',
      hours: 4.5,
      participants: 3,
      note: '   ',
      extra: 'ignored',
    });
    expect(body).toEqual({
      kind: 'coaching',
      unitCode: 'X1',
      title: 'Kèm cặp kế toán mới',
      date: '2026-03-02',
      hours: 4.5,
      participants: 3,
    });
    expect(activityBody.safeParse(body).success).toBe(true);
  });
  it('lets the schema name the missing fields', () => {
    const r = activityBody.safeParse(activityValues({ kind: 'guidance', hours: 0 }));
    expect(r.success).toBe(false);
    const messages = Object.fromEntries(r.error?.issues.map((i) => [i.path[0], i.message]) ?? []);
    expect(messages).toMatchObject({
      unitCode: 'Vui lòng chọn đơn vị',
      title: 'Vui lòng nhập nội dung',
      hours: 'Số giờ phải lớn hơn 0',
    });
    expect(messages.date).toBeTruthy();
  });
});

describe('activity totals', () => {
  it('sums hours and participants', () => {
    expect(
      activityTotals([
        { hours: 1.1, participants: 2 },
        { hours: 2.2, participants: 5 },
      ]),
    ).toEqual({ count: 2, hours: 3.3, participants: 7 });
  });
});
