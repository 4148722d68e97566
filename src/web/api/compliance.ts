import type { AreaClass, PositionGroup } from '../../core/catalog/enums';
import type { ComplianceStatusKey } from '../../core/contracts/standards';
import type { Gap, LegalBasis } from '../../core/standards/types';
import { apiRequest, type QueryValue } from './client';
import { apiUrl, type Page } from './endpoints';

/**
 * Compliance with title standards (tình hình đạt chuẩn): the unit report and its drill-downs,
 * the trend, who falls out of standard soon, one person's gaps and the appointment check.
 * Shapes as in the HTTP API (scratch/compliance-api.md).
 */

export type { Gap, LegalBasis };

export interface Ref {
  code: string;
  name: string;
}

export interface Counts {
  total: number;
  meets: number;
  inProgress: number;
  gap: number;
  /** meets / total, 4 decimals (0 when total is 0). */
  rate: number;
}

export interface ComplianceReport extends Counts {
  unit: Ref;
  asOf: string;
  children: (Counts & { unit: Ref })[];
}

/** Filters of the report, its people list and the export, as they travel in the query string. */
export interface ComplianceParams {
  unit?: string | undefined;
  asOf?: string | undefined;
  group?: PositionGroup | undefined;
  keyCadre?: 'true' | 'false' | undefined;
  areaClass?: AreaClass | undefined;
}

export interface CompliancePerson {
  personId: number;
  fullName: string;
  birthDate: string;
  gender: 'male' | 'female';
  unit: Ref;
  position: Ref;
  keyCadre: boolean;
  status: ComplianceStatusKey;
  gaps: Gap[];
}

export interface TrendPoint extends Counts {
  year: number;
  asOf: string;
  /** Rate points against the previous year (8.5 = +8,5 điểm); null for the first year. */
  change: number | null;
}

export interface ComplianceTrend {
  unit: Ref;
  points: TrendPoint[];
}

export type FallingOutCause = 'grace_ends' | 'new_version' | 'other';

export interface FallingOutItem {
  personId: number;
  fullName: string;
  unit: Ref;
  position: Ref;
  statusNow: ComplianceStatusKey;
  date: string;
  cause: FallingOutCause;
  gaps: Gap[];
}

export interface FallingOut {
  unit: Ref;
  today: string;
  horizon: string;
  items: FallingOutItem[];
}

export interface PersonCompliance {
  asOf: string;
  /** null: holds no post that has a standard. */
  status: ComplianceStatusKey | null;
  positions: { position: Ref; unit: Ref; status: ComplianceStatusKey; gaps: Gap[] }[];
}

export interface AppointmentReason {
  code: string;
  message: string;
  requirement?: string;
  legalBasis?: LegalBasis;
}

export interface AppointmentCheck {
  allowed: boolean;
  reasons: AppointmentReason[];
  warnings: AppointmentReason[];
  standards: { code: string; name: string; legalBasis: LegalBasis }[];
  /** The user may appoint anyway, writing the reason (administrators). */
  canOverride: boolean;
}

const q = (params: object): Record<string, QueryValue> => ({ ...(params as Record<string, QueryValue>) });

export const complianceApi = {
  report: (params: ComplianceParams, signal?: AbortSignal) =>
    apiRequest<ComplianceReport>('/reports/compliance', { query: q(params), signal }),
  reportXlsxUrl: (params: ComplianceParams) =>
    apiUrl('/reports/compliance', { ...q(params), format: 'xlsx' }),
  people: (
    params: ComplianceParams & { status?: ComplianceStatusKey; page?: number; pageSize?: number },
    signal?: AbortSignal,
  ) => apiRequest<Page<CompliancePerson>>('/reports/compliance/people', { query: q(params), signal }),
  trend: (params: Omit<ComplianceParams, 'asOf'> & { from?: number; to?: number }, signal?: AbortSignal) =>
    apiRequest<ComplianceTrend>('/reports/compliance/trend', { query: q(params), signal }),
  fallingOut: (params: { unit?: string | undefined; months: number }, signal?: AbortSignal) =>
    apiRequest<FallingOut>('/reports/compliance/falling-out', { query: q(params), signal }),
  person: (id: number, signal?: AbortSignal) =>
    apiRequest<PersonCompliance>(`/people/${id}/compliance`, { signal }),
  appointmentCheck: (
    id: number,
    params: { position: string; unit: string; date: string },
    signal?: AbortSignal,
  ) => apiRequest<AppointmentCheck>(`/people/${id}/appointment-check`, { query: q(params), signal }),
};
