/**
 * The training API (scratch/training-api.md): the answers' shapes and the calls the training pages
 * make. Query keys start with 'training' so one invalidation refreshes every view of a course.
 */
import type { ProgrammeItem } from '../../../core/contracts/training-catalogue';
import type {
  CourseBody,
  CourseDetail,
  CourseListItem,
  CourseQuery,
  CourseStatus,
  FundingSource,
  LecturerKind,
} from '../../../core/contracts/training-courses';
import type {
  NominationBody,
  NominationResult,
  PersonTraining,
  RosterItem,
  RosterRowError,
} from '../../../core/contracts/training-enrolment';
import type {
  CompletionAnswer,
  QualityAnswer,
  TrainingReport,
} from '../../../core/contracts/training-results';
import type { AttendanceStatus } from '../../../core/training/completion';
import { apiRequest, type QueryValue } from '../../api/client';
import { apiUrl, type Page } from '../../api/endpoints';
import { type UploadProgress, uploadFile } from '../../api/upload';

export { COURSE_STATUSES, FUNDING_SOURCES } from '../../../core/contracts/training-courses';
export type { EnrolmentStatus } from '../../../core/contracts/training-enrolment';
export { ENROLMENT_STATUSES } from '../../../core/contracts/training-enrolment';
export type { CourseResult as Result } from '../../../core/training/completion';
export { ATTENDANCE_STATUSES } from '../../../core/training/completion';
export type { QualityBand } from '../../../core/training/quality';
export type {
  AttendanceStatus,
  CourseBody,
  CourseDetail,
  CourseListItem,
  CourseStatus,
  FundingSource,
  PersonTraining,
  QualityAnswer,
  TrainingReport,
};

/**
 * A learner on the roster. `marks` (per-session attendance saved so far) lets the sheet show what
 * was recorded before, after a reload.
 */
export type Enrolment = Omit<RosterItem, 'scores'> & {
  scores: { assessmentId: number; score: number | null }[];
};

export type Programme = ProgrammeItem;

export interface Institution {
  code: string;
  name: string;
  active: boolean;
}

export type CourseFilters = Pick<
  CourseQuery,
  'institution' | 'programme' | 'status' | 'openTo' | 'year' | 'q'
>;

export interface OpenCourse {
  id: number;
  code?: string;
  name: string;
  startDate: string;
  endDate?: string;
}

export interface RosterImportResult extends Partial<NominationResult> {
  errors?: RosterRowError[];
}

export const trainingKeys = {
  all: ['training'] as const,
  courses: (q: Record<string, QueryValue>) => ['training', 'courses', q] as const,
  course: (id: number) => ['training', 'course', id] as const,
  roster: (id: number) => ['training', 'course', id, 'roster'] as const,
  quality: (id: number) => ['training', 'course', id, 'quality'] as const,
  programmes: ['training', 'programmes'] as const,
  institutions: ['training', 'institutions'] as const,
  person: (id: number) => ['training', 'person', id] as const,
  openCourses: (dimension: string, level: string, unitCode: string) =>
    ['training', 'open-courses', dimension, level, unitCode] as const,
  report: (q: Record<string, QueryValue>) => ['training', 'report', q] as const,
};

const c = (id: number) => `/training/courses/${id}`;

/** Lists may come as a page or as a bare array: accept both. */
function items<T>(v: T[] | { items: T[] }): T[] {
  return Array.isArray(v) ? v : v.items;
}

