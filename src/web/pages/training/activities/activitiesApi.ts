/** Training activities beyond classes (scratch/training-api.md). */
import type { ActivityBody, ActivityItem } from '../../../../core/contracts/training-results';
import { apiRequest } from '../../../api/client';
import type { ActivityFilters } from './activityRules';

export type { ActivityBody, ActivityItem };

export const activityKeys = {
  all: ['training', 'activities'] as const,
  list: (f: ActivityFilters) => ['training', 'activities', f.unit ?? '', f.from, f.to] as const,
};

export const activitiesApi = {
  list: (f: ActivityFilters, signal?: AbortSignal) =>
    apiRequest<{ items: ActivityItem[] }>('/training/activities', {
      query: { unit: f.unit ?? undefined, from: f.from, to: f.to },
      signal,
    }),
  add: (body: ActivityBody) => apiRequest<{ id: number }>('/training/activities', { method: 'POST', body }),
};
