import type { z } from 'zod';
import type { AreaClass, UnitKind } from '../../core/catalog/enums';
import type { Dimension } from '../../core/catalog/levels';
import type { AuditListQuery, AuditView } from '../../core/contracts/audit';
import type {
  LoginBody,
  LoginResponse,
  PasswordChangeBody,
  SessionUser,
  TokenView,
} from '../../core/contracts/auth';
import type { MergeBody, TreeNode, UnitCreateBody, UnitOption } from '../../core/contracts/org';
import type {
  AssignmentBody,
  EvaluationBody,
  PeopleQuery,
  PersonBody,
  PersonListItem,
  PersonRecord,
  QualificationBody,
  RewardDisciplineBody,
} from '../../core/contracts/people';
import type { PositionBody, PositionView } from '../../core/contracts/positions';
import type {
  roleView,
  UserCreateBody,
  UserListQuery,
  UserUpdateBody,
  UserView,
} from '../../core/contracts/users';
import { apiRequest, buildQuery, type QueryValue } from './client';
import { type UploadProgress, uploadFile } from './upload';

/** A page of a list (contracts §2). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type RoleView = z.infer<typeof roleView>;

export interface HealthView {
  status: string;
  db: string;
}

export type OrgTree = 'state' | 'party';

/** GET /api/org/units/:code: a unit with its dated versions and events. */
export interface UnitDetail {
  code: string;
  name: string;
  kind: UnitKind;
  tree: OrgTree;
  officialCode: string | null;
  areaClass: AreaClass | null;
  difficultArea: boolean;
  validFrom: string;
  validTo: string | null;
  version: number;
  versions: { name: string; parentCode: string | null; validFrom: string; validTo: string | null }[];
  events: { kind: string; effectiveDate: string; decisionNo: string | null; details: unknown }[];
}

export interface UnitUpdateBody {
  name?: string;
  officialCode?: string | null;
  areaClass?: AreaClass | null;
  difficultArea?: boolean;
  effectiveDate: string;
  version: number;
}

export interface UnitMoveBody {
  parentCode: string;
  effectiveDate: string;
  decisionNo?: string | null;
}

export interface DissolveBody {
  effectiveDate: string;
  decisionNo?: string | null;
}

/** Filters of GET /api/people and its export, as they travel in the query string. */
export type PeopleParams = Partial<
  Record<Exclude<keyof PeopleQuery, 'ageMin' | 'ageMax' | 'page' | 'pageSize'>, string>
> & {
  ageMin?: number | undefined;
  ageMax?: number | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

export interface QualificationReport {
  unit: { code: string; name: string };
  asOf: string;
  total: number;
  byDimension: Record<Dimension, Record<string, number>>;
}

/** POST /api/imports (contracts §3). */
export interface ImportResult {
  status: 'ok' | 'invalid';
  counts: Record<string, { created: number; updated: number; unchanged: number }>;
  errors: { sheet: string; row: number; column: string; value: string; code: string; message: string }[];
}

/** An address under /api for a plain link (downloads carry the session cookie). */
export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  return `/api${path}${buildQuery(query)}`;
}

export type UserListParams = Partial<UserListQuery>;
export type AuditListParams = Partial<AuditListQuery>;

