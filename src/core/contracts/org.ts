import { z } from 'zod';
import { AREA_CLASSES, UNIT_KINDS } from '../catalog/enums';
import { isoDate } from './common';

export const unitOptionQuery = z.object({
  q: z.string().trim().max(100, 'Từ khóa tối đa 100 ký tự').optional(),
});

export const unitOption = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  parentCode: z.string().nullable(),
});
export type UnitOption = z.infer<typeof unitOption>;

export const treeQuery = z.object({
  asOf: isoDate.optional(),
  tree: z.enum(['state', 'party']).default('state'),
});

export const treeNode = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  tree: z.enum(['state', 'party']),
  parentCode: z.string().nullable(),
  officialCode: z.string().nullable(),
  areaClass: z.enum(AREA_CLASSES).nullable(),
  difficultArea: z.boolean(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  mergedInto: z.string().nullable(),
  /** People whose assignment on the date is in this very unit (not the subtree). */
  people: z.number().int(),
});
export type TreeNode = z.infer<typeof treeNode>;

const unitCodeField = z
  .string()
  .trim()
  .min(1, 'Vui lòng nhập mã đơn vị')
  .max(50, 'Mã đơn vị tối đa 50 ký tự')
  .regex(/^[A-Za-z0-9._-]+$/, 'Mã đơn vị chỉ gồm chữ không dấu, chữ số và . _ -');

export const unitCreateBody = z.strictObject({
  code: unitCodeField,
  officialCode: z.string().trim().max(20).nullish(),
  name: z.string().trim().min(1, 'Vui lòng nhập tên đơn vị').max(300, 'Tên đơn vị tối đa 300 ký tự'),
  kind: z.enum(UNIT_KINDS, 'Loại đơn vị không hợp lệ'),
  tree: z.enum(['state', 'party']).default('state'),
  parentCode: z.string().trim().max(50).nullish(),
  areaClass: z.enum(AREA_CLASSES, 'Khu vực phải là I, II hoặc III').nullish(),
  difficultArea: z.boolean().default(false),
  validFrom: isoDate,
});
export type UnitCreateBody = z.infer<typeof unitCreateBody>;

export const unitUpdateBody = z.strictObject({
  name: z.string().trim().min(1, 'Vui lòng nhập tên đơn vị').max(300).optional(),
  officialCode: z.string().trim().max(20).nullish(),
  areaClass: z.enum(AREA_CLASSES, 'Khu vực phải là I, II hoặc III').nullish(),
  difficultArea: z.boolean().optional(),
  /** Date the new name takes effect (history keeps the old one before it). */
  effectiveDate: isoDate,
  version: z.number().int().min(1),
});

export const unitMoveBody = z.strictObject({
  parentCode: unitCodeField,
  effectiveDate: isoDate,
  decisionNo: z.string().trim().max(100).nullish(),
});

export const mergeBody = z
  .strictObject({
    sourceCodes: z.array(unitCodeField).min(1, 'Chọn ít nhất một đơn vị bị sáp nhập').max(50),
    /** An existing unit that continues the sources, or a new one. */
    successorCode: unitCodeField.optional(),
    successor: unitCreateBody.omit({ validFrom: true }).optional(),
    effectiveDate: isoDate,
    decisionNo: z.string().trim().max(100).nullish(),
  })
  .refine((b) => !!b.successorCode !== !!b.successor, {
    path: ['successorCode'],
    message: 'Chọn đơn vị kế thừa có sẵn hoặc khai báo đơn vị mới (một trong hai)',
  });
export type MergeBody = z.infer<typeof mergeBody>;

export const dissolveBody = z.strictObject({
  effectiveDate: isoDate,
  decisionNo: z.string().trim().max(100).nullish(),
});
