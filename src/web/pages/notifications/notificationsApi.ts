/** Notification centre API (issue 6 item 4). */
import type {
  DigestRun,
  NotificationItem,
  NotificationPage,
  NotificationPreferences,
  PreferencesBody,
} from '../../../core/contracts/notifications';
import { apiRequest } from '../../api/client';

export type { DigestRun, NotificationItem, NotificationPage, NotificationPreferences, PreferencesBody };

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread-count'] as const,
  list: (page: number, pageSize: number, unreadOnly: boolean) =>
    ['notifications', 'list', { page, pageSize, unreadOnly }] as const,
  preferences: ['notifications', 'preferences'] as const,
  digest: (jobId: string) => ['notifications', 'digest', jobId] as const,
};

export const notificationsApi = {
  list: (query: { page: number; pageSize: number; unreadOnly?: boolean }, signal?: AbortSignal) =>
    apiRequest<NotificationPage>('/notifications', {
      query: {
        page: query.page,
        pageSize: query.pageSize,
        unreadOnly: query.unreadOnly ? 'true' : undefined,
      },
      signal,
    }),
  unreadCount: (signal?: AbortSignal) =>
    apiRequest<{ unread: number }>('/notifications/unread-count', { signal }),
  markRead: (id: number) => apiRequest<void>(`/notifications/${id}/read`, { method: 'POST' }),
  markAllRead: () => apiRequest<void>('/notifications/read-all', { method: 'POST' }),
  preferences: (signal?: AbortSignal) =>
    apiRequest<NotificationPreferences>('/notifications/preferences', { signal }),
  savePreferences: (body: PreferencesBody) =>
    apiRequest<NotificationPreferences>('/notifications/preferences', { method: 'PUT', body }),
  runDigest: (body: { date?: string } = {}) =>
    apiRequest<DigestRun>('/notifications/digest', { method: 'POST', body }),
  digest: (jobId: string, signal?: AbortSignal) =>
    apiRequest<DigestRun>(`/notifications/digest/${encodeURIComponent(jobId)}`, { signal }),
};
