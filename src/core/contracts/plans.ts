/**
 * Training plans of units (kế hoạch đào tạo, bồi dưỡng, issue 6 item 2): annual or for a period,
 * with targets (people per programme; qualification structure by a date), budget by funding
 * source, allocation of targets to sub-units, and the workflow draft → submitted → approved or
 * returned with a comment. Progress compares actual figures with the targets on any date.
 */
import { z } from 'zod';
import { DIMENSIONS, isLevel } from '../catalog/levels';
import { isoDate } from './common';
import { FUNDING_SOURCES } from './training-courses';

export const PLAN_KINDS = ['annual', 'period'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  annual: 'Kế hoạch năm',
  period: 'Kế hoạch giai đoạn',
};

export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Dự thảo',
  submitted: 'Đã trình',
  approved: 'Đã phê duyệt',
  returned: 'Bị trả lại',
};

export const PLAN_TARGET_KINDS = ['programme', 'qualification'] as const;
export type PlanTargetKind = (typeof PLAN_TARGET_KINDS)[number];

export const PLAN_ACTIONS = ['created', 'updated', 'submitted', 'returned', 'approved'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;
const year = (label: string) =>
  z
    .number(`${label} phải là số`)
    .int(`${label} phải là số nguyên`)
    .min(YEAR_MIN, `${label} phải từ ${YEAR_MIN} đến ${YEAR_MAX}`)
    .max(YEAR_MAX, `${label} phải từ ${YEAR_MIN} đến ${YEAR_MAX}`);
const count = (label: string) =>
  z
    .number(`${label} phải là số`)
    .int(`${label} phải là số nguyên`)
    .min(0, `${label} không được âm`)
    .max(10_000_000, `${label} quá lớn`);
const money = (label: string) =>
  z
    .number(`${label} phải là số`)
    .int(`${label} tính bằng đồng, không có phần lẻ`)
    .min(0, `${label} không được âm`)
    .max(1e15, `${label} quá lớn`);
const text = (label: string, max = 2000) => z.string().trim().max(max, `${label} tối đa ${max} ký tự`);

// ---- Requests -----------------------------------------------------------------------------------

export const planIdParam = z.object({ id: z.coerce.number().int().positive('Mã kế hoạch không hợp lệ') });

export const plansQuery = z.object({
  /** Plans of this unit and its subtree; omitted = every plan in the actor's scope. */
  unit: z.string().trim().min(1).max(50).optional(),
  year: z.coerce.number().int().min(YEAR_MIN).max(YEAR_MAX).optional(),
  status: z.enum(PLAN_STATUSES, 'Trạng thái kế hoạch không hợp lệ').optional(),
});
export type PlansQuery = z.infer<typeof plansQuery>;

/**
 * A target as edited. Programme targets: programmeCode, persons, personTimes (≥ persons).
 * Qualification targets: dimension, level, persons, dueDate (inside the plan's years; default
 * 31/12 of the last year).
 */
export const planTargetFields = z
  .strictObject({
    kind: z.enum(PLAN_TARGET_KINDS, 'Loại chỉ tiêu phải là programme hoặc qualification'),
    programmeCode: z.string().trim().max(50).nullish(),
    dimension: z.enum(DIMENSIONS, 'Lĩnh vực trình độ không hợp lệ').nullish(),
    level: z.string().trim().max(50).nullish(),
    persons: count('Số người'),
    personTimes: count('Số lượt người').nullish(),
    dueDate: isoDate.nullish(),
    estimatedCost: money('Kinh phí dự kiến').default(0),
    note: text('Ghi chú').nullish(),
    /** Allocation to sub-units (giao chỉ tiêu): unit code → persons (and person-times). */
    allocations: z
      .array(
        z.strictObject({
          unit: z.string().trim().min(1, 'Vui lòng chọn đơn vị').max(50),
          persons: count('Số người giao'),
          personTimes: count('Số lượt người giao').nullish(),
        }),
      )
      .max(500)
      .default([]),
  })
  .superRefine((t, ctx) => {
    if (t.kind === 'programme' && !t.programmeCode)
      ctx.addIssue({ code: 'custom', path: ['programmeCode'], message: 'Vui lòng chọn chương trình' });
    if (t.kind === 'qualification') {
      if (!t.dimension)
        ctx.addIssue({ code: 'custom', path: ['dimension'], message: 'Vui lòng chọn lĩnh vực trình độ' });
      else if (!t.level || !isLevel(t.dimension, t.level))
        ctx.addIssue({ code: 'custom', path: ['level'], message: 'Trình độ không thuộc lĩnh vực đã chọn' });
    }
    if (t.personTimes != null && t.personTimes < t.persons)
      ctx.addIssue({
        code: 'custom',
        path: ['personTimes'],
        message: 'Số lượt người không được nhỏ hơn số người',
      });
    const seen = new Set<string>();
    t.allocations.forEach((a, i) => {
      if (seen.has(a.unit))
        ctx.addIssue({ code: 'custom', path: ['allocations', i, 'unit'], message: 'Đơn vị bị lặp' });
      seen.add(a.unit);
    });
    const allocated = t.allocations.reduce((s, a) => s + a.persons, 0);
    if (allocated > t.persons)
      ctx.addIssue({
        code: 'custom',
        path: ['allocations'],
        message: `Tổng số người giao cho đơn vị cấp dưới (${allocated}) vượt chỉ tiêu (${t.persons})`,
      });
  });
export type PlanTargetFields = z.infer<typeof planTargetFields>;

export const planBudgetLine = z.strictObject({
  fundingSource: z.enum(FUNDING_SOURCES, 'Nguồn kinh phí không hợp lệ'),
  amount: money('Số tiền'),
});

/** The editable body of a plan (PUT replaces targets and budget as a whole). */
export const planFields = z
  .strictObject({
    title: z.string().trim().min(1, 'Vui lòng nhập tên kế hoạch').max(300, 'Tên kế hoạch tối đa 300 ký tự'),
    subUnitDue: isoDate.nullish(),
    note: text('Ghi chú').nullish(),
    targets: z.array(planTargetFields).max(500, 'Tối đa 500 chỉ tiêu'),
    budget: z.array(planBudgetLine).max(20).default([]),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.budget.forEach((b, i) => {
      if (seen.has(b.fundingSource))
        ctx.addIssue({
          code: 'custom',
          path: ['budget', i, 'fundingSource'],
          message: 'Nguồn kinh phí bị lặp',
        });
      seen.add(b.fundingSource);
    });
  });
export type PlanFields = z.infer<typeof planFields>;

/** POST /api/plans: a new plan for a unit; `fromNeeds` fills targets and cost from today's needs. */
export const planCreateBody = z
  .strictObject({
    unit: z.string().trim().min(1, 'Vui lòng chọn đơn vị').max(50),
    kind: z.enum(PLAN_KINDS, 'Loại kế hoạch phải là annual (năm) hoặc period (giai đoạn)'),
    fromYear: year('Năm bắt đầu'),
    toYear: year('Năm kết thúc'),
    title: z.string().trim().max(300, 'Tên kế hoạch tối đa 300 ký tự').optional(),
    fromNeeds: z.boolean().default(true),
  })
  .superRefine((p, ctx) => {
    if (p.toYear < p.fromYear)
      ctx.addIssue({
        code: 'custom',
        path: ['toYear'],
        message: 'Năm kết thúc không được trước năm bắt đầu',
      });
    if (p.kind === 'annual' && p.toYear !== p.fromYear)
      ctx.addIssue({ code: 'custom', path: ['toYear'], message: 'Kế hoạch năm chỉ gồm một năm' });
  });
export type PlanCreateBody = z.infer<typeof planCreateBody>;

export const planUpdateBody = z.strictObject({ plan: planFields, version: z.number().int().min(1) });
export type PlanUpdateBody = z.infer<typeof planUpdateBody>;

/** submit | approve: the version seen; return: also the comment (required). */
export const planDecisionBody = z.strictObject({
  version: z.number().int().min(1),
  comment: text('Ý kiến', 2000).nullish(),
});
export type PlanDecisionBody = z.infer<typeof planDecisionBody>;

export const planReturnBody = z.strictObject({
  version: z.number().int().min(1),
  comment: z.string().trim().min(1, 'Vui lòng nhập ý kiến khi trả lại kế hoạch').max(2000),
});
export type PlanReturnBody = z.infer<typeof planReturnBody>;

export const planProgressQuery = z.object({ asOf: isoDate.optional() });

export const submissionsQuery = z.object({
  unit: z.string().trim().min(1, 'Vui lòng chọn đơn vị').max(50).optional(),
  year: z.coerce
    .number('Năm phải là số')
    .int()
    .min(YEAR_MIN, `Năm phải từ ${YEAR_MIN} đến ${YEAR_MAX}`)
    .max(YEAR_MAX, `Năm phải từ ${YEAR_MIN} đến ${YEAR_MAX}`),
});
export type SubmissionsQuery = z.infer<typeof submissionsQuery>;

// ---- Responses ----------------------------------------------------------------------------------

const ref = z.object({ code: z.string(), name: z.string() });
const userRef = z.object({ id: z.number().int(), displayName: z.string() });

export const planTarget = z.object({
  id: z.number().int(),
  kind: z.enum(PLAN_TARGET_KINDS),
  programme: ref.nullable(),
  dimension: z.enum(DIMENSIONS).nullable(),
  level: z.string().nullable(),
  persons: z.number().int(),
  personTimes: z.number().int().nullable(),
  dueDate: z.string().nullable(),
  estimatedCost: z.number().int(),
  note: z.string().nullable(),
  allocations: z.array(
    z.object({ unit: ref, persons: z.number().int(), personTimes: z.number().int().nullable() }),
  ),
});
export type PlanTarget = z.infer<typeof planTarget>;

export const planEvent = z.object({
  action: z.enum(PLAN_ACTIONS),
  comment: z.string().nullable(),
  user: userRef.nullable(),
  at: z.string(),
});

export const plan = z.object({
  id: z.number().int(),
  unit: ref,
  kind: z.enum(PLAN_KINDS),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  title: z.string(),
  status: z.enum(PLAN_STATUSES),
  subUnitDue: z.string().nullable(),
  note: z.string().nullable(),
  targets: z.array(planTarget),
  budget: z.array(z.object({ fundingSource: z.enum(FUNDING_SOURCES), amount: z.number().int() })),
  /** Sum of the targets' estimated costs, whole đồng. */
  estimatedCost: z.number().int(),
  /** What ancestors' plans allocated to this unit for overlapping years (read-only here). */
  allocatedToUnit: z.array(
    z.object({
      plan: z.object({ id: z.number().int(), title: z.string(), unit: ref }),
      programme: ref.nullable(),
      dimension: z.enum(DIMENSIONS).nullable(),
      level: z.string().nullable(),
      persons: z.number().int(),
      personTimes: z.number().int().nullable(),
    }),
  ),
  createdBy: userRef.nullable(),
  submittedBy: userRef.nullable(),
  submittedAt: z.string().nullable(),
  decidedBy: userRef.nullable(),
  decidedAt: z.string().nullable(),
  events: z.array(planEvent),
  /** What the actor may do now (the UI shows only these buttons; the server checks again). */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), return: z.boolean() }),
  version: z.number().int(),
});
export type Plan = z.infer<typeof plan>;

