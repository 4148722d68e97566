import { describe, expect, it } from 'vitest';
import { planFields } from '../../../core/contracts/plans';
import {
  budgetTotal,
  draftFields,
  emptyTarget,
  issuesByCell,
  type PlanDraft,
  targetsWithAllocationIssues,
} from './planDraft';

describe('issuesByCell', () => {
  it('files server paths under the cell, without the body prefix', () => {
    const m = issuesByCell([
      { path: 'plan.targets.0.persons', message: 'Số người phải là số' },
      { path: 'plan.targets.0.persons', message: 'Số người phải là số' },
      { path: 'plan.title', message: 'Vui lòng nhập tên kế hoạch' },
      { path: ['budget', 1, 'fundingSource'], message: 'Nguồn kinh phí bị lặp' },
      { path: 'plan', message: 'Kế hoạch không hợp lệ' },
    ]);
    expect(m.get('targets.0.persons')).toEqual(['Số người phải là số']);
    expect(m.get('title')).toEqual(['Vui lòng nhập tên kế hoạch']);
    expect(m.get('budget.1.fundingSource')).toEqual(['Nguồn kinh phí bị lặp']);
    expect(m.get('')).toEqual(['Kế hoạch không hợp lệ']);
  });

  it('finds the targets whose allocations have a problem', () => {
    const m = issuesByCell([
      { path: 'plan.targets.2.allocations', message: 'vượt chỉ tiêu' },
      { path: 'plan.targets.4.allocations.0.unit', message: 'Đơn vị bị lặp' },
      { path: 'plan.targets.5.persons', message: 'x' },
    ]);
    expect(targetsWithAllocationIssues(m).sort()).toEqual([2, 4]);
  });
});

describe('draftFields', () => {
  const draft = (over: Partial<PlanDraft> = {}): PlanDraft => ({
    title: 'Kế hoạch năm 2027',
    subUnitDue: null,
    note: '  ',
    targets: [],
    budget: [],
    ...over,
  });

  it('gives a body the contract accepts', () => {
    const t = {
      ...emptyTarget('programme'),
      programmeCode: 'P1',
      persons: 10,
      personTimes: 12,
      estimatedCost: 5,
    };
    const q = { ...emptyTarget('qualification'), dimension: 'it' as const, level: 'co_ban', persons: 3 };
    const body = draftFields(
      draft({
        targets: [t, q],
        budget: [{ key: 'b', fundingSource: 'local', amount: 1_000_000 }],
      }),
    );
    const r = planFields.safeParse(body);
    expect(r.success).toBe(true);
    expect(r.data?.note).toBeNull();
    expect(r.data?.targets[1]?.programmeCode).toBeUndefined();
  });

  it('reports an empty number under its cell', () => {
    const r = planFields.safeParse(draftFields(draft({ targets: [emptyTarget('programme')] })));
    expect(r.success).toBe(false);
    const m = issuesByCell(r.error?.issues ?? []);
    expect(m.has('targets.0.persons')).toBe(true);
  });

  it('asks for the programme once the numbers are there', () => {
    const t = { ...emptyTarget('programme'), persons: 5 };
    const r = planFields.safeParse(draftFields(draft({ targets: [t] })));
    expect(issuesByCell(r.error?.issues ?? []).has('targets.0.programmeCode')).toBe(true);
  });

  it('sums the budget', () => {
    expect(
      budgetTotal({
        budget: [
          { key: 'a', fundingSource: 'local', amount: 5 },
          { key: 'b', fundingSource: null, amount: null },
        ],
      }),
    ).toBe(5);
  });
});
