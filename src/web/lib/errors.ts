import { App, type FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, NETWORK_ERROR } from '../api/client';
import { formatNumber } from './format';

/** The message to show for an error: the server's Vietnamese text when there is one. */
export function errorMessage(e: unknown, t: TFunction): string {
  if (isApiError(e)) {
    if (e.code === NETWORK_ERROR) return t('common.networkError');
    const msg = e.message || t('common.unexpectedError');
    // 429 answers (locked account, rate limit) say how long to wait in Retry-After.
    if (e.status === 429 && e.retryAfterSeconds !== undefined && e.retryAfterSeconds > 0) {
      const s = e.retryAfterSeconds;
      const wait =
        s >= 90
          ? t('common.retryAfterMinutes', { n: formatNumber(Math.ceil(s / 60)) })
          : t('common.retryAfterSeconds', { n: formatNumber(s) });
      return `${msg} ${wait}`;
    }
    return msg;
  }
  return t('common.unexpectedError');
}

/**
 * Puts the field problems of a server `VALIDATION_ERROR` under the matching form fields.
 * Returns true when at least one problem found its field; other problems are left to the caller.
 */
export function applyFieldErrors(form: FormInstance, e: unknown, fields: readonly string[]): boolean {
  if (!isApiError(e)) return false;
  const byField = new Map<string, string[]>();
  for (const issue of e.fieldIssues) {
    const top = issue.path.split('.')[0] ?? '';
    if (!fields.includes(top)) continue;
    byField.set(top, [...(byField.get(top) ?? []), issue.message]);
  }
  if (byField.size === 0) return false;
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return true;
}

/** Shows an error as a notification, with the request id for the support desk. */
export function useShowError() {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (e: unknown, title?: string) => {
      const message = errorMessage(e, t);
      const requestId = isApiError(e) ? e.requestId : undefined;
      notification.error({
        title: title ?? message,
        description: title
          ? requestId
            ? `${message} ${t('common.requestId', { id: requestId })}`
            : message
          : requestId
            ? t('common.requestId', { id: requestId })
            : undefined,
      });
    },
    [notification, t],
  );
}
