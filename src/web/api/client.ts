import type { FieldIssue } from '../../core/contracts/common';

/** An error answered by the server in the shape `{"error":{code,message,details,requestId}}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  readonly requestId: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    details?: unknown;
    requestId?: string | undefined;
    retryAfterSeconds?: number | undefined;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.requestId = init.requestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** Field-level problems of a `VALIDATION_ERROR`, or an empty list. */
  get fieldIssues(): FieldIssue[] {
    if (this.code !== 'VALIDATION_ERROR' || !Array.isArray(this.details)) return [];
    const out: FieldIssue[] = [];
    for (const d of this.details as unknown[]) {
      if (typeof d !== 'object' || d === null) continue;
      const { path, message } = d as { path?: unknown; message?: unknown };
      if (typeof message !== 'string') continue;
      const p = Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : '';
      out.push({ path: p, message });
    }
    return out;
  }
}

/** Errors of the network itself (server down, offline) get a code of their own. */
export const NETWORK_ERROR = 'NETWORK_ERROR';

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

// The CSRF token lives only in memory: it comes back with every login and `me` answer.
let csrfToken: string | null = null;
let unauthorizedHandler: ((error: ApiError) => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token of the session, for requests made outside `apiRequest` (uploads). */
export function getCsrfToken(): string | null {
  return csrfToken;
}

/** Called for a 401 from any request except the login itself (session expired or revoked). */
export function onUnauthorized(handler: ((error: ApiError) => void) | null): void {
  unauthorizedHandler = handler;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Do not treat a 401 as an expired session (used by login and the initial `me`). */
  skipUnauthorizedHandler?: boolean;
}

export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export async function readError(res: Response): Promise<ApiError> {
  const retryAfterHeader = res.headers.get('Retry-After');
  const retryAfter = retryAfterHeader ? Number.parseInt(retryAfterHeader, 10) : Number.NaN;
  let code = `HTTP_${res.status}`;
  let message = res.statusText || `HTTP ${res.status}`;
  let details: unknown;
  let requestId: string | undefined;
  try {
    const body: unknown = await res.json();
    const err = (body as { error?: unknown } | null)?.error;
    if (typeof err === 'object' && err !== null) {
      const e = err as { code?: unknown; message?: unknown; details?: unknown; requestId?: unknown };
      if (typeof e.code === 'string') code = e.code;
      if (typeof e.message === 'string') message = e.message;
      details = e.details;
      if (typeof e.requestId === 'string') requestId = e.requestId;
    }
  } catch {
    // Not JSON (a proxy error page, for example): keep the HTTP status text.
  }
  return new ApiError({
    status: res.status,
    code,
    message,
    details,
    requestId,
    retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : undefined,
  });
}

/** Calls `/api<path>` and returns the parsed JSON body (undefined for 204). */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (STATE_CHANGING.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(`/api${path}${buildQuery(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError({ status: 0, code: NETWORK_ERROR, message: '' });
  }

  if (!res.ok) {
    const error = await readError(res);
    if (res.status === 401 && !options.skipUnauthorizedHandler) unauthorizedHandler?.(error);
    throw error;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
