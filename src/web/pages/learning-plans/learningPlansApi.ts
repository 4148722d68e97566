/** Personal learning plans API (issue 6 item 3). */
import type {
  LearningPlan,
  MonitoredPlans,
  PlanBody,
  PlanItem,
  PlanItemFields,
  PlanItemStatusBody,
} from '../../../core/contracts/learning-plans';
import { apiRequest } from '../../api/client';

export type { LearningPlan, MonitoredPlans, PlanItem, PlanItemFields };

const base = (personId: number, year: number) => `/people/${personId}/learning-plans/${year}`;

export const learningPlanKeys = {
  plan: (personId: number, year: number) => ['learning-plans', 'plan', personId, year] as const,
  monitored: ['learning-plans', 'monitored'] as const,
};

export const learningPlansApi = {
  get: (personId: number, year: number, signal?: AbortSignal) =>
    apiRequest<LearningPlan>(base(personId, year), { signal }),
  put: (personId: number, year: number, body: PlanBody) =>
    apiRequest<LearningPlan>(base(personId, year), { method: 'PUT', body }),
  addItem: (personId: number, year: number, body: PlanItemFields) =>
    apiRequest<LearningPlan>(`${base(personId, year)}/items`, { method: 'POST', body }),
  updateItem: (
    personId: number,
    year: number,
    itemId: number,
    body: { item: PlanItemFields; version: number },
  ) => apiRequest<LearningPlan>(`${base(personId, year)}/items/${itemId}`, { method: 'PUT', body }),
  deleteItem: (personId: number, year: number, itemId: number) =>
    apiRequest<LearningPlan>(`${base(personId, year)}/items/${itemId}`, { method: 'DELETE' }),
  setStatus: (personId: number, year: number, itemId: number, body: PlanItemStatusBody) =>
    apiRequest<LearningPlan>(`${base(personId, year)}/items/${itemId}/status`, { method: 'POST', body }),
  monitored: (signal?: AbortSignal) => apiRequest<MonitoredPlans>('/learning-plans/monitored', { signal }),
};
