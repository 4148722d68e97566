/**
 * Shared schemas of the training catalogue: institutions (cơ sở đào tạo) and programmes
 * (chương trình đào tạo, bồi dưỡng). Server routes and web forms use the same ones.
 */
import { z } from 'zod';
import { TRAINING_MODES } from '../catalog/enums';
import { DIMENSION_LABELS, DIMENSIONS, isLevel } from '../catalog/levels';

const text = (label: string, max = 300) => z.string().trim().max(max, `${label} tối đa ${max} ký tự`);
const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{1,50}$/, 'Mã chỉ gồm chữ không dấu, số, gạch dưới, dấu chấm (tối đa 50 ký tự)');

export const INSTITUTION_KINDS = ['political_school', 'academy', 'university', 'centre', 'other'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];
export const INSTITUTION_KIND_LABELS: Record<InstitutionKind, string> = {
  political_school: 'Trường chính trị',
  academy: 'Học viện',
  university: 'Trường đại học',
  centre: 'Trung tâm bồi dưỡng',
  other: 'Khác',
};

export const CONTENT_TYPES = [
  'political_theory',
  'defence_security',
  'state_management',
  'leadership',
  'job_position',
  'digital',
  'degree',
  'other',
] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];
export const CONTENT_TYPE_LABELS: Record<ContentType, string> = {
  political_theory: 'Lý luận chính trị',
  defence_security: 'Kiến thức quốc phòng và an ninh',
  state_management: 'Quản lý nhà nước',
  leadership: 'Lãnh đạo, quản lý',
  job_position: 'Theo vị trí việc làm, chức danh',
  digital: 'Kỹ năng số, chuyển đổi số',
  degree: 'Chuyên môn (văn bằng)',
  other: 'Khác',
};

export const TRAINING_KINDS = ['dao_tao', 'boi_duong'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const TRAINING_KIND_LABELS: Record<TrainingKind, string> = {
  dao_tao: 'Đào tạo',
  boi_duong: 'Bồi dưỡng',
};

export const DURATION_UNITS = ['tiet', 'day', 'week'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];
export const DURATION_UNIT_LABELS: Record<DurationUnit, string> = { tiet: 'tiết', day: 'ngày', week: 'tuần' };

export const legalBasisBody = z.strictObject({
  number: text('Số văn bản', 100).min(1, 'Vui lòng nhập số văn bản'),
  title: text('Trích yếu', 500).min(1, 'Vui lòng nhập trích yếu văn bản'),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
    .nullable()
    .default(null),
});

// ---- Institutions -------------------------------------------------------------------------------

export const institutionBody = z.strictObject({
  code,
  name: text('Tên cơ sở đào tạo').min(1, 'Vui lòng nhập tên cơ sở đào tạo'),
  kind: z.enum(INSTITUTION_KINDS, 'Loại cơ sở đào tạo không hợp lệ'),
  unitCode: text('Mã đơn vị', 50).nullish(),
  address: text('Địa chỉ', 500).nullish(),
  active: z.boolean().default(true),
});
export type InstitutionBody = z.infer<typeof institutionBody>;

export const institutionUpdateBody = z.strictObject({
  institution: institutionBody.omit({ code: true }),
  version: z.number().int().min(1),
});
export type InstitutionUpdateBody = z.infer<typeof institutionUpdateBody>;

export const institutionItem = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(INSTITUTION_KINDS),
  unitCode: z.string().nullable(),
  unitName: z.string().nullable(),
  address: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type InstitutionItem = z.infer<typeof institutionItem>;

export const institutionQuery = z.object({
  q: z.string().trim().max(100).optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type InstitutionQuery = z.infer<typeof institutionQuery>;

// ---- Programmes ---------------------------------------------------------------------------------

export const completionRuleBody = z.strictObject({
  fullAttendance: z.boolean().default(true),
  minScore: z
    .number('Điểm tối thiểu phải là số')
    .min(0, 'Điểm tối thiểu từ 0 đến 10')
    .max(10, 'Điểm tối thiểu từ 0 đến 10')
    .default(5),
});

export const programmeBody = z
  .strictObject({
    code,
    name: text('Tên chương trình').min(1, 'Vui lòng nhập tên chương trình'),
    contentType: z.enum(CONTENT_TYPES, 'Loại nội dung không hợp lệ'),
    trainingKind: z.enum(TRAINING_KINDS, 'Hình thức phải là đào tạo hoặc bồi dưỡng'),
    awardsDimension: z.enum(DIMENSIONS, 'Loại trình độ không có trong danh mục').nullish(),
    awardsLevel: text('Trình độ', 50).nullish(),
    awardsCertificate: text('Tên chứng chỉ', 300).nullish(),
    durationValue: z
      .number('Thời lượng phải là số')
      .int('Thời lượng phải là số nguyên')
      .min(1, 'Thời lượng từ 1 trở lên')
      .max(10_000, 'Thời lượng quá lớn'),
    durationUnit: z.enum(DURATION_UNITS, 'Đơn vị thời lượng phải là tiết, ngày hoặc tuần'),
    modes: z
      .array(z.enum(TRAINING_MODES, 'Hình thức học không hợp lệ'))
      .min(1, 'Chọn ít nhất một hình thức học'),
    legalBasis: legalBasisBody.nullish(),
    completionRule: completionRuleBody.default({ fullAttendance: true, minScore: 5 }),
    active: z.boolean().default(true),
  })
  .superRefine((p, ctx) => {
    if (p.awardsDimension && !p.awardsLevel)
      ctx.addIssue({ code: 'custom', path: ['awardsLevel'], message: 'Vui lòng chọn trình độ được cấp' });
    if (p.awardsLevel && !p.awardsDimension)
      ctx.addIssue({ code: 'custom', path: ['awardsDimension'], message: 'Vui lòng chọn loại trình độ' });
    if (p.awardsDimension && p.awardsLevel && !isLevel(p.awardsDimension, p.awardsLevel))
      ctx.addIssue({
        code: 'custom',
        path: ['awardsLevel'],
        message: `Trình độ "${p.awardsLevel}" không thuộc loại ${DIMENSION_LABELS[p.awardsDimension]}`,
      });
  });
export type ProgrammeBody = z.infer<typeof programmeBody>;

export const programmeUpdateBody = z.strictObject({
  programme: programmeBody,
  version: z.number().int().min(1),
});
export type ProgrammeUpdateBody = z.infer<typeof programmeUpdateBody>;

export const programmeItem = z.object({
  code: z.string(),
  name: z.string(),
  contentType: z.enum(CONTENT_TYPES),
  trainingKind: z.enum(TRAINING_KINDS),
  awardsDimension: z.enum(DIMENSIONS).nullable(),
  awardsLevel: z.string().nullable(),
  awardsCertificate: z.string().nullable(),
  durationValue: z.number().int(),
  durationUnit: z.enum(DURATION_UNITS),
  modes: z.array(z.enum(TRAINING_MODES)),
  legalBasis: z.object({ number: z.string(), title: z.string(), date: z.string().nullable() }).nullable(),
  completionRule: z.object({ fullAttendance: z.boolean(), minScore: z.number() }),
  active: z.boolean(),
  version: z.number().int(),
});
export type ProgrammeItem = z.infer<typeof programmeItem>;

export const programmeQuery = z.object({
  q: z.string().trim().max(100).optional(),
  contentType: z.enum(CONTENT_TYPES, 'Loại nội dung không hợp lệ').optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type ProgrammeQuery = z.infer<typeof programmeQuery>;
