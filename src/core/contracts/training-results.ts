/**
 * Shared schemas of training results (server routes and web forms use the same ones): attendance,
 * scores, completion, certificates, service commitments, course surveys, training activities and
 * the training report (contracts §6).
 */
import { z } from 'zod';
import { LEAVE_REASONS } from '../training/compensation';
import { ATTENDANCE_STATUSES } from '../training/completion';
import { isoDate } from './common';

export { FUNDING_SOURCE_LABELS, FUNDING_SOURCES, type FundingSource } from './training-courses';

const text = (label: string, max = 300) => z.string().trim().max(max, `${label} tối đa ${max} ký tự`);
const id = (label: string) => z.coerce.number().int().positive(`${label} không hợp lệ`);

export const courseParams = z.object({ id: id('Mã lớp học') });
export const sessionParams = courseParams.extend({ sid: id('Mã buổi học') });
export const assessmentParams = courseParams.extend({ aid: id('Mã bài kiểm tra') });
export const enrolmentParams = z.object({ eid: id('Mã học viên') });

const enrolmentId = z.number().int().positive('Mã học viên không hợp lệ');

export const attendanceBody = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        enrolmentId,
        status: z.enum(ATTENDANCE_STATUSES, 'Trạng thái điểm danh phải là có mặt, vắng hoặc vắng có phép'),
      }),
    )
    .min(1, 'Vui lòng điểm danh ít nhất một học viên')
    .max(5000, 'Tối đa 5.000 học viên mỗi lần'),
});
export type AttendanceBody = z.infer<typeof attendanceBody>;

/** A score of 0–10 with at most two decimals. */
export const score = z
  .number('Điểm phải là số')
  .min(0, 'Điểm phải từ 0 đến 10')
  .max(10, 'Điểm phải từ 0 đến 10')
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'Điểm có tối đa 2 chữ số thập phân');

export const scoresBody = z.strictObject({
  entries: z
    .array(z.strictObject({ enrolmentId, score }))
    .min(1, 'Vui lòng nhập điểm cho ít nhất một học viên')
    .max(5000, 'Tối đa 5.000 học viên mỗi lần'),
});
export type ScoresBody = z.infer<typeof scoresBody>;

/** Completion date, by default the course's end date; the body may be omitted. */
export const completeBody = z.strictObject({ completedOn: isoDate.optional() }).nullish();
export type CompleteBody = NonNullable<z.infer<typeof completeBody>>;

export const completionAnswer = z.object({
  completed: z.number().int(),
  failed: z.number().int(),
  qualifications: z.number().int(),
  commitments: z.number().int(),
});
export type CompletionAnswer = z.infer<typeof completionAnswer>;

export const certificateBody = z.strictObject({
  number: text('Số chứng chỉ', 100).min(1, 'Vui lòng nhập số chứng chỉ'),
  issuedOn: isoDate,
});
export type CertificateBody = z.infer<typeof certificateBody>;

export const replacementBody = z.strictObject({
  letterNo: text('Số giấy xác nhận', 100).min(1, 'Vui lòng nhập số giấy xác nhận'),
  issuedOn: isoDate,
});
export type ReplacementBody = z.infer<typeof replacementBody>;

export const certificateAnswer = z.object({
  enrolmentId: z.number().int(),
  number: z.string(),
  issuedOn: z.string(),
  replacementLetterNo: z.string().nullable(),
  replacementIssuedOn: z.string().nullable(),
});
export type CertificateAnswer = z.infer<typeof certificateAnswer>;

// ---- Service commitments -------------------------------------------------------------------

export const commitmentParams = z.object({ id: id('Mã cam kết') });

export const leaveBody = z.strictObject({
  leftOn: isoDate,
  reason: z.enum(LEAVE_REASONS, 'Lý do thôi việc không hợp lệ'),
});
export type LeaveBody = z.infer<typeof leaveBody>;

export const commitmentsQuery = z.object({
  unit: z.string().trim().min(1, 'Vui lòng chọn đơn vị').max(50).optional(),
});

export const commitmentItem = z.object({
  id: z.number().int(),
  person: z.object({ id: z.number().int(), fullName: z.string() }),
  course: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  months: z.number().int(),
  startsOn: z.string(),
  endsOn: z.string(),
  cost: z.number().int(),
  status: z.string(),
  leftOn: z.string().nullable(),
  compensation: z.number().int().nullable(),
  exemption: z.string().nullable(),
  version: z.number().int(),
});
export type CommitmentItem = z.infer<typeof commitmentItem>;

