import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Badge, Button, Empty, Flex, Popover, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../auth/paths';
import { formatNumber } from '../lib/format';
import { internalLink } from '../pages/notifications/notificationDisplay';
import { KindTag, NotificationTime, useMarkRead } from '../pages/notifications/notificationHooks';
import {
  type NotificationItem,
  notificationKeys,
  notificationsApi,
} from '../pages/notifications/notificationsApi';

/** How many of the newest notifications the popover lists. */
const NEWEST = 8;

// Hoisted once into <head> by React; the rows are plain buttons so the keyboard reaches them.
const ITEM_CSS = `
.cadre-notification-item {
  display: block; width: 100%; text-align: left; font: inherit; color: inherit;
  background: transparent; border: 0; border-radius: 6px; padding: 8px 12px; cursor: pointer;
}
.cadre-notification-item[data-unread] { background: #f0f7ff; }
.cadre-notification-item:hover, .cadre-notification-item:focus-visible { background: rgba(0, 0, 0, 0.04); }
.cadre-notification-item:focus-visible { outline: 2px solid #1677ff; outline-offset: -2px; }
`;

const DOT: React.CSSProperties = {
  display: 'inline-block',
  width: 8,
  height: 8,
  borderRadius: '50%',
  background: '#1677ff',
  marginInlineEnd: 6,
  verticalAlign: 'middle',
};

function BellItem({ item, onOpen }: { item: NotificationItem; onOpen: (item: NotificationItem) => void }) {
  const unread = item.readAt === null;
  return (
    <li style={{ listStyle: 'none' }}>
      <button
        type="button"
        className="cadre-notification-item"
        data-unread={unread || undefined}
        onClick={() => onOpen(item)}
      >
        <Flex justify="space-between" align="baseline" gap={8}>
          <Typography.Text strong={unread} style={{ minWidth: 0 }}>
            {unread ? <span style={DOT} aria-hidden /> : null}
            {item.title}
          </Typography.Text>
          <NotificationTime at={item.createdAt} />
        </Flex>
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 2 }}
          style={{ margin: '2px 0 4px', fontSize: 13 }}
        >
          {item.body}
        </Typography.Paragraph>
        <KindTag kind={item.kind} />
      </button>
    </li>
  );
}

/**
 * The bell of the header: the unread count (refreshed every minute and when the window regains
 * focus) and, on click, the newest notifications with links to mark all read and to the centre.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const { one, all } = useMarkRead();

  const unread = useQuery({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) => notificationsApi.unreadCount(signal),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
  const newest = useQuery({
    queryKey: notificationKeys.list(1, NEWEST, false),
    queryFn: ({ signal }) => notificationsApi.list({ page: 1, pageSize: NEWEST }, signal),
    enabled: open,
    staleTime: 0,
  });

  const count = unread.data?.unread ?? 0;

  const openItem = (item: NotificationItem) => {
    if (item.readAt === null) one.mutate(item.id);
    const to = internalLink(item.link);
    if (to) {
      setOpen(false);
      void navigate(to);
    }
  };

  const content = (
    <div style={{ width: 380, maxWidth: 'calc(100vw - 32px)' }}>
      <style href="cadre-notification-item" precedence="default">
        {ITEM_CSS}
      </style>
      {newest.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} style={{ padding: 12 }} />
      ) : newest.isError ? (
        <Alert type="error" showIcon title={t('notifications.loadError')} style={{ margin: 12 }} />
      ) : newest.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <ul style={{ margin: 0, padding: 0, maxHeight: 440, overflowY: 'auto' }}>
          {newest.data.items.map((item) => (
            <BellItem key={item.id} item={item} onOpen={openItem} />
          ))}
        </ul>
      )}
      <Flex
        justify="space-between"
        align="center"
        style={{ borderTop: '1px solid rgba(5,5,5,0.06)', padding: '8px 12px 4px' }}
      >
        <Button
          type="link"
          size="small"
          style={{ paddingInline: 0 }}
          disabled={count === 0}
          loading={all.isPending}
          onClick={() => all.mutate()}
        >
          {t('notifications.markAllRead')}
        </Button>
        <Link to={paths.notifications} onClick={() => setOpen(false)}>
          {t('notifications.viewAll')}
        </Link>
      </Flex>
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      arrow={false}
      title={
        <Flex justify="space-between" align="center" style={{ padding: '4px 12px 0' }}>
          <span>{t('notifications.title')}</span>
          {count > 0 ? (
            <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
              {t('notifications.tabUnreadCount', { n: formatNumber(count) })}
            </Typography.Text>
          ) : null}
        </Flex>
      }
      content={content}
      styles={{ container: { padding: '8px 0 4px' } }}
    >
      <Button
        type="text"
        aria-label={t('notifications.bell')}
        title={
          count > 0 ? t('notifications.bellUnread', { n: formatNumber(count) }) : t('notifications.bell')
        }
        style={{ width: 48, height: 48 }}
      >
        <Badge count={count} overflowCount={99} size="small" offset={[2, -2]}>
          <BellOutlined style={{ fontSize: 20 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
