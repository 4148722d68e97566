/**
 * Shared schemas of title standards and compliance (server routes and web forms use the same ones).
 * Standard sets are dated data with their legal basis (domain.md §5); never code.
 */
import { z } from 'zod';
import { AREA_CLASSES, POSITION_GROUPS, UNIT_KINDS } from '../catalog/enums';
import { DIMENSION_LABELS, DIMENSIONS, isLevel } from '../catalog/levels';
import { isoDate, pageQuery } from './common';

const text = (label: string, max = 300) => z.string().trim().max(max, `${label} tối đa ${max} ký tự`);

const requirementId = z
  .string()
  .trim()
  .regex(/^[a-z0-9_-]{1,40}$/i, 'Mã yêu cầu chỉ gồm chữ, số, gạch dưới (tối đa 40 ký tự)');

export const levelRequirement = z
  .strictObject({
    kind: z.literal('level'),
    id: requirementId,
    dimension: z.enum(DIMENSIONS, 'Loại trình độ không có trong danh mục'),
    minLevel: z.string().trim().min(1, 'Vui lòng chọn trình độ tối thiểu'),
    fields: z.array(text('Chuyên ngành', 100).min(1)).max(20).optional(),
    graceMonths: z
      .number()
      .int('Thời gian chuyển tiếp phải là số tháng nguyên')
      .min(1, 'Thời gian chuyển tiếp từ 1 tháng trở lên')
      .max(240, 'Thời gian chuyển tiếp tối đa 240 tháng')
      .optional(),
    /** Onboarding: before the appointment or within this many months of taking up the post. */
    withinMonthsOfAppointment: z
      .number()
      .int('Thời hạn sau khi nhận chức vụ phải là số tháng nguyên')
      .min(1, 'Thời hạn sau khi nhận chức vụ từ 1 tháng trở lên')
      .max(120, 'Thời hạn sau khi nhận chức vụ tối đa 120 tháng')
      .optional(),
  })
  .superRefine((r, ctx) => {
    if (!isLevel(r.dimension, r.minLevel))
      ctx.addIssue({
        code: 'custom',
        path: ['minLevel'],
        message: `Trình độ "${r.minLevel}" không thuộc loại ${DIMENSION_LABELS[r.dimension]}`,
      });
  });

export const serviceYearsRequirement = z.strictObject({
  kind: z.literal('serviceYears'),
  id: requirementId,
  minYears: z.number().int().min(1, 'Số năm công tác từ 1 trở lên').max(50, 'Số năm công tác tối đa 50'),
});

export const fullTermRequirement = z.strictObject({
  kind: z.literal('fullTerm'),
  id: requirementId,
  months: z.number().int().min(1, 'Số tháng từ 1 trở lên').max(120, 'Số tháng tối đa 120'),
});

export const anyOfRequirement = z.strictObject({
  kind: z.literal('anyOf'),
  id: requirementId,
  options: z
    .array(z.discriminatedUnion('kind', [levelRequirement, serviceYearsRequirement]))
    .min(2, 'Nhóm "một trong các yêu cầu" cần ít nhất 2 lựa chọn')
    .max(10),
});

export const requirement = z.discriminatedUnion('kind', [
  levelRequirement,
  serviceYearsRequirement,
  fullTermRequirement,
  anyOfRequirement,
]);

export const legalBasis = z.strictObject({
  number: text('Số văn bản', 100).min(1, 'Vui lòng nhập số hiệu văn bản làm căn cứ'),
  title: text('Trích yếu văn bản', 500).min(1, 'Vui lòng nhập trích yếu văn bản'),
  /** Null where only the year is known (the title then says it). */
  date: isoDate.nullable(),
});

export const appliesTo = z
  .strictObject({
    positions: z.array(z.string().trim().min(1)).max(200).default([]),
    groups: z.array(z.enum(POSITION_GROUPS, 'Nhóm chức vụ không hợp lệ')).default([]),
    unitKinds: z.array(z.enum(UNIT_KINDS, 'Loại đơn vị không hợp lệ')).default([]),
    areaClasses: z.array(z.enum(AREA_CLASSES, 'Khu vực phải là I, II hoặc III')).default([]),
  })
  .refine((a) => a.positions.length + a.groups.length > 0, {
    path: ['positions'],
    message: 'Chọn ít nhất một chức vụ hoặc một nhóm chức vụ áp dụng',
  });

