/**
 * Notifications (issue 6 item 4): an in-app centre and e-mail when SMTP is configured, produced by
 * background jobs (weekly digest of learning-plan items, plan submission deadlines) and by events
 * (a plan submitted or decided, a nomination, a self-registration decided). Users choose, per
 * kind, whether they receive it in the app and by e-mail.
 */
import { z } from 'zod';
import { pageQuery } from './common';

export const NOTIFICATION_KINDS = [
  'digest',
  'monitor_digest',
  'plan_deadline',
  'plan_submitted',
  'plan_decision',
  'nomination',
  'registration_decision',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, { vi: string; en: string }> = {
  digest: {
    vi: 'Nhắc việc hằng tuần: mục học tập sắp đến hạn, quá hạn',
    en: 'Weekly digest: learning items due soon or overdue',
  },
  monitor_digest: {
    vi: 'Nhắc việc hằng tuần: người mình theo dõi có mục quá hạn',
    en: 'Weekly digest: overdue items of the people I follow',
  },
  plan_deadline: { vi: 'Hạn nộp kế hoạch đào tạo', en: 'Training plan submission deadlines' },
  plan_submitted: { vi: 'Kế hoạch được trình chờ phê duyệt', en: 'Plans submitted for approval' },
  plan_decision: { vi: 'Kế hoạch được phê duyệt hoặc trả lại', en: 'Plans approved or returned' },
  nomination: { vi: 'Được cử đi học', en: 'Nominated to a course' },
  registration_decision: { vi: 'Kết quả đăng ký học', en: 'Course registration decisions' },
};

export const notificationsQuery = pageQuery.extend({
  unreadOnly: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export type NotificationsQuery = z.infer<typeof notificationsQuery>;

export const notificationItem = z.object({
  id: z.number().int(),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationItem = z.infer<typeof notificationItem>;

export const notificationPage = z.object({
  items: z.array(notificationItem),
  total: z.number().int(),
  unread: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type NotificationPage = z.infer<typeof notificationPage>;

export const unreadCount = z.object({ unread: z.number().int() });

export const notificationPreferences = z.object({
  /** E-mail goes out only when the server has SMTP configured and the account has an address. */
  emailAvailable: z.boolean(),
  email: z.string().nullable(),
  items: z.array(z.object({ kind: z.enum(NOTIFICATION_KINDS), inApp: z.boolean(), email: z.boolean() })),
});
export type NotificationPreferences = z.infer<typeof notificationPreferences>;

export const preferencesBody = z.strictObject({
  items: z
    .array(
      z.strictObject({
        kind: z.enum(NOTIFICATION_KINDS, 'Loại thông báo không hợp lệ'),
        inApp: z.boolean(),
        email: z.boolean(),
      }),
    )
    .max(NOTIFICATION_KINDS.length),
});
export type PreferencesBody = z.infer<typeof preferencesBody>;

/** POST /api/notifications/digest: run the weekly digest now (administrators), as a job. */
export const digestRunBody = z.strictObject({
  /** The day the digest is computed for (default today, Vietnam time). */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày không hợp lệ (định dạng yyyy-MM-dd)')
    .optional(),
});
export const digestRun = z.object({
  jobId: z.string(),
  state: z.enum(['created', 'active', 'completed', 'failed']),
  result: z
    .object({
      date: z.string(),
      week: z.string(),
      digests: z.number().int(),
      monitorDigests: z.number().int(),
    })
    .nullable(),
  error: z.string().nullable(),
});
export type DigestRun = z.infer<typeof digestRun>;
