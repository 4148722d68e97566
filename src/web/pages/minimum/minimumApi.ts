/** The annual refresher minimum: the dated rule and the report of people below it. */
import type { AnnualMinimumReport, RuleItem, RuleUpdateBody } from '../../../core/contracts/minimum';
import { apiRequest } from '../../api/client';
import { apiUrl } from '../../api/endpoints';

export type { AnnualMinimumReport, RuleItem, RuleUpdateBody };

export interface MinimumQuery {
  unit?: string | undefined;
  year: number;
  page: number;
  pageSize: number;
}

export const minimumKeys = {
  all: ['minimum'] as const,
  rules: () => ['minimum', 'rules'] as const,
  report: (q: MinimumQuery) => ['minimum', 'report', q] as const,
};

export const minimumApi = {
  rules: (signal?: AbortSignal) =>
    apiRequest<{ items: RuleItem[] }>('/training/rules', { query: { kind: 'annual_minimum' }, signal }),
  updateRule: (id: number, body: RuleUpdateBody) =>
    apiRequest<RuleItem>(`/training/rules/${id}`, { method: 'PUT', body }),
  report: (q: MinimumQuery, signal?: AbortSignal) =>
    apiRequest<AnnualMinimumReport>('/reports/annual-minimum', { query: { ...q }, signal }),
  reportXlsxUrl: (q: { unit?: string | undefined; year: number }) =>
    apiUrl('/reports/annual-minimum', { ...q, format: 'xlsx' }),
};