export const planSummary = z.object({
  id: z.number().int(),
  unit: ref,
  kind: z.enum(PLAN_KINDS),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  title: z.string(),
  status: z.enum(PLAN_STATUSES),
  targets: z.number().int(),
  estimatedCost: z.number().int(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type PlanSummary = z.infer<typeof planSummary>;
export const planList = z.object({ items: z.array(planSummary) });

/** Actual against target on a date, in persons and person-times. */
export const planProgress = z.object({
  planId: z.number().int(),
  asOf: z.string(),
  targets: z.array(
    z.object({
      targetId: z.number().int(),
      kind: z.enum(PLAN_TARGET_KINDS),
      label: z.string(),
      persons: z.number().int(),
      personTimes: z.number().int().nullable(),
      /** Programme: distinct people who completed a course of it in the plan's years up to asOf;
       *  qualification: people of the unit's subtree holding at least the level on asOf. */
      actualPersons: z.number().int(),
      /** Programme: completions (lượt người); null for qualification targets. */
      actualPersonTimes: z.number().int().nullable(),
      /** Programme: people enrolled now in a course of it (not yet completed). */
      inTraining: z.number().int().nullable(),
      /** actualPersons / persons, 0–100+ (one decimal); null when the target is 0. */
      percent: z.number().nullable(),
    }),
  ),
});
export type PlanProgress = z.infer<typeof planProgress>;

/** Which sub-units have submitted their plan for a year ("39/62 đơn vị đã xây dựng kế hoạch"). */
export const submissions = z.object({
  unit: ref,
  year: z.number().int(),
  /** The deadline the unit's own plan set for its sub-units, if any. */
  due: z.string().nullable(),
  total: z.number().int(),
  submitted: z.number().int(),
  approved: z.number().int(),
  units: z.array(
    z.object({
      unit: ref,
      plan: z
        .object({
          id: z.number().int(),
          title: z.string(),
          status: z.enum(PLAN_STATUSES),
          submittedAt: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
});
export type Submissions = z.infer<typeof submissions>;
