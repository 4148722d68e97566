import { z } from 'zod';
import {
  loginBody,
  loginResponse,
  passwordChangeBody,
  tokenCreateBody,
  tokenView,
} from '../../../core/contracts/auth';
import { idParam } from '../../../core/contracts/common';
import { actorOf, auditContext, SESSION_COOKIE } from '../../http/access';
import type { App, AppDeps } from '../../http/types';
import { changePassword, login, logout, sessionUserOf } from './service';
import { createToken, myTokens, revokeToken } from './tokens';

export async function authRoutes(app: App, deps: AppDeps): Promise<void> {
  const authDeps = { db: deps.db, auth: deps.config.auth };
  const tags = ['Đăng nhập'];

  app.post('/api/auth/login', {
    config: {
      access: { public: true, reason: 'signing in' },
      rateLimit: { max: deps.config.auth.loginRatePerMinute, timeWindow: 60_000 },
    },
    schema: { tags, summary: 'Đăng nhập', body: loginBody, response: { 200: loginResponse } },
    handler: async (req, reply) => {
      const previous = req.cookies[SESSION_COOKIE] ?? null;
      const result = await login(
        authDeps,
        { ...auditContext(req), userAgent: req.headers['user-agent'] ?? null },
        req.body,
        previous,
      );
      reply.setCookie(SESSION_COOKIE, result.sessionSecret, {
        httpOnly: true,
        sameSite: 'strict',
        secure: deps.config.secureCookies,
        path: '/',
        maxAge: Math.floor(deps.config.auth.absoluteTimeoutMs / 1000),
      });
      return { user: sessionUserOf(result.actor), csrfToken: result.csrfToken };
    },
  });

  app.post('/api/auth/logout', {
    config: { access: { authenticated: true } },
    schema: { tags, summary: 'Đăng xuất' },
    handler: async (req, reply) => {
      await logout(authDeps, auditContext(req), actorOf(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  });

  app.get('/api/auth/me', {
    config: { access: { authenticated: true } },
    schema: { tags, summary: 'Người dùng hiện tại', response: { 200: loginResponse } },
    handler: async (req) => {
      const actor = actorOf(req);
      return { user: sessionUserOf(actor), csrfToken: actor.csrfToken ?? '' };
    },
  });

  app.post('/api/auth/password', {
    config: { access: { authenticated: true } },
    schema: { tags, summary: 'Đổi mật khẩu', body: passwordChangeBody },
    handler: async (req, reply) => {
      await changePassword(authDeps, auditContext(req), actorOf(req), req.body);
      return reply.status(204).send();
    },
  });

  app.get('/api/auth/tokens', {
    config: { access: { authenticated: true } },
    schema: { tags, summary: 'Token API của tôi', response: { 200: z.array(tokenView) } },
    handler: async (req) => myTokens(deps.db, actorOf(req).userId),
  });

  app.post('/api/auth/tokens', {
    config: { access: { authenticated: true } },
    schema: {
      tags,
      summary: 'Tạo token API (chỉ hiển thị một lần)',
      body: tokenCreateBody,
      response: { 201: z.object({ token: z.string(), item: tokenView }) },
    },
    handler: async (req, reply) => {
      const created = await createToken(deps.db, auditContext(req), actorOf(req).userId, req.body.name);
      return reply.status(201).send(created);
    },
  });

  app.delete('/api/auth/tokens/:id', {
    config: { access: { authenticated: true } },
    schema: { tags, summary: 'Thu hồi token API', params: idParam },
    handler: async (req, reply) => {
      await revokeToken(deps.db, auditContext(req), actorOf(req).userId, req.params.id);
      return reply.status(204).send();
    },
  });
}
