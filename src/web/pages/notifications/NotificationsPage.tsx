import { CheckOutlined, SettingOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Flex, Pagination, Skeleton, Tabs, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { hasPermission, useSessionUser } from '../../auth/AuthContext';
import { paths } from '../../auth/paths';
import { PageHeader } from '../../components/PageHeader';
import { formatNumber } from '../../lib/format';
import { intParam, PAGE_SIZES, useUrlState } from '../../lib/urlState';
import { DigestCard } from './DigestCard';
import { internalLink } from './notificationDisplay';
import { KindTag, NotificationTime, useMarkRead } from './notificationHooks';
import { type NotificationItem, notificationKeys, notificationsApi } from './notificationsApi';

/** The tabs, as they appear in the URL (`?tab=chua-doc`); "Tất cả" is the default. */
const UNREAD_TAB = 'chua-doc';

function Row({
  item,
  onOpen,
  onRead,
  reading,
}: {
  item: NotificationItem;
  onOpen: (item: NotificationItem) => void;
  onRead: (item: NotificationItem) => void;
  reading: boolean;
}) {
  const { t } = useTranslation();
  const unread = item.readAt === null;
  const link = internalLink(item.link);
  return (
    <li
      style={{
        listStyle: 'none',
        padding: '12px 16px',
        borderTop: '1px solid rgba(5,5,5,0.06)',
        background: unread ? '#f0f7ff' : undefined,
      }}
      data-testid="notification-row"
    >
      <Flex justify="space-between" gap={16} wrap>
        <Flex vertical gap={4} style={{ flex: '1 1 420px', minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            {unread ? (
              <span
                role="img"
                aria-label={t('notifications.unread')}
                style={{ width: 8, height: 8, borderRadius: '50%', background: '#1677ff', flex: 'none' }}
              />
            ) : null}
            <Typography.Text strong={unread}>{item.title}</Typography.Text>
          </Flex>
          <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-line' }}>
            {item.body}
          </Typography.Paragraph>
          <Flex gap={8} align="center" wrap>
            <KindTag kind={item.kind} />
            <NotificationTime at={item.createdAt} />
          </Flex>
        </Flex>
        <Flex gap={8} align="flex-start" style={{ flex: 'none' }}>
          {link ? (
            <Button size="small" onClick={() => onOpen(item)}>
              {t('notifications.open')}
            </Button>
          ) : null}
          {unread ? (
            <Button size="small" type="link" loading={reading} onClick={() => onRead(item)}>
              {t('notifications.markRead')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
    </li>
  );
}

/** "Thông báo": every notification of the signed-in account, all or unread only, paged. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const navigate = useNavigate();
  const [params, update] = useUrlState();
  const unreadOnly = params.get('tab') === UNREAD_TAB;
  const page = intParam(params, 'page', 1);
  const sizeParam = intParam(params, 'pageSize', 20, 200);
  const pageSize = PAGE_SIZES.includes(sizeParam) ? sizeParam : 20;
  const { one, all } = useMarkRead();

  const q = useQuery({
    queryKey: notificationKeys.list(page, pageSize, unreadOnly),
    queryFn: ({ signal }) => notificationsApi.list({ page, pageSize, unreadOnly }, signal),
    placeholderData: keepPreviousData,
  });

  // Marking the last unread ones read can empty the current page: go back to the last one.
  const total = q.data?.total ?? 0;
  const emptyPage = q.data !== undefined && !q.isPlaceholderData && q.data.items.length === 0 && page > 1;
  useEffect(() => {
    if (emptyPage) update({ page: total > 0 ? Math.ceil(total / pageSize) : null }, { keepPage: true });
  }, [emptyPage, total, pageSize, update]);

  const unread = q.data?.unread ?? 0;

  const open = (item: NotificationItem) => {
    if (item.readAt === null) one.mutate(item.id);
    const to = internalLink(item.link);
    if (to) void navigate(to);
  };

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        extra={
          <>
            <Button
              icon={<CheckOutlined />}
              disabled={unread === 0}
              loading={all.isPending}
              onClick={() => all.mutate()}
            >
              {t('notifications.markAllRead')}
            </Button>
            <Button icon={<SettingOutlined />} onClick={() => void navigate(paths.notificationSettings)}>
              {t('notifications.settingsLink')}
            </Button>
          </>
        }
      >
        {t('notifications.intro')}
      </PageHeader>
      <Flex vertical gap={16}>
        {hasPermission(user, 'jobs.run') ? <DigestCard /> : null}
        <Card styles={{ body: { padding: 0 } }}>
          <Tabs
            activeKey={unreadOnly ? UNREAD_TAB : 'tat-ca'}
            onChange={(k) => update({ tab: k === UNREAD_TAB ? k : null })}
            tabBarStyle={{ margin: 0, paddingInline: 16 }}
            items={[
              { key: 'tat-ca', label: t('notifications.tabAll') },
              {
                key: UNREAD_TAB,
                label:
                  unread > 0
                    ? t('notifications.tabUnreadCount', { n: formatNumber(unread) })
                    : t('notifications.tabUnread'),
              },
            ]}
          />
          {q.isPending ? (
            <Skeleton active style={{ padding: 16 }} />
          ) : q.isError ? (
            <Alert type="error" showIcon title={t('notifications.loadError')} style={{ margin: 16 }} />
          ) : q.data.items.length === 0 ? (
            <Empty
              style={{ padding: '32px 0' }}
              description={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}
            />
          ) : (
            <>
              <ul style={{ margin: 0, padding: 0, opacity: q.isPlaceholderData ? 0.6 : 1 }}>
                {q.data.items.map((item) => (
                  <Row
                    key={item.id}
                    item={item}
                    onOpen={open}
                    onRead={(i) => one.mutate(i.id)}
                    reading={one.isPending && one.variables === item.id}
                  />
                ))}
              </ul>
              <Flex
                justify="flex-end"
                style={{ padding: '12px 16px', borderTop: '1px solid rgba(5,5,5,0.06)' }}
              >
                <Pagination
                  current={page}
                  pageSize={pageSize}
                  total={total}
                  pageSizeOptions={PAGE_SIZES}
                  showSizeChanger
                  showTotal={(n) => t('common.total', { n: formatNumber(n) })}
                  onChange={(p, s) =>
                    update({ page: p === 1 ? null : p, pageSize: s === 20 ? null : s }, { keepPage: true })
                  }
                />
              </Flex>
            </>
          )}
        </Card>
      </Flex>
    </>
  );
}
