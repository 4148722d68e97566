/**
 * The plan editor works on a draft: the plan's editable fields with a stable key per row, numbers
 * possibly empty while typed. `draftFields` gives what PUT /api/plans/:id expects (planFields),
 * so the same zod schema checks it in the browser, and `issuesByCell` files the problems (ours or
 * the server's, "plan.targets.0.persons") under the cell they belong to.
 */
import type { Dimension } from '../../../core/catalog/levels';
import type { FundingSource } from '../../../core/contracts/training-courses';
import type { Plan, PlanTarget } from './plansApi';

export interface DraftAllocation {
  key: string;
  unit: string | null;
  unitName: string | null;
  persons: number | null;
  personTimes: number | null;
}

export interface DraftTarget {
  key: string;
  kind: PlanTarget['kind'];
  programmeCode: string | null;
  programmeName: string | null;
  dimension: Dimension | null;
  level: string | null;
  persons: number | null;
  personTimes: number | null;
  dueDate: string | null;
  estimatedCost: number | null;
  note: string | null;
  allocations: DraftAllocation[];
}

export interface DraftBudgetLine {
  key: string;
  fundingSource: FundingSource | null;
  amount: number | null;
}

export interface PlanDraft {
  title: string;
  subUnitDue: string | null;
  note: string | null;
  targets: DraftTarget[];
  budget: DraftBudgetLine[];
}

let seq = 0;
/** A key for a new row (rows keep it while edited, so inputs keep their focus). */
export const newKey = () => `k${++seq}`;

export function planToDraft(p: Plan): PlanDraft {
  return {
    title: p.title,
    subUnitDue: p.subUnitDue,
    note: p.note,
    targets: p.targets.map((t) => ({
      key: `t${t.id}`,
      kind: t.kind,
      programmeCode: t.programme?.code ?? null,
      programmeName: t.programme?.name ?? null,
      dimension: t.dimension,
      level: t.level,
      persons: t.persons,
      personTimes: t.personTimes,
      dueDate: t.dueDate,
      estimatedCost: t.estimatedCost,
      note: t.note,
      allocations: t.allocations.map((a) => ({
        key: newKey(),
        unit: a.unit.code,
        unitName: a.unit.name,
        persons: a.persons,
        personTimes: a.personTimes,
      })),
    })),
    budget: p.budget.map((b) => ({ key: newKey(), fundingSource: b.fundingSource, amount: b.amount })),
  };
}

export function emptyTarget(kind: PlanTarget['kind']): DraftTarget {
  return {
    key: newKey(),
    kind,
    programmeCode: null,
    programmeName: null,
    dimension: null,
    level: null,
    persons: null,
    personTimes: null,
    dueDate: null,
    estimatedCost: kind === 'programme' ? null : 0,
    note: null,
    allocations: [],
  };
}

const blank = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/**
 * The body of PUT (the `plan` part), unvalidated: empty numbers stay null so the schema says
 * "Số người phải là số" under the cell, as the server would.
 */
export function draftFields(d: PlanDraft): Record<string, unknown> {
  return {
    title: d.title,
    subUnitDue: d.subUnitDue || null,
    note: blank(d.note),
    targets: d.targets.map((t) => ({
      kind: t.kind,
      ...(t.kind === 'programme'
        ? { programmeCode: t.programmeCode, personTimes: t.personTimes }
        : { dimension: t.dimension, level: t.level, dueDate: t.dueDate || null }),
      persons: t.persons,
      estimatedCost: t.estimatedCost ?? 0,
      note: blank(t.note),
      allocations: t.allocations.map((a) => ({
        unit: a.unit ?? '',
        persons: a.persons,
        ...(t.kind === 'programme' ? { personTimes: a.personTimes } : {}),
      })),
    })),
    budget: d.budget.map((b) => ({ fundingSource: b.fundingSource, amount: b.amount })),
  };
}

export interface Issue {
  path: string | readonly PropertyKey[];
  message: string;
}

/**
 * Problems by cell path relative to the plan ("targets.0.persons", "budget.1.amount", "title").
 * Server paths carry the body's prefix ("plan.targets.0.persons"), which is dropped.
 */
export function issuesByCell(issues: readonly Issue[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const i of issues) {
    const raw = typeof i.path === 'string' ? i.path : i.path.map(String).join('.');
    const path = raw.replace(/^(body\.)?plan(\.|$)/, '');
    const list = out.get(path) ?? [];
    if (!list.includes(i.message)) list.push(i.message);
    out.set(path, list);
  }
  return out;
}

/** Indexes of the targets that have a problem inside their allocations (their row opens). */
export function targetsWithAllocationIssues(cells: ReadonlyMap<string, string[]>): number[] {
  const out = new Set<number>();
  for (const path of cells.keys()) {
    const m = /^targets\.(\d+)\.allocations(\.|$)/.exec(path);
    if (m) out.add(Number(m[1]));
  }
  return [...out];
}

/** Sum of the budget lines, whole đồng (empty amounts count 0). */
export function budgetTotal(d: Pick<PlanDraft, 'budget'>): number {
  return d.budget.reduce((s, b) => s + (b.amount ?? 0), 0);
}

/** Sum of the targets' estimated costs. */
export function targetsCost(d: Pick<PlanDraft, 'targets'>): number {
  return d.targets.reduce((s, t) => s + (t.estimatedCost ?? 0), 0);
}
