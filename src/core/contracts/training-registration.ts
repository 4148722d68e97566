/**
 * Self-registration (tự đăng ký học): a self-service account linked to a person record registers
 * for a course open to the person's unit; the unit approves (seat or waitlist) or rejects.
 */
import { z } from 'zod';
import { isoDate } from './common';
import { courseListItem } from './training-courses';
import { ENROLMENT_STATUSES, personTraining } from './training-enrolment';

const text = (label: string, max = 300) => z.string().trim().max(max, `${label} tối đa ${max} ký tự`);

export const registrationResult = z.object({
  id: z.number().int(),
  status: z.enum(ENROLMENT_STATUSES),
});
export type RegistrationResult = z.infer<typeof registrationResult>;

export const approveBody = z.strictObject({
  decisionNo: text('Số quyết định cử đi học', 100).nullish(),
  decisionDate: isoDate.nullish(),
  /** A written reason to approve someone the eligibility rules refuse (kept and audited). */
  eligibilityOverride: text('Lý do duyệt khi chưa đủ điều kiện', 1000).nullish(),
});
export type ApproveBody = z.infer<typeof approveBody>;

export const rejectBody = z.strictObject({
  reason: text('Lý do', 1000).min(1, 'Vui lòng nhập lý do từ chối'),
});
export type RejectBody = z.infer<typeof rejectBody>;

/** GET /api/training/my-courses: open courses the person may register for, and their enrolments. */
export const myCourses = z.object({
  person: z.object({
    id: z.number().int(),
    fullName: z.string(),
    unit: z.object({ code: z.string(), name: z.string() }).nullable(),
  }),
  courses: z.array(courseListItem),
  enrolments: personTraining.shape.enrolments,
});
export type MyCourses = z.infer<typeof myCourses>;
