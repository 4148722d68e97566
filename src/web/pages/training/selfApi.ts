/**
 * Self-registration (scratch/training-api.md, issue 5 §3): "Khóa học của tôi" for an account
 * linked to a person record, and the unit's approval or rejection on the course roster.
 */
import type { EnrolmentChange } from '../../../core/contracts/training-enrolment';
import type {
  ApproveBody,
  MyCourses,
  RegistrationResult,
} from '../../../core/contracts/training-registration';
import { apiRequest } from '../../api/client';

export type { MyCourses };

export const selfKeys = {
  mine: ['training', 'my-courses'] as const,
};

export const selfApi = {
  myCourses: (signal?: AbortSignal) => apiRequest<MyCourses>('/training/my-courses', { signal }),
  register: (courseId: number) =>
    apiRequest<RegistrationResult>(`/training/courses/${courseId}/register`, { method: 'POST' }),
  approve: (eid: number, body: ApproveBody) =>
    apiRequest<EnrolmentChange>(`/training/enrolments/${eid}/approve`, { method: 'POST', body }),
  reject: (eid: number, reason: string) =>
    apiRequest<EnrolmentChange>(`/training/enrolments/${eid}/reject`, { method: 'POST', body: { reason } }),
};
