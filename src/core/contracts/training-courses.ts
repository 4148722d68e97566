/**
 * Shared schemas of courses (lớp học): the course itself, its timetable, quotas, lecturers, cost
 * lines and assessments. Server routes and web forms use the same ones.
 */
import { z } from 'zod';
import { TRAINING_MODES } from '../catalog/enums';
import { DIMENSIONS } from '../catalog/levels';
import { isoDate, pageQuery } from './common';
import { CONTENT_TYPES } from './training-catalogue';

const text = (label: string, max = 300) => z.string().trim().max(max, `${label} tối đa ${max} ký tự`);

export const COURSE_STATUSES = ['planned', 'open', 'running', 'closed', 'cancelled'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];
export const COURSE_STATUS_LABELS: Record<CourseStatus, string> = {
  planned: 'Kế hoạch',
  open: 'Đang chiêu sinh',
  running: 'Đang học',
  closed: 'Đã kết thúc',
  cancelled: 'Đã hủy',
};

export const LECTURER_KINDS = ['full_time', 'part_time'] as const;
export type LecturerKind = (typeof LECTURER_KINDS)[number];
export const LECTURER_KIND_LABELS: Record<LecturerKind, string> = {
  full_time: 'Giảng viên cơ hữu',
  part_time: 'Giảng viên kiêm chức',
};

export const FUNDING_SOURCES = [
  'central',
  'local',
  'agency',
  'personal',
  'domestic_sponsor',
  'foreign_sponsor',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  central: 'Ngân sách trung ương',
  local: 'Ngân sách địa phương',
  agency: 'Kinh phí cơ quan, đơn vị',
  personal: 'Cá nhân tự túc',
  domestic_sponsor: 'Tài trợ trong nước',
  foreign_sponsor: 'Tài trợ nước ngoài',
};
/** Funding sources that count as state funding (service commitments). */
export const STATE_FUNDING_SOURCES: readonly FundingSource[] = ['central', 'local', 'agency'];

// ---- Course ---------------------------------------------------------------------------------------

const courseFields = {
  code: text('Mã lớp', 50)
    .regex(/^[A-Za-z0-9_.-]*$/, 'Mã lớp chỉ gồm chữ không dấu, số, gạch dưới, dấu chấm')
    .nullish(),
  name: text('Tên lớp').min(1, 'Vui lòng nhập tên lớp'),
  programmeCode: text('Mã chương trình', 50).min(1, 'Vui lòng chọn chương trình'),
  institutionCode: text('Mã cơ sở đào tạo', 50).min(1, 'Vui lòng chọn cơ sở đào tạo'),
  organiserUnitCode: text('Mã đơn vị tổ chức', 50).min(1, 'Vui lòng chọn đơn vị tổ chức'),
  mode: z.enum(TRAINING_MODES, 'Hình thức học không hợp lệ'),
  place: text('Địa điểm', 500).nullish(),
  placeUnitCodes: z.array(text('Mã đơn vị', 50).min(1)).max(100).nullish(),
  startDate: isoDate,
  endDate: isoDate,
  capacity: z
    .number('Sĩ số phải là số')
    .int('Sĩ số phải là số nguyên')
    .min(1, 'Sĩ số tối đa phải từ 1 trở lên')
    .max(100_000, 'Sĩ số quá lớn'),
  decisionNo: text('Số quyết định mở lớp', 100).nullish(),
  note: text('Ghi chú', 1000).nullish(),
};

export const courseBody = z.strictObject(courseFields).refine((c) => c.endDate >= c.startDate, {
  path: ['endDate'],
  message: 'Ngày kết thúc phải từ ngày khai giảng trở đi',
});
export type CourseBody = z.infer<typeof courseBody>;

export const courseUpdateBody = z.strictObject({ course: courseBody, version: z.number().int().min(1) });
export type CourseUpdateBody = z.infer<typeof courseUpdateBody>;

export const courseStatusBody = z.strictObject({
  status: z.enum(COURSE_STATUSES, 'Trạng thái lớp không hợp lệ'),
});
export type CourseStatusBody = z.infer<typeof courseStatusBody>;

/** Allowed status transitions: planned → open → running → closed; cancelled from the first three. */
export const COURSE_TRANSITIONS: Record<CourseStatus, readonly CourseStatus[]> = {
  planned: ['open', 'cancelled'],
  open: ['running', 'cancelled'],
  running: ['closed', 'cancelled'],
  closed: [],
  cancelled: [],
};

export const courseQuery = pageQuery.extend({
  institution: z.string().trim().max(50).optional(),
  programme: z.string().trim().max(50).optional(),
  status: z.enum(COURSE_STATUSES, 'Trạng thái lớp không hợp lệ').optional(),
  /** Courses open to this unit's people: the organiser is the unit or one of its ancestors. */
  openTo: z.string().trim().max(50).optional(),
  year: z.coerce.number().int().min(1900, 'Năm không hợp lệ').max(2200, 'Năm không hợp lệ').optional(),
  q: z.string().trim().max(100).optional(),
});
export type CourseQuery = z.infer<typeof courseQuery>;

const codeName = z.object({ code: z.string(), name: z.string() });

