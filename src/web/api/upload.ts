import { ApiError, buildQuery, getCsrfToken, NETWORK_ERROR, type QueryValue } from './client';

export interface UploadProgress {
  /** Bytes sent so far and the total (0 when the browser cannot tell). */
  loaded: number;
  total: number;
  /** True once every byte is sent and the server is working on the answer. */
  processing: boolean;
}

function errorOf(xhr: XMLHttpRequest): ApiError {
  let code = `HTTP_${xhr.status}`;
  let message = xhr.statusText || `HTTP ${xhr.status}`;
  let details: unknown;
  let requestId: string | undefined;
  try {
    const body = JSON.parse(xhr.responseText) as { error?: unknown } | null;
    const err = body?.error;
    if (typeof err === 'object' && err !== null) {
      const e = err as { code?: unknown; message?: unknown; details?: unknown; requestId?: unknown };
      if (typeof e.code === 'string') code = e.code;
      if (typeof e.message === 'string') message = e.message;
      details = e.details;
      if (typeof e.requestId === 'string') requestId = e.requestId;
    }
  } catch {
    // Not JSON: keep the HTTP status text.
  }
  return new ApiError({ status: xhr.status, code, message, details, requestId });
}

/**
 * Sends a file as multipart field `file` to `/api<path>` with XMLHttpRequest, which (unlike fetch)
 * reports upload progress. Resolves with the parsed JSON answer; rejects with an ApiError.
 */
export function uploadFile<T>(
  path: string,
  file: File,
  options: {
    query?: Record<string, QueryValue>;
    onProgress?: (p: UploadProgress) => void;
    signal?: AbortSignal;
  } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}${buildQuery(options.query)}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.upload.onprogress = (e) => {
      options.onProgress?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : 0, processing: false });
    };
    xhr.upload.onload = () => {
      options.onProgress?.({ loaded: file.size, total: file.size, processing: true });
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        } catch {
          reject(new ApiError({ status: xhr.status, code: 'INVALID_RESPONSE', message: '' }));
        }
        return;
      }
      reject(errorOf(xhr));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: NETWORK_ERROR, message: '' }));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
