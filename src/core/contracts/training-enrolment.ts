/**
 * Shared schemas of enrolment: nomination (cử đi học) one by one or in bulk, the roster, waitlist,
 * withdrawal and refusal, and a person's training history.
 */
import { z } from 'zod';
import { GENDERS } from '../catalog/enums';
import { ATTENDANCE_STATUSES } from '../training/completion';
import { isoDate } from './common';
import { COURSE_STATUSES } from './training-courses';

const text = (label: string, max = 300) => z.string().trim().max(max, `${label} tối đa ${max} ký tự`);

export const ENROLMENT_STATUSES = [
  'pending',
  'enrolled',
  'waitlisted',
  'withdrawn',
  'refused',
  'completed',
  'failed',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export const ENROLMENT_STATUS_LABELS: Record<EnrolmentStatus, string> = {
  pending: 'Chờ đơn vị duyệt',
  enrolled: 'Đang học',
  waitlisted: 'Danh sách chờ',
  withdrawn: 'Rút khỏi lớp',
  refused: 'Từ chối đi học',
  completed: 'Hoàn thành',
  failed: 'Không đạt',
};

export const ENROLMENT_RESULTS = ['xuat_sac', 'gioi', 'kha', 'trung_binh', 'khong_dat'] as const;
export type EnrolmentResult = (typeof ENROLMENT_RESULTS)[number];
export const ENROLMENT_RESULT_LABELS: Record<EnrolmentResult, string> = {
  xuat_sac: 'Xuất sắc',
  gioi: 'Giỏi',
  kha: 'Khá',
  trung_binh: 'Trung bình',
  khong_dat: 'Không đạt',
};

export const MAX_NOMINATION = 5000;

export const nominationBody = z.strictObject({
  unitCode: text('Mã đơn vị cử', 50).min(1, 'Vui lòng chọn đơn vị cử đi học'),
  personIds: z
    .array(z.number().int().positive('Mã cán bộ không hợp lệ'))
    .min(1, 'Chọn ít nhất một người')
    .max(MAX_NOMINATION, `Mỗi lần cử tối đa ${MAX_NOMINATION} người`),
  decisionNo: text('Số quyết định cử đi học', 100).nullish(),
  decisionDate: isoDate.nullish(),
  /** A written reason to nominate people the eligibility rules refuse (kept and audited). */
  eligibilityOverride: text('Lý do cử khi chưa đủ điều kiện', 1000).nullish(),
});
export type NominationBody = z.infer<typeof nominationBody>;

export const nominationResult = z.object({
  enrolled: z.number().int(),
  waitlisted: z.number().int(),
  enrolmentIds: z.array(z.number().int()),
});
export type NominationResult = z.infer<typeof nominationResult>;

/** Multipart fields of the roster upload besides the file. */
export const rosterFields = z.object({
  unitCode: text('Mã đơn vị cử', 50).min(1, 'Vui lòng chọn đơn vị cử đi học'),
  eligibilityOverride: text('Lý do cử khi chưa đủ điều kiện', 1000).optional(),
});
export type RosterFields = z.infer<typeof rosterFields>;

export const ROSTER_COLUMNS = {
  cccd: 'Số CCCD*',
  decisionNo: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
} as const;

export const rosterRowError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type RosterRowError = z.infer<typeof rosterRowError>;

export const withdrawBody = z.strictObject({
  reason: text('Lý do', 1000).min(1, 'Vui lòng nhập lý do'),
});
export type WithdrawBody = z.infer<typeof withdrawBody>;
export const refuseBody = withdrawBody;
export type RefuseBody = WithdrawBody;

export const enrolmentParams = z.object({
  eid: z.coerce.number().int().positive('Mã học viên không hợp lệ'),
});

export const rosterItem = z.object({
  id: z.number().int(),
  person: z.object({
    id: z.number().int(),
    fullName: z.string(),
    birthDate: z.string(),
    gender: z.enum(GENDERS),
    ethnicity: z.string().nullable(),
  }),
  unit: z.object({ code: z.string(), name: z.string() }),
  status: z.enum(ENROLMENT_STATUSES),
  decisionNo: z.string().nullable(),
  decisionDate: z.string().nullable(),
  reason: z.string().nullable(),
  /** Not in the spec's roster shape; always sent by the server (optional for web fixtures). */
  eligibilityOverride: z.string().nullish(),
  waitlistedAt: z.string().nullish(),
  result: z.enum(ENROLMENT_RESULTS).nullable(),
  completedOn: z.string().nullable(),
  attendance: z.object({
    present: z.number().int(),
    absent: z.number().int(),
    excused: z.number().int(),
    sessions: z.number().int(),
  }),
  /** The mark of each session recorded so far (sessions without a mark are left out). */
  marks: z.array(z.object({ sessionId: z.number().int(), status: z.enum(ATTENDANCE_STATUSES) })),
  scores: z.array(z.object({ assessmentId: z.number().int(), score: z.number() })),
  certificate: z
    .object({ number: z.string(), issuedOn: z.string(), replacementLetterNo: z.string().nullable() })
    .nullable(),
  version: z.number().int(),
});
export type RosterItem = z.infer<typeof rosterItem>;

export const enrolmentChange = z.object({
  id: z.number().int(),
  status: z.enum(ENROLMENT_STATUSES),
  /** The waitlisted enrolment promoted into the freed seat, if any. */
  promoted: z.object({ id: z.number().int(), personId: z.number().int(), fullName: z.string() }).nullable(),
});
export type EnrolmentChange = z.infer<typeof enrolmentChange>;

export const personTraining = z.object({
  enrolments: z.array(
    z.object({
      id: z.number().int(),
      course: z.object({
        id: z.number().int(),
        code: z.string(),
        name: z.string(),
        startDate: z.string(),
        endDate: z.string(),
        status: z.enum(COURSE_STATUSES),
      }),
      programme: z.object({
        code: z.string(),
        name: z.string(),
        contentType: z.string(),
        awardsDimension: z.string().nullable(),
        awardsLevel: z.string().nullable(),
      }),
      status: z.enum(ENROLMENT_STATUSES),
      result: z.enum(ENROLMENT_RESULTS).nullable(),
      completedOn: z.string().nullable(),
      certificate: z
        .object({ number: z.string(), issuedOn: z.string(), replacementLetterNo: z.string().nullable() })
        .nullable(),
    }),
  ),
  activities: z.array(
    z.object({
      id: z.number().int(),
      kind: z.string(),
      title: z.string(),
      date: z.string(),
      hours: z.number(),
      unit: z.object({ code: z.string(), name: z.string() }),
    }),
  ),
});
export type PersonTraining = z.infer<typeof personTraining>;