export const courseListItem = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  programme: z.object({
    code: z.string(),
    name: z.string(),
    contentType: z.enum(CONTENT_TYPES),
    awardsDimension: z.enum(DIMENSIONS).nullable(),
    awardsLevel: z.string().nullable(),
  }),
  institution: codeName,
  organiser: codeName,
  mode: z.enum(TRAINING_MODES),
  place: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  capacity: z.number().int(),
  status: z.enum(COURSE_STATUSES),
  counts: z.object({ enrolled: z.number().int(), waitlisted: z.number().int(), completed: z.number().int() }),
});
export type CourseListItem = z.infer<typeof courseListItem>;

export const courseSession = z.object({
  id: z.number().int(),
  date: z.string(),
  topic: z.string(),
  periods: z.number().int(),
});
export const courseQuotaItem = z.object({ unit: codeName, seats: z.number().int(), used: z.number().int() });
export const courseLecturer = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(LECTURER_KINDS),
  hours: z.number(),
});
export const courseCost = z.object({
  id: z.number().int(),
  fundingSource: z.enum(FUNDING_SOURCES),
  amount: z.number().int(),
  note: z.string().nullable(),
});
export const courseAssessment = z.object({ id: z.number().int(), name: z.string() });

export const courseDetail = courseListItem.extend({
  programme: courseListItem.shape.programme.extend({
    trainingKind: z.enum(['dao_tao', 'boi_duong']),
    awardsCertificate: z.string().nullable(),
    completionRule: z.object({ fullAttendance: z.boolean(), minScore: z.number() }),
  }),
  /** The programme's completion rule, repeated at the top for the completion preview. */
  completionRule: z.object({ fullAttendance: z.boolean(), minScore: z.number() }).optional(),
  placeUnits: z.array(codeName),
  decisionNo: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  sessions: z.array(courseSession),
  quotas: z.array(courseQuotaItem),
  lecturers: z.array(courseLecturer),
  costs: z.array(courseCost),
  assessments: z.array(courseAssessment),
});
export type CourseDetail = z.infer<typeof courseDetail>;

// ---- Timetable, quotas, lecturers, costs, assessments ------------------------------------------------

export const sessionBody = z.strictObject({
  date: isoDate,
  topic: text('Chủ đề buổi học', 500).min(1, 'Vui lòng nhập chủ đề buổi học'),
  periods: z
    .number('Số tiết phải là số')
    .int('Số tiết phải là số nguyên')
    .min(1, 'Số tiết từ 1 trở lên')
    .max(12, 'Một buổi học tối đa 12 tiết')
    .default(4),
});
export type SessionBody = z.infer<typeof sessionBody>;

export const quotasBody = z.strictObject({
  quotas: z
    .array(
      z.strictObject({
        unitCode: text('Mã đơn vị', 50).min(1, 'Vui lòng chọn đơn vị'),
        seats: z.number('Số chỗ phải là số').int('Số chỗ phải là số nguyên').min(0, 'Số chỗ từ 0 trở lên'),
      }),
    )
    .max(1000, 'Tối đa 1000 đơn vị'),
});
export type QuotasBody = z.infer<typeof quotasBody>;

export const lecturerBody = z.strictObject({
  name: text('Họ tên giảng viên', 200).min(1, 'Vui lòng nhập họ tên giảng viên'),
  kind: z.enum(LECTURER_KINDS, 'Loại giảng viên phải là cơ hữu hoặc kiêm chức'),
  hours: z.number('Số giờ giảng phải là số').min(0, 'Số giờ giảng từ 0 trở lên').max(10_000).default(0),
  personId: z.number().int().positive().nullish(),
});
export type LecturerBody = z.infer<typeof lecturerBody>;

export const costBody = z.strictObject({
  fundingSource: z.enum(FUNDING_SOURCES, 'Nguồn kinh phí không hợp lệ'),
  amount: z
    .number('Số tiền phải là số')
    .int('Số tiền tính bằng đồng, không có phần lẻ')
    .min(0, 'Số tiền từ 0 trở lên')
    .max(Number.MAX_SAFE_INTEGER, 'Số tiền quá lớn'),
  note: text('Ghi chú', 500).nullish(),
});
export type CostBody = z.infer<typeof costBody>;

export const assessmentBody = z.strictObject({
  name: text('Tên bài kiểm tra', 300).min(1, 'Vui lòng nhập tên bài kiểm tra'),
});
export type AssessmentBody = z.infer<typeof assessmentBody>;

export const courseIdParams = z.object({ id: z.coerce.number().int().positive('Mã lớp không hợp lệ') });
export const sessionParams = courseIdParams.extend({
  sid: z.coerce.number().int().positive('Mã buổi học không hợp lệ'),
});

/** Courses open for a qualification gap (person page). */
export const openCoursesQuery = z.object({
  dimension: z.enum(DIMENSIONS, 'Loại trình độ không có trong danh mục'),
  level: z.string().trim().min(1, 'Vui lòng chọn trình độ').max(50),
  unitCode: z.string().trim().min(1, 'Vui lòng chọn đơn vị').max(50),
});
export type OpenCoursesQuery = z.infer<typeof openCoursesQuery>;