// ---- Surveys and quality -------------------------------------------------------------------

export const surveyBody = z.strictObject({
  enrolmentId: enrolmentId.optional(),
  answers: z
    .record(
      z
        .string()
        .trim()
        .regex(/^[a-z0-9_]{1,40}$/i, 'Mã câu hỏi chỉ gồm chữ, số, gạch dưới'),
      z.number('Điểm phải là số').min(0, 'Điểm phải từ 0 đến 10').max(10, 'Điểm phải từ 0 đến 10'),
    )
    .refine((a) => Object.keys(a).length > 0, 'Vui lòng trả lời ít nhất một câu hỏi')
    .refine((a) => Object.keys(a).length <= 50, 'Tối đa 50 câu hỏi'),
  comment: text('Ý kiến', 2000).optional(),
});
export type SurveyBody = z.infer<typeof surveyBody>;

export const qualityAnswer = z.object({
  responses: z.number().int(),
  index: z.number().nullable(),
  band: z.enum(['kem', 'yeu', 'trung_binh', 'kha', 'tot']).nullable(),
});
export type QualityAnswer = z.infer<typeof qualityAnswer>;

// ---- Training activities -------------------------------------------------------------------

export const ACTIVITY_KINDS = ['coaching', 'guidance', 'onboarding'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  coaching: 'Kèm cặp, "cầm tay chỉ việc"',
  guidance: 'Cán bộ cấp trên về hướng dẫn cơ sở',
  onboarding: 'Bồi dưỡng cấp ủy viên mới, người mới nhận nhiệm vụ',
};

export const activityBody = z.strictObject({
  kind: z.enum(ACTIVITY_KINDS, 'Loại hoạt động không hợp lệ'),
  unitCode: z.string().trim().min(1, 'Vui lòng chọn đơn vị').max(50),
  personId: z.number().int().positive('Mã cán bộ không hợp lệ').optional(),
  title: text('Nội dung', 500).min(1, 'Vui lòng nhập nội dung'),
  date: isoDate,
  hours: z
    .number('Số giờ phải là số')
    .positive('Số giờ phải lớn hơn 0')
    .max(10_000, 'Số giờ quá lớn')
    .refine((v) => Number.isInteger(v * 10), 'Số giờ có tối đa 1 chữ số thập phân'),
  participants: z
    .number('Số người tham gia phải là số')
    .int('Số người tham gia phải là số nguyên')
    .min(1, 'Số người tham gia từ 1 trở lên')
    .max(1_000_000, 'Số người tham gia quá lớn')
    .default(1),
  note: text('Ghi chú', 2000).optional(),
});
export type ActivityBody = z.infer<typeof activityBody>;

export const activitiesQuery = z.object({
  unit: z.string().trim().min(1, 'Vui lòng chọn đơn vị').max(50).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const activityItem = z.object({
  id: z.number().int(),
  kind: z.enum(ACTIVITY_KINDS),
  unit: z.object({ code: z.string(), name: z.string() }),
  person: z.object({ id: z.number().int(), fullName: z.string() }).nullable(),
  title: z.string(),
  date: z.string(),
  hours: z.number(),
  participants: z.number().int(),
  note: z.string().nullable(),
});
export type ActivityItem = z.infer<typeof activityItem>;

// ---- Training report (contracts §6) --------------------------------------------------------

export const trainingReportQuery = z
  .object({
    /** Omitted: the whole country (administrators only). */
    unit: z.string().trim().min(1, 'Vui lòng chọn đơn vị').max(50).optional(),
    /** Default: 1 January of this year. */
    from: isoDate.optional(),
    /** Default: today. */
    to: isoDate.optional(),
    format: z.enum(['json', 'xlsx']).default('json'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'Ngày kết thúc phải sau ngày bắt đầu',
  });
export type TrainingReportQuery = z.infer<typeof trainingReportQuery>;

const figures = {
  persons: z.number().int(),
  personTimes: z.number().int(),
  women: z.number().int(),
  ethnicMinority: z.number().int(),
  cost: z.record(z.string(), z.number().int()),
};
export const trainingReportRow = z.object({
  /** A programme content type, or "activity:<kind>" for training activities. */
  contentType: z.string(),
  level: z.string().nullable(),
  ...figures,
});
export type TrainingReportRow = z.infer<typeof trainingReportRow>;

export const trainingReport = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  from: z.string(),
  to: z.string(),
  rows: z.array(trainingReportRow),
  totals: z.object(figures),
});
export type TrainingReport = z.infer<typeof trainingReport>;
