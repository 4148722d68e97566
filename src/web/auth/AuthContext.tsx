import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LoginBody, SessionUser } from '../../core/contracts/auth';
import type { Permission } from '../../core/roles';
import { isApiError, onUnauthorized, setCsrfToken } from '../api/client';
import { api } from '../api/endpoints';

/**
 * Why the user is signed out matters for where they land: after an expired session they come
 * back to the page they were on; after "Đăng xuất" they start from the dashboard.
 */
export type SignedOutReason = 'initial' | 'expired' | 'logout';

export type AuthState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason: SignedOutReason }
  | { status: 'authenticated'; user: SessionUser };

export interface AuthContextValue {
  state: AuthState;
  login: (body: LoginBody) => Promise<SessionUser>;
  logout: () => Promise<void>;
  /** Re-reads the session (after a password change, for example). */
  refresh: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const queryClient = useQueryClient();
  const stateRef = useRef(state);
  stateRef.current = state;

  const signOut = useCallback(
    (reason: SignedOutReason) => {
      setCsrfToken(null);
      queryClient.clear();
      setState({ status: 'anonymous', reason });
    },
    [queryClient],
  );

  const refresh = useCallback(async () => {
    try {
      const me = await api.auth.me();
      setCsrfToken(me.csrfToken);
      setState({ status: 'authenticated', user: me.user });
    } catch (e) {
      if (isApiError(e) && e.status === 401) {
        signOut(stateRef.current.status === 'authenticated' ? 'expired' : 'initial');
        return;
      }
      throw e;
    }
  }, [signOut]);

  useEffect(() => {
    api.auth
      .me()
      .then((me) => {
        setCsrfToken(me.csrfToken);
        setState({ status: 'authenticated', user: me.user });
      })
      .catch(() => setState({ status: 'anonymous', reason: 'initial' }));
  }, []);

  useEffect(() => {
    // The login page explains what happened ("Phiên làm việc đã hết hạn…").
    onUnauthorized(() => {
      if (stateRef.current.status === 'authenticated') signOut('expired');
    });
    return () => onUnauthorized(null);
  }, [signOut]);

  const login = useCallback(
    async (body: LoginBody) => {
      const res = await api.auth.login(body);
      setCsrfToken(res.csrfToken);
      queryClient.clear();
      setState({ status: 'authenticated', user: res.user });
      return res.user;
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await api.auth.logout();
    } catch {
      // Signing out locally is what matters; the server session expires on its own.
    }
    signOut('logout');
  }, [signOut]);

  const value = useMemo<AuthContextValue>(
    () => ({ state, login, logout, refresh }),
    [state, login, logout, refresh],
  );
  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): AuthContextValue {
  const ctx = use(AuthContext);
  if (!ctx) throw new Error('useAuth outside <AuthProvider>');
  return ctx;
}

/** The signed-in user; only for pages behind <RequireAuth>. */
export function useSessionUser(): SessionUser {
  const { state } = useAuth();
  if (state.status !== 'authenticated') throw new Error('useSessionUser without a session');
  return state.user;
}

export function hasPermission(user: SessionUser, permission: Permission): boolean {
  return user.permissions.includes(permission);
}

export function usePermission(permission: Permission): boolean {
  return hasPermission(useSessionUser(), permission);
}
