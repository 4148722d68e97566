import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_KIND_LABELS, type NotificationKind } from '../../../core/contracts/notifications';
import { useLang } from '../../i18n';
import { useShowError } from '../../lib/errors';
import { formatDateTime, formatNumber } from '../../lib/format';
import { whenOf } from './notificationDisplay';
import { notificationKeys, notificationsApi } from './notificationsApi';

/** Marking one or all read refreshes every notification query (badge, popover, page). */
export function useMarkRead() {
  const queryClient = useQueryClient();
  const showError = useShowError();
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const one = useMutation({
    mutationFn: notificationsApi.markRead,
    onSuccess: refresh,
    onError: (e) => showError(e),
  });
  const all = useMutation({
    mutationFn: notificationsApi.markAllRead,
    onSuccess: refresh,
    onError: (e) => showError(e),
  });
  return { one, all };
}

/** "Vừa xong", "25 phút trước", "5 giờ trước", then dd/MM/yyyy HH:mm; the exact time on hover. */
export function NotificationTime({ at }: { at: string }) {
  const { t } = useTranslation();
  const w = whenOf(at);
  const text =
    w.kind === 'justNow'
      ? t('notifications.justNow')
      : w.kind === 'minutes'
        ? t('notifications.minutesAgo', { n: formatNumber(w.n) })
        : w.kind === 'hours'
          ? t('notifications.hoursAgo', { n: formatNumber(w.n) })
          : w.text;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
      <time dateTime={at} title={formatDateTime(at)}>
        {text}
      </time>
    </Typography.Text>
  );
}

export function KindTag({ kind }: { kind: NotificationKind }) {
  const lang = useLang();
  return (
    <Tag color={KIND_COLORS[kind]} style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
      {NOTIFICATION_KIND_LABELS[kind][lang]}
    </Tag>
  );
}

const KIND_COLORS: Record<NotificationKind, string> = {
  digest: 'blue',
  monitor_digest: 'geekblue',
  plan_deadline: 'orange',
  plan_submitted: 'purple',
  plan_decision: 'green',
  nomination: 'cyan',
  registration_decision: 'magenta',
};
