import {
  BellOutlined,
  DashboardOutlined,
  DownOutlined,
  FileSearchOutlined,
  IdcardOutlined,
  KeyOutlined,
  LockOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  SafetyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Avatar,
  Button,
  Dropdown,
  Flex,
  Grid,
  Layout,
  Menu,
  type MenuProps,
  Spin,
  Typography,
} from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../core/roles';
import { hasPermission, useAuth, useSessionUser } from '../auth/AuthContext';
import { paths } from '../auth/paths';
import { useLang } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { ADMIN_ICON, MODULES, visibleModules } from './modules';
import { NotificationBell } from './NotificationBell';

const { Header, Sider, Content } = Layout;

const SIDER_WIDTH = 240;

export function PageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: 240 }}>
      <Spin size="large" />
    </Flex>
  );
}

/** Longest menu key that prefixes the current path ("/" only matches itself). */
function selectedKey(pathname: string, keys: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const k of keys) {
    const match = k === '/' ? pathname === '/' : pathname === k || pathname.startsWith(`${k}/`);
    if (match && (!best || k.length > best.length)) best = k;
  }
  return best;
}

function Brand({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  return (
    <Link
      to={paths.dashboard}
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 10,
        height: 64,
        padding: collapsed ? '0 24px' : '0 20px',
      }}
      aria-label={t('app.documentTitle')}
    >
      <span
        aria-hidden
        style={{
          flex: 'none',
          width: 32,
          height: 32,
          borderRadius: 8,
          background: '#c8102e',
          color: '#ffd700',
          display: 'grid',
          placeItems: 'center',
          fontWeight: 700,
          fontSize: 18,
        }}
      >
        C
      </span>
      {collapsed ? null : (
        <span style={{ color: '#fff', lineHeight: 1.15, minWidth: 0 }}>
          <span style={{ display: 'block', fontWeight: 700, fontSize: 18 }}>{t('app.name')}</span>
          <span style={{ display: 'block', fontSize: 11, opacity: 0.7, whiteSpace: 'normal' }}>
            {t('app.shortTagline')}
          </span>
        </span>
      )}
    </Link>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const lang = useLang();
  const user = useSessionUser();
  const { logout } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const narrow = screens.lg === false;
  const [collapsedByUser, setCollapsedByUser] = useState<boolean | null>(null);
  const collapsed = collapsedByUser ?? narrow;

  const adminChildren: NonNullable<MenuProps['items']> = [];
  if (hasPermission(user, 'users.read'))
    adminChildren.push({
      key: paths.users,
      icon: <UserOutlined />,
      label: <Link to={paths.users}>{t('nav.users')}</Link>,
    });
  if (hasPermission(user, 'roles.read'))
    adminChildren.push({
      key: paths.roles,
      icon: <SafetyOutlined />,
      label: <Link to={paths.roles}>{t('nav.roles')}</Link>,
    });
  if (hasPermission(user, 'org.read'))
    adminChildren.push({
      key: paths.positions,
      icon: <IdcardOutlined />,
      label: <Link to={paths.positions}>{t('nav.positions')}</Link>,
    });
  if (hasPermission(user, 'audit.read'))
    adminChildren.push({
      key: paths.audit,
      icon: <FileSearchOutlined />,
      label: <Link to={paths.audit}>{t('nav.audit')}</Link>,
    });

  const items: NonNullable<MenuProps['items']> = [
    {
      key: paths.dashboard,
      icon: <DashboardOutlined />,
      label: <Link to={paths.dashboard}>{t('nav.dashboard')}</Link>,
    },
    ...visibleModules(user).map((m) => ({
      key: m.path,
      icon: m.icon,
      label: <Link to={m.path}>{t(`nav.${m.key}`)}</Link>,
    })),
  ];
  if (adminChildren.length > 0)
    items.push({ key: 'admin', icon: ADMIN_ICON, label: t('nav.admin'), children: adminChildren });

  const allKeys = [
    paths.dashboard,
    ...MODULES.map((m) => m.path),
    paths.users,
    paths.roles,
    paths.positions,
    paths.audit,
  ];
  const current = selectedKey(location.pathname, allKeys);
  const inAdmin = location.pathname.startsWith('/quan-tri');

  const userMenu: MenuProps = {
    items: [
      { key: 'password', icon: <LockOutlined />, label: t('nav.changePassword') },
      { key: 'tokens', icon: <KeyOutlined />, label: t('nav.tokens') },
      { key: 'notifications', icon: <BellOutlined />, label: t('nav.notificationSettings') },
      { type: 'divider' },
      { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), danger: true },
    ],
    onClick: ({ key }) => {
      if (key === 'password') navigate(paths.changePassword);
      else if (key === 'tokens') navigate(paths.tokens);
      else if (key === 'notifications') navigate(paths.notificationSettings);
      else if (key === 'logout') void logout();
    },
  };

  const roleLabel = ROLE_LABELS[user.role][lang];

  return (
    <Layout style={{ minHeight: '100vh', background: '#001529' }}>
      <Sider
        width={SIDER_WIDTH}
        collapsible
        collapsed={collapsed}
        onCollapse={(c) => setCollapsedByUser(c)}
        trigger={null}
        breakpoint="lg"
        onBreakpoint={() => setCollapsedByUser(null)}
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <Brand collapsed={collapsed} />
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={current ? [current] : []}
          defaultOpenKeys={inAdmin ? ['admin'] : []}
          items={items}
          aria-label={t('app.name')}
        />
      </Sider>
      <Layout>
        <Header
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 10,
            background: '#fff',
            padding: '0 16px 0 0',
            display: 'flex',
            alignItems: 'center',
            gap: 16,
            borderBottom: '1px solid rgba(5,5,5,0.06)',
          }}
        >
          <Button
            type="text"
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => setCollapsedByUser(!collapsed)}
            aria-label={collapsed ? t('nav.expandMenu') : t('nav.collapseMenu')}
            style={{ width: 64, height: 64, fontSize: 16 }}
          />
          <div style={{ flex: 1 }} />
          <LanguageSwitch />
          <NotificationBell />
          <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
            <Button type="text" style={{ height: 56, padding: '4px 8px' }} aria-label={t('nav.userMenu')}>
              <Flex align="center" gap={8}>
                <Avatar style={{ background: '#1677ff' }} icon={<UserOutlined />} />
                {screens.md === false ? null : (
                  <span style={{ textAlign: 'left', lineHeight: 1.25 }}>
                    <Typography.Text strong style={{ display: 'block' }} data-testid="user-display-name">
                      {user.displayName}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {roleLabel}
                    </Typography.Text>
                  </span>
                )}
                <DownOutlined style={{ fontSize: 10, color: 'rgba(0,0,0,0.45)' }} />
              </Flex>
            </Button>
          </Dropdown>
        </Header>
        <Content style={{ padding: 24, minWidth: 0 }}>
          {user.mustChangePassword && location.pathname !== paths.changePassword ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('mustChange.title')}
              description={t('mustChange.description')}
              action={
                <Button type="primary" onClick={() => navigate(paths.changePassword)}>
                  {t('mustChange.action')}
                </Button>
              }
            />
          ) : null}
          <Suspense fallback={<PageSpin />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
