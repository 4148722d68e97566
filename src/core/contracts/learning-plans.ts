/**
 * Personal learning plans (kế hoạch học tập cá nhân, issue 6 item 3): per person and year, items
 * (a programme of the catalogue or free text) with due dates, and a monitor — the committee member
 * (chi ủy viên phụ trách) who follows the person. The person and the monitor see the plan and mark
 * items done; officers edit it.
 */
import { z } from 'zod';
import { isoDate } from './common';

export const PLAN_YEAR_MIN = 2000;
export const PLAN_YEAR_MAX = 2100;
export const PLAN_ITEM_STATUSES = ['open', 'done'] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];

const text = (label: string, max = 1000) => z.string().trim().max(max, `${label} tối đa ${max} ký tự`);

export const planParams = z.object({
  id: z.coerce.number().int().positive('Mã cán bộ không hợp lệ'),
  year: z.coerce
    .number()
    .int('Năm kế hoạch phải là số nguyên')
    .min(PLAN_YEAR_MIN, `Năm kế hoạch phải từ ${PLAN_YEAR_MIN} đến ${PLAN_YEAR_MAX}`)
    .max(PLAN_YEAR_MAX, `Năm kế hoạch phải từ ${PLAN_YEAR_MIN} đến ${PLAN_YEAR_MAX}`),
});
export const planItemParams = planParams.extend({
  itemId: z.coerce.number().int().positive('Mã mục kế hoạch không hợp lệ'),
});

/** PUT /api/people/:id/learning-plans/:year: creates the plan or updates it (version when it exists). */
export const planBody = z.strictObject({
  monitorPersonId: z.number().int().positive('Người theo dõi không hợp lệ').nullable(),
  note: text('Ghi chú').nullish(),
  version: z.number().int().min(1).optional(),
});
export type PlanBody = z.infer<typeof planBody>;

export const planItemFields = z
  .strictObject({
    programmeCode: z.string().trim().max(50).nullish(),
    title: text('Nội dung học tập', 300).nullish(),
    dueDate: isoDate,
    note: text('Ghi chú').nullish(),
  })
  .refine((i) => Boolean(i.programmeCode) || Boolean(i.title), {
    path: ['title'],
    message: 'Vui lòng chọn chương trình hoặc nhập nội dung học tập',
  });
export type PlanItemFields = z.infer<typeof planItemFields>;

export const planItemUpdateBody = z.strictObject({
  item: planItemFields,
  version: z.number().int().min(1),
});
export type PlanItemUpdateBody = z.infer<typeof planItemUpdateBody>;

/** POST …/items/:itemId/status: the person, the monitor or an officer marks an item done (or not). */
export const planItemStatusBody = z.strictObject({
  status: z.enum(PLAN_ITEM_STATUSES, 'Trạng thái phải là open (chưa xong) hoặc done (đã xong)'),
  doneOn: isoDate.nullish(),
  version: z.number().int().min(1),
});
export type PlanItemStatusBody = z.infer<typeof planItemStatusBody>;

const personRef = z.object({
  id: z.number().int(),
  fullName: z.string(),
  unit: z.object({ code: z.string(), name: z.string() }).nullable(),
});

export const planItem = z.object({
  id: z.number().int(),
  programme: z.object({ code: z.string(), name: z.string() }).nullable(),
  title: z.string().nullable(),
  dueDate: z.string(),
  status: z.enum(PLAN_ITEM_STATUSES),
  doneOn: z.string().nullable(),
  note: z.string().nullable(),
  /** Not done and due before today (Vietnam time). */
  overdue: z.boolean(),
  version: z.number().int(),
});
export type PlanItem = z.infer<typeof planItem>;

export const learningPlan = z.object({
  person: personRef,
  year: z.number().int(),
  /** False when no plan was made for the year yet (officers may create it). */
  exists: z.boolean(),
  monitor: personRef.nullable(),
  note: z.string().nullable(),
  /** 0 when the plan does not exist yet. */
  version: z.number().int(),
  items: z.array(planItem),
  /** What the caller may do: edit the plan (officer) or only mark items done (person, monitor). */
  canEdit: z.boolean(),
});
export type LearningPlan = z.infer<typeof learningPlan>;

/** GET /api/learning-plans/monitored: the plans the caller's person monitors, overdue first. */
export const monitoredPlans = z.object({
  linked: z.boolean(),
  plans: z.array(
    z.object({
      person: personRef,
      year: z.number().int(),
      overdue: z.number().int(),
      items: z.array(planItem),
    }),
  ),
});
export type MonitoredPlans = z.infer<typeof monitoredPlans>;
