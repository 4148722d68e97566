import { z } from 'zod';
import { CCCD_MESSAGES, checkCccd } from '../catalog/cccd';
import {
  ASSIGNMENT_KINDS,
  GENDERS,
  PERSON_CATEGORIES,
  PERSON_STATUSES,
  QUALIFICATION_STATUSES,
  RATINGS,
  TRAINING_MODES,
} from '../catalog/enums';
import { ETHNICITIES } from '../catalog/ethnicities';
import { DIMENSIONS, isLevel } from '../catalog/levels';
import { isoDate, pageQuery } from './common';

const text = (label: string, max = 200) => z.string().trim().max(max, `${label} tối đa ${max} ký tự`);
const optionalText = (label: string, max = 200) => text(label, max).nullish();
const optionalDate = isoDate.nullish();

export const personBody = z
  .strictObject({
    cccd: z.string().trim(),
    cmnd: z
      .string()
      .trim()
      .regex(/^\d{9}$/, 'Số CMND cũ phải gồm 9 chữ số')
      .nullish(),
    fullName: text('Họ và tên').min(1, 'Vui lòng nhập họ và tên'),
    birthDate: isoDate,
    gender: z.enum(GENDERS, 'Giới tính phải là Nam hoặc Nữ'),
    ethnicity: z.enum(ETHNICITIES, 'Dân tộc không có trong danh mục 54 dân tộc').nullish(),
    religion: optionalText('Tôn giáo', 100),
    hometown: optionalText('Quê quán', 300),
    category: z.enum(PERSON_CATEGORIES, 'Đối tượng không hợp lệ'),
    partyJoinDate: optionalDate,
    partyOfficialDate: optionalDate,
    status: z.enum(PERSON_STATUSES, 'Trạng thái không hợp lệ').default('active'),
    partyUnitCode: optionalText('Mã tổ chức đảng', 50),
  })
  .superRefine((p, ctx) => {
    const problem = checkCccd(p.cccd, { birthDate: p.birthDate, gender: p.gender });
    if (problem) ctx.addIssue({ code: 'custom', path: ['cccd'], message: CCCD_MESSAGES[problem] });
    const today = new Date().toISOString().slice(0, 10);
    if (p.birthDate > today)
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'Ngày sinh không được ở tương lai' });
    if (p.birthDate < '1900-01-01')
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'Ngày sinh không hợp lệ' });
    if (p.partyJoinDate && p.partyOfficialDate && p.partyOfficialDate < p.partyJoinDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['partyOfficialDate'],
        message: 'Ngày chính thức phải sau ngày vào Đảng',
      });
    }
    if (p.partyJoinDate && p.partyJoinDate < p.birthDate) {
      ctx.addIssue({ code: 'custom', path: ['partyJoinDate'], message: 'Ngày vào Đảng phải sau ngày sinh' });
    }
  });
export type PersonBody = z.infer<typeof personBody>;

export const personUpdateBody = z.strictObject({ person: personBody, version: z.number().int().min(1) });

export const assignmentBody = z
  .strictObject({
    unitCode: text('Mã đơn vị', 50).min(1, 'Vui lòng chọn đơn vị'),
    positionCode: text('Mã chức vụ', 50).min(1, 'Vui lòng chọn chức vụ'),
    kind: z.enum(ASSIGNMENT_KINDS, 'Hình thức không hợp lệ'),
    decisionNo: optionalText('Số quyết định', 100),
    decisionDate: optionalDate,
    validFrom: isoDate,
    /** Exclusive end (the import's inclusive "Đến ngày" + 1 day). */
    validTo: optionalDate,
    note: optionalText('Ghi chú', 500),
    /** Written reason of an administrator appointing someone the gate refuses (audited). */
    gateOverride: optionalText('Lý do bổ nhiệm khi chưa đạt chuẩn', 1000),
  })
  .refine((a) => !a.validTo || a.validTo > a.validFrom, {
    path: ['validTo'],
    message: 'Ngày kết thúc phải sau ngày bắt đầu',
  });
export type AssignmentBody = z.infer<typeof assignmentBody>;

export const qualificationBody = z
  .strictObject({
    dimension: z.enum(DIMENSIONS, 'Loại trình độ không hợp lệ'),
    level: text('Trình độ', 50).min(1, 'Vui lòng chọn trình độ'),
    major: optionalText('Chuyên ngành'),
    institution: optionalText('Cơ sở đào tạo'),
    mode: z.enum(TRAINING_MODES, 'Hình thức đào tạo không hợp lệ').nullish(),
    language: optionalText('Ngôn ngữ', 100),
    startDate: optionalDate,
    endDate: optionalDate,
    status: z.enum(QUALIFICATION_STATUSES, 'Tình trạng không hợp lệ'),
    certificateNo: optionalText('Số văn bằng', 100),
  })
  .superRefine((q, ctx) => {
    if (!isLevel(q.dimension, q.level)) {
      ctx.addIssue({
        code: 'custom',
        path: ['level'],
        message: 'Trình độ không thuộc loại trình độ đã chọn',
      });
    }
    if (q.startDate && q.endDate && q.endDate < q.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Ngày kết thúc phải sau ngày bắt đầu' });
    }
  });
export type QualificationBody = z.infer<typeof qualificationBody>;

export const qualificationUpdateBody = z.strictObject({
  qualification: qualificationBody,
  version: z.number().int().min(1),
});