export const trainingApi = {
  courses: (q: CourseFilters & { page: number; pageSize: number }, signal?: AbortSignal) =>
    apiRequest<Page<CourseListItem>>('/training/courses', { query: { ...q }, signal }),
  course: (id: number, signal?: AbortSignal) => apiRequest<CourseDetail>(c(id), { signal }),
  programmes: async (signal?: AbortSignal) =>
    items(await apiRequest<Programme[] | { items: Programme[] }>('/training/programmes', { signal })),
  institutions: async (signal?: AbortSignal) =>
    items(await apiRequest<Institution[] | { items: Institution[] }>('/training/institutions', { signal })),
  createCourse: (body: CourseBody) => apiRequest<CourseDetail>('/training/courses', { method: 'POST', body }),
  setStatus: (id: number, status: CourseStatus) =>
    apiRequest<CourseDetail>(`${c(id)}/status`, { method: 'POST', body: { status } }),
  addSession: (id: number, body: { date: string; topic: string; periods: number }) =>
    apiRequest<unknown>(`${c(id)}/sessions`, { method: 'POST', body }),
  deleteSession: (id: number, sid: number) =>
    apiRequest<unknown>(`${c(id)}/sessions/${sid}`, { method: 'DELETE' }),
  setQuotas: (id: number, quotas: { unitCode: string; seats: number }[]) =>
    apiRequest<unknown>(`${c(id)}/quotas`, { method: 'PUT', body: { quotas } }),
  addLecturer: (id: number, body: { name: string; kind: LecturerKind; hours: number }) =>
    apiRequest<unknown>(`${c(id)}/lecturers`, { method: 'POST', body }),
  addCost: (id: number, body: { fundingSource: FundingSource; amount: number; note?: string | null }) =>
    apiRequest<unknown>(`${c(id)}/costs`, { method: 'POST', body }),
  addAssessment: (id: number, name: string) =>
    apiRequest<unknown>(`${c(id)}/assessments`, { method: 'POST', body: { name } }),

  roster: async (id: number, signal?: AbortSignal) =>
    items(await apiRequest<Enrolment[] | { items: Enrolment[] }>(`${c(id)}/enrolments`, { signal })),
  nominate: (id: number, body: NominationBody) =>
    apiRequest<NominationResult>(`${c(id)}/enrolments`, { method: 'POST', body }),
  uploadRoster: (
    id: number,
    file: File,
    fields: { unitCode: string; eligibilityOverride?: string | undefined },
    onProgress?: (p: UploadProgress) => void,
  ) =>
    uploadFile<RosterImportResult>(`${c(id)}/enrolments/roster`, file, {
      query: { ...fields },
      ...(onProgress ? { onProgress } : {}),
    }),
  withdraw: (eid: number, reason: string) =>
    apiRequest<unknown>(`/training/enrolments/${eid}/withdraw`, { method: 'POST', body: { reason } }),
  refuse: (eid: number, reason: string) =>
    apiRequest<unknown>(`/training/enrolments/${eid}/refuse`, { method: 'POST', body: { reason } }),

  saveAttendance: (id: number, sid: number, entries: { enrolmentId: number; status: AttendanceStatus }[]) =>
    apiRequest<unknown>(`${c(id)}/sessions/${sid}/attendance`, { method: 'PUT', body: { entries } }),
  saveScores: (id: number, aid: number, entries: { enrolmentId: number; score: number }[]) =>
    apiRequest<unknown>(`${c(id)}/assessments/${aid}/scores`, { method: 'PUT', body: { entries } }),
  complete: (id: number, completedOn?: string) =>
    apiRequest<CompletionAnswer>(`${c(id)}/complete`, {
      method: 'POST',
      body: completedOn ? { completedOn } : {},
    }),
  issueCertificate: (eid: number, body: { number: string; issuedOn: string }) =>
    apiRequest<unknown>(`/training/enrolments/${eid}/certificate`, { method: 'POST', body }),
  replaceCertificate: (eid: number, body: { letterNo: string; issuedOn: string }) =>
    apiRequest<unknown>(`/training/enrolments/${eid}/certificate/replacement`, { method: 'POST', body }),
  quality: (id: number, signal?: AbortSignal) => apiRequest<QualityAnswer>(`${c(id)}/quality`, { signal }),
  /** A course's list as an official .xlsx (a plain link: the download carries the session cookie). */
  listXlsxUrl: (id: number, list: 'roster' | 'results' | 'certificates') => apiUrl(`${c(id)}/${list}.xlsx`),

  personTraining: (personId: number, signal?: AbortSignal) =>
    apiRequest<PersonTraining>(`/people/${personId}/training`, { signal }),
  openCourses: async (q: { dimension: string; level: string; unitCode: string }, signal?: AbortSignal) =>
    items(
      await apiRequest<OpenCourse[] | { items: OpenCourse[] }>('/training/open-courses', {
        query: { ...q },
        signal,
      }),
    ),

  report: (q: { unit?: string | undefined; from: string; to: string }, signal?: AbortSignal) =>
    apiRequest<TrainingReport>('/reports/training', { query: { ...q }, signal }),
  reportXlsxUrl: (q: { unit?: string | undefined; from: string; to: string }) =>
    apiUrl('/reports/training', { ...q, format: 'xlsx' }),
};
