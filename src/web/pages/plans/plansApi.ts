/** Unit training plans API (kế hoạch đào tạo, bồi dưỡng; issue 6 item 2). */
import type {
  Plan,
  PlanCreateBody,
  PlanDecisionBody,
  PlanFields,
  PlanProgress,
  PlanReturnBody,
  PlanStatus,
  PlanSummary,
  PlanTarget,
  Submissions,
} from '../../../core/contracts/plans';
import { apiRequest } from '../../api/client';

export type { Plan, PlanFields, PlanProgress, PlanStatus, PlanSummary, PlanTarget, Submissions };

export interface PlansParams {
  unit?: string | undefined;
  year?: number | undefined;
  status?: PlanStatus | undefined;
}

export const planKeys = {
  all: ['plans'] as const,
  list: (q: PlansParams) => ['plans', 'list', q] as const,
  plan: (id: number) => ['plans', 'plan', id] as const,
  progress: (id: number, asOf: string | undefined) => ['plans', 'progress', id, asOf ?? ''] as const,
  submissions: (unit: string | undefined, year: number) =>
    ['plans', 'submissions', unit ?? '', year] as const,
};

export const plansApi = {
  list: (q: PlansParams, signal?: AbortSignal) =>
    apiRequest<{ items: PlanSummary[] }>('/plans', { query: { ...q }, signal }),
  create: (body: PlanCreateBody) => apiRequest<Plan>('/plans', { method: 'POST', body }),
  get: (id: number, signal?: AbortSignal) => apiRequest<Plan>(`/plans/${id}`, { signal }),
  update: (id: number, plan: PlanFields, version: number) =>
    apiRequest<Plan>(`/plans/${id}`, { method: 'PUT', body: { plan, version } }),
  submit: (id: number, body: PlanDecisionBody) =>
    apiRequest<Plan>(`/plans/${id}/submit`, { method: 'POST', body }),
  return: (id: number, body: PlanReturnBody) =>
    apiRequest<Plan>(`/plans/${id}/return`, { method: 'POST', body }),
  approve: (id: number, body: PlanDecisionBody) =>
    apiRequest<Plan>(`/plans/${id}/approve`, { method: 'POST', body }),
  remove: (id: number) => apiRequest<void>(`/plans/${id}`, { method: 'DELETE' }),
  progress: (id: number, asOf: string | undefined, signal?: AbortSignal) =>
    apiRequest<PlanProgress>(`/plans/${id}/progress`, { query: { asOf }, signal }),
  submissions: (q: { unit?: string | undefined; year: number }, signal?: AbortSignal) =>
    apiRequest<Submissions>('/plans/submissions', { query: { ...q }, signal }),
};