export const standardVersionBody = z
  .strictObject({
    validFrom: isoDate,
    /** Exclusive end; null = in force until a newer version starts. */
    validTo: isoDate.nullable().default(null),
    legalBasis,
    appliesTo,
    requirements: z.array(requirement).min(1, 'Cần ít nhất một yêu cầu').max(30),
    note: text('Ghi chú', 1000).nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.validTo !== null && v.validTo <= v.validFrom)
      ctx.addIssue({
        code: 'custom',
        path: ['validTo'],
        message: 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực',
      });
    const ids = new Set<string>();
    v.requirements.forEach((r, i) => {
      if (ids.has(r.id))
        ctx.addIssue({
          code: 'custom',
          path: ['requirements', i, 'id'],
          message: `Mã yêu cầu ${r.id} bị trùng`,
        });
      ids.add(r.id);
    });
  });
export type StandardVersionBody = z.infer<typeof standardVersionBody>;

export const standardSetCreateBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9_]{2,50}$/, 'Mã bộ tiêu chuẩn gồm chữ in hoa, số, gạch dưới (2–50 ký tự)'),
  name: text('Tên bộ tiêu chuẩn', 300).min(1, 'Vui lòng nhập tên bộ tiêu chuẩn'),
  version: standardVersionBody,
});
export type StandardSetCreateBody = z.infer<typeof standardSetCreateBody>;

export const standardVersionUpdateBody = z.strictObject({
  version: standardVersionBody,
  /** Optimistic concurrency: the row version the editor loaded. */
  rowVersion: z.number().int().min(1),
});

/** Preview of a change before saving: a new version of a set (or a replacement of one version). */
export const standardPreviewBody = z.strictObject({
  setCode: z.string().trim().min(1).nullish(),
  /** The version being edited (omit for a new version). */
  replaceVersionId: z.number().int().nullish(),
  version: standardVersionBody,
});
export type StandardPreviewBody = z.infer<typeof standardPreviewBody>;

export const COMPLIANCE_STATUSES = ['meets', 'in_progress', 'gap'] as const;
export type ComplianceStatusKey = (typeof COMPLIANCE_STATUSES)[number];
export const COMPLIANCE_STATUS_LABELS: Record<ComplianceStatusKey, string> = {
  meets: 'Đạt chuẩn',
  in_progress: 'Đang hoàn thiện',
  gap: 'Chưa đạt chuẩn',
};

const yesNo = z.enum(['true', 'false'], 'Giá trị phải là true hoặc false').transform((v) => v === 'true');

/** Filters shared by the compliance report, its people drill-down and the trend. */
export const complianceFilters = z.object({
  unit: z.string().trim().min(1).optional(),
  asOf: isoDate.optional(),
  group: z.enum(POSITION_GROUPS, 'Nhóm chức vụ không hợp lệ').optional(),
  keyCadre: yesNo.optional(),
  areaClass: z.enum(AREA_CLASSES, 'Khu vực phải là I, II hoặc III').optional(),
});
export type ComplianceFilters = z.infer<typeof complianceFilters>;

export const compliancePeopleQuery = complianceFilters.extend({
  status: z.enum(COMPLIANCE_STATUSES, 'Tình trạng không hợp lệ').optional(),
  ...pageQuery.shape,
});
export type CompliancePeopleQuery = z.infer<typeof compliancePeopleQuery>;

export const appointmentCheckQuery = z.object({
  position: z.string().trim().min(1, 'Vui lòng chọn chức vụ'),
  unit: z.string().trim().min(1, 'Vui lòng chọn đơn vị'),
  date: isoDate.optional(),
});

export const fallingOutQuery = z.object({
  unit: z.string().trim().min(1).optional(),
  months: z.coerce.number().int().min(1, 'Số tháng từ 1 trở lên').max(60, 'Số tháng tối đa 60').default(12),
});

export const trendQuery = z.object({
  unit: z.string().trim().min(1).optional(),
  from: z.coerce.number().int().min(2000).max(2100).optional(),
  to: z.coerce.number().int().min(2000).max(2100).optional(),
});