export const api = {
  health: () => apiRequest<HealthView>('/health'),

  auth: {
    login: (body: LoginBody) =>
      apiRequest<LoginResponse>('/auth/login', { method: 'POST', body, skipUnauthorizedHandler: true }),
    me: () =>
      apiRequest<{ user: SessionUser; csrfToken: string }>('/auth/me', { skipUnauthorizedHandler: true }),
    logout: () => apiRequest<void>('/auth/logout', { method: 'POST', skipUnauthorizedHandler: true }),
    changePassword: (body: PasswordChangeBody) =>
      apiRequest<void>('/auth/password', { method: 'POST', body }),
    tokens: () => apiRequest<TokenView[]>('/auth/tokens'),
    createToken: (name: string) =>
      apiRequest<{ token: string; item: TokenView }>('/auth/tokens', { method: 'POST', body: { name } }),
    revokeToken: (id: number) => apiRequest<void>(`/auth/tokens/${id}`, { method: 'DELETE' }),
  },

  users: {
    list: (params: UserListParams, signal?: AbortSignal) =>
      apiRequest<Page<UserView>>('/admin/users', { query: { ...params }, signal }),
    get: (id: number) => apiRequest<UserView>(`/admin/users/${id}`),
    create: (body: UserCreateBody) => apiRequest<UserView>('/admin/users', { method: 'POST', body }),
    update: (id: number, body: UserUpdateBody) =>
      apiRequest<UserView>(`/admin/users/${id}`, { method: 'PATCH', body }),
    resetPassword: (id: number) =>
      apiRequest<{ password: string }>(`/admin/users/${id}/reset-password`, { method: 'POST' }),
  },

  roles: {
    list: () => apiRequest<RoleView[]>('/admin/roles'),
  },

  audit: {
    list: (params: AuditListParams, signal?: AbortSignal) =>
      apiRequest<Page<AuditView>>('/admin/audit', { query: { ...params }, signal }),
  },

  org: {
    units: (q?: string, signal?: AbortSignal) =>
      apiRequest<UnitOption[]>('/org/units', { query: { q }, signal }),
    tree: (params: { asOf: string; tree: OrgTree }, signal?: AbortSignal) =>
      apiRequest<TreeNode[]>('/org/tree', { query: { ...params }, signal }),
    unit: (code: string, signal?: AbortSignal) =>
      apiRequest<UnitDetail>(`/org/units/${encodeURIComponent(code)}`, { signal }),
    create: (body: UnitCreateBody) => apiRequest<UnitDetail>('/org/units', { method: 'POST', body }),
    update: (code: string, body: UnitUpdateBody) =>
      apiRequest<UnitDetail>(`/org/units/${encodeURIComponent(code)}`, { method: 'PATCH', body }),
    move: (code: string, body: UnitMoveBody) =>
      apiRequest<UnitDetail>(`/org/units/${encodeURIComponent(code)}/move`, { method: 'POST', body }),
    merge: (body: MergeBody) => apiRequest<UnitDetail>('/org/merge', { method: 'POST', body }),
    dissolve: (code: string, body: DissolveBody) =>
      apiRequest<UnitDetail>(`/org/units/${encodeURIComponent(code)}/dissolve`, { method: 'POST', body }),
  },

  positions: {
    list: (signal?: AbortSignal) => apiRequest<PositionView[]>('/positions', { signal }),
    create: (body: PositionBody) => apiRequest<PositionView>('/positions', { method: 'POST', body }),
    update: (code: string, body: { position: PositionBody; version: number }) =>
      apiRequest<PositionView>(`/positions/${encodeURIComponent(code)}`, { method: 'PUT', body }),
  },

  people: {
    list: (params: PeopleParams, signal?: AbortSignal) =>
      apiRequest<Page<PersonListItem>>('/people', { query: { ...params }, signal }),
    exportUrl: (params: PeopleParams) => apiUrl('/people/export.xlsx', { ...params }),
    get: (id: number, signal?: AbortSignal) => apiRequest<PersonRecord>(`/people/${id}`, { signal }),
    create: (body: { person: PersonBody; assignment: AssignmentBody }) =>
      apiRequest<PersonRecord>('/people', { method: 'POST', body }),
    update: (id: number, body: { person: PersonBody; version: number }) =>
      apiRequest<PersonRecord>(`/people/${id}`, { method: 'PUT', body }),
    addAssignment: (id: number, body: AssignmentBody) =>
      apiRequest<PersonRecord>(`/people/${id}/assignments`, { method: 'POST', body }),
    updateAssignment: (
      id: number,
      assignmentId: number,
      body: { assignment: AssignmentBody; version: number },
    ) => apiRequest<PersonRecord>(`/people/${id}/assignments/${assignmentId}`, { method: 'PUT', body }),
    addQualification: (id: number, body: QualificationBody) =>
      apiRequest<PersonRecord>(`/people/${id}/qualifications`, { method: 'POST', body }),
    updateQualification: (
      id: number,
      qualificationId: number,
      body: { qualification: QualificationBody; version: number },
    ) => apiRequest<PersonRecord>(`/people/${id}/qualifications/${qualificationId}`, { method: 'PUT', body }),
    setEvaluation: (id: number, body: EvaluationBody) =>
      apiRequest<PersonRecord>(`/people/${id}/evaluations`, { method: 'PUT', body }),
    addReward: (id: number, body: RewardDisciplineBody) =>
      apiRequest<PersonRecord>(`/people/${id}/rewards`, { method: 'POST', body }),
  },

  reports: {
    qualifications: (params: { unit?: string | undefined; asOf: string }, signal?: AbortSignal) =>
      apiRequest<QualificationReport>('/reports/qualifications', { query: { ...params }, signal }),
    qualificationsXlsxUrl: (params: { unit?: string | undefined; asOf: string }) =>
      apiUrl('/reports/qualifications', { ...params, format: 'xlsx' }),
  },

  imports: {
    templateUrl: () => apiUrl('/imports/template.xlsx'),
    /** `sheet` names the sheet a .csv file holds. */
    run: (file: File, dryRun: boolean, onProgress?: (p: UploadProgress) => void, sheet?: string) =>
      uploadFile<ImportResult>('/imports', file, {
        query: { dryRun: dryRun ? 'true' : 'false', sheet },
        ...(onProgress ? { onProgress } : {}),
      }),
  },
};
