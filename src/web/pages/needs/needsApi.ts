/** Training needs API (GET /api/needs, /api/needs.xlsx). */
import type { NeedItem, NeedsPage } from '../../../core/contracts/needs';
import { apiRequest } from '../../api/client';
import { apiUrl } from '../../api/endpoints';

export type { NeedItem, NeedsPage };

export interface NeedsParams {
  unit?: string | undefined;
  priority?: number | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export const needsKeys = {
  list: (q: NeedsParams) => ['needs', 'list', q] as const,
};

export const needsApi = {
  list: (q: NeedsParams, signal?: AbortSignal) =>
    apiRequest<NeedsPage>('/needs', { query: { ...q }, signal }),
  xlsxUrl: (q: NeedsParams) => apiUrl('/needs.xlsx', { unit: q.unit, priority: q.priority }),
};
