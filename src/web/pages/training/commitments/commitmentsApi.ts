/** Service commitments: the open ones of a subtree, and leaving early (scratch/training-api.md). */
import type { CommitmentItem, LeaveBody } from '../../../../core/contracts/training-results';
import type { LeaveReason } from '../../../../core/training/compensation';
import { apiRequest } from '../../../api/client';

export type { CommitmentItem, LeaveBody };

/** The server's answer to a leave: the closed commitment with the compensation it computed. */
export type LeaveAnswer = CommitmentItem & { reason: LeaveReason; served: number };

export const commitmentKeys = {
  all: ['training', 'commitments'] as const,
  list: (unit: string | null) => ['training', 'commitments', unit ?? ''] as const,
};

export const commitmentsApi = {
  list: (unit: string | null, signal?: AbortSignal) =>
    apiRequest<{ items: CommitmentItem[] }>('/training/commitments', {
      query: { unit: unit ?? undefined },
      signal,
    }),
  leave: (id: number, body: LeaveBody) =>
    apiRequest<LeaveAnswer>(`/training/commitments/${id}/leave`, { method: 'POST', body }),
};
