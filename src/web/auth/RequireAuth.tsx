import { Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Permission } from '../../core/roles';
import { ForbiddenPage } from '../pages/errors/ForbiddenPage';
import { hasPermission, useAuth } from './AuthContext';
import { loginPath } from './paths';

export function FullPageSpin() {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" description={t('auth.checkingSession')} />
    </Flex>
  );
}

/** Renders its children only with a session; otherwise sends the user to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'anonymous') {
    const next = state.reason === 'logout' ? undefined : `${location.pathname}${location.search}`;
    return <Navigate to={loginPath(next)} replace />;
  }
  return children;
}

/** Renders its children only when the user holds the permission. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { state } = useAuth();
  if (state.status !== 'authenticated' || !hasPermission(state.user, permission)) return <ForbiddenPage />;
  return children;
}
