/**
 * The standards catalogue API (scratch/compliance-api.md "Standards catalogue"): the answers'
 * shapes and the calls this page makes. Query keys start with 'standards' so one invalidation
 * refreshes every view of the catalogue.
 */
import type { ComplianceStatusKey, StandardVersionBody } from '../../../../core/contracts/standards';
import type { AppliesTo, LegalBasis, Requirement } from '../../../../core/standards/types';
import { apiRequest } from '../../../api/client';

export interface StandardVersionDto {
  id: number;
  validFrom: string;
  /** Exclusive end; null = until a newer version starts. */
  validTo: string | null;
  legalBasis: LegalBasis;
  appliesTo: Required<AppliesTo>;
  requirements: Requirement[];
  /** One Vietnamese sentence per requirement, in order. */
  requirementTexts: string[];
  note: string | null;
  rowVersion: number;
  /** Valid today. */
  inForce: boolean;
}

export interface StandardSetDto {
  code: string;
  name: string;
  rowVersion: number;
  /** Sorted by validFrom ascending. */
  versions: StandardVersionDto[];
}

export interface Ref {
  code: string;
  name: string;
}

export interface StatusCounts {
  meets: number;
  inProgress: number;
  gap: number;
  total: number;
}

/** A status, or 'none' when the person is not held to the set on that side of the change. */
export type PreviewStatus = ComplianceStatusKey | 'none';

export interface PreviewResult {
  /** The day evaluated: the later of today and the version's start. */
  date: string;
  affected: number;
  before: StatusCounts;
  after: StatusCounts;
  moves: { from: PreviewStatus; to: PreviewStatus; count: number }[];
  samples: {
    personId: number;
    fullName: string;
    unit: Ref;
    position: Ref;
    from: PreviewStatus;
    to: PreviewStatus;
  }[];
}

export interface PreviewBody {
  setCode?: string | null;
  replaceVersionId?: number | null;
  version: StandardVersionBody;
}

const enc = encodeURIComponent;

export const standardsKeys = {
  all: ['standards'] as const,
  list: ['standards', 'list'] as const,
};

export const standardsApi = {
  list: (signal?: AbortSignal) => apiRequest<{ items: StandardSetDto[] }>('/standards', { signal }),
  createSet: (body: { code: string; name: string; version: StandardVersionBody }) =>
    apiRequest<StandardSetDto>('/standards', { method: 'POST', body }),
  addVersion: (code: string, version: StandardVersionBody) =>
    apiRequest<StandardSetDto>(`/standards/${enc(code)}/versions`, { method: 'POST', body: version }),
  updateVersion: (code: string, id: number, body: { version: StandardVersionBody; rowVersion: number }) =>
    apiRequest<StandardSetDto>(`/standards/${enc(code)}/versions/${id}`, { method: 'PUT', body }),
  preview: (body: PreviewBody) => apiRequest<PreviewResult>('/standards/preview', { method: 'POST', body }),
};