export const evaluationBody = z.strictObject({
  year: z.number().int().min(1950, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ'),
  rating: z.enum(RATINGS, 'Xếp loại không hợp lệ'),
  note: optionalText('Ghi chú', 500),
});
export type EvaluationBody = z.infer<typeof evaluationBody>;

export const rewardDisciplineBody = z.strictObject({
  type: z.enum(['reward', 'discipline'], 'Loại phải là khen thưởng hoặc kỷ luật'),
  authority: z.enum(['state', 'party'], 'Cơ quan quyết định không hợp lệ').default('state'),
  form: text('Hình thức', 200).min(1, 'Vui lòng nhập hình thức'),
  decisionNo: optionalText('Số quyết định', 100),
  decisionDate: isoDate,
  reason: optionalText('Lý do', 1000),
  effectiveTo: optionalDate,
});
export type RewardDisciplineBody = z.infer<typeof rewardDisciplineBody>;

const ageField = z.coerce.number().int().min(16, 'Tuổi từ 16').max(100, 'Tuổi đến 100');

/** GET /api/people (contracts §6). Every filter is optional; the unit filter covers the subtree. */
export const peopleQuery = pageQuery.extend({
  q: z.string().trim().max(100, 'Từ khóa tối đa 100 ký tự').optional(),
  unit: z.string().trim().max(50).optional(),
  category: z.enum(PERSON_CATEGORIES).optional(),
  position: z.string().trim().max(50).optional(),
  keyCadre: z.enum(['true', 'false']).optional(),
  gender: z.enum(GENDERS).optional(),
  ethnicity: z.string().trim().max(50).optional(),
  /** "kinh" | "minority" | a group name. */
  partyMember: z.enum(['true', 'false']).optional(),
  ageMin: ageField.optional(),
  ageMax: ageField.optional(),
  /** `dimension:level` = at least that level, e.g. `professional:dai_hoc`. Repeatable via commas. */
  qualification: z.string().trim().max(300).optional(),
  status: z.enum(PERSON_STATUSES).optional(),
  sort: z.enum(['name', '-name', 'birthDate', '-birthDate', 'unit']).default('name'),
  /** A past date: who worked in the subtree then (as the tree was then), with what they had then. */
  asOf: isoDate.optional(),
});
export type PeopleQuery = z.infer<typeof peopleQuery>;

export const personListItem = z.object({
  id: z.number().int(),
  cccd: z.string(),
  fullName: z.string(),
  birthDate: z.string(),
  gender: z.enum(GENDERS),
  ethnicity: z.string().nullable(),
  category: z.enum(PERSON_CATEGORIES),
  status: z.enum(PERSON_STATUSES),
  unit: z.object({ code: z.string(), name: z.string() }).nullable(),
  position: z.object({ code: z.string(), name: z.string() }).nullable(),
  keyCadre: z.boolean(),
  partyMember: z.boolean(),
});
export type PersonListItem = z.infer<typeof personListItem>;

export const personCreateBody = z.strictObject({ person: personBody, assignment: assignmentBody });
export const assignmentUpdateBody = z.strictObject({
  assignment: assignmentBody,
  version: z.number().int().min(1),
});

const ref = z.object({ code: z.string(), name: z.string() });

export const personRecord = z.object({
  id: z.number().int(),
  cccd: z.string(),
  cmnd: z.string().nullable(),
  fullName: z.string(),
  birthDate: z.string(),
  gender: z.enum(GENDERS),
  ethnicity: z.string().nullable(),
  religion: z.string().nullable(),
  hometown: z.string().nullable(),
  category: z.enum(PERSON_CATEGORIES),
  partyJoinDate: z.string().nullable(),
  partyOfficialDate: z.string().nullable(),
  status: z.enum(PERSON_STATUSES),
  partyUnit: ref.nullable(),
  unit: ref.nullable(),
  position: ref.nullable(),
  keyCadre: z.boolean(),
  version: z.number().int(),
  assignments: z.array(
    z.object({
      id: z.number().int(),
      unit: ref,
      position: ref,
      kind: z.enum(ASSIGNMENT_KINDS),
      decisionNo: z.string().nullable(),
      decisionDate: z.string().nullable(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
      note: z.string().nullable(),
      version: z.number().int(),
    }),
  ),
  qualifications: z.array(
    z.object({
      id: z.number().int(),
      dimension: z.enum(DIMENSIONS),
      level: z.string(),
      major: z.string().nullable(),
      institution: z.string().nullable(),
      mode: z.string().nullable(),
      language: z.string().nullable(),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
      status: z.enum(QUALIFICATION_STATUSES),
      certificateNo: z.string().nullable(),
      source: z.string(),
      version: z.number().int(),
    }),
  ),
  evaluations: z.array(
    z.object({
      id: z.number().int(),
      year: z.number().int(),
      rating: z.enum(RATINGS),
      note: z.string().nullable(),
    }),
  ),
  rewards: z.array(
    z.object({
      id: z.number().int(),
      type: z.enum(['reward', 'discipline']),
      authority: z.string(),
      form: z.string(),
      decisionNo: z.string().nullable(),
      decisionDate: z.string(),
      reason: z.string().nullable(),
      effectiveTo: z.string().nullable(),
    }),
  ),
});
export type PersonRecord = z.infer<typeof personRecord>;
