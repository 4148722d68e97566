import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { roleHasPermission } from '../../core/roles';
import { csrfMatches, resolveSession, resolveToken } from '../modules/auth/service';
import type { Access, AuditContext } from './actor';
import { AppError } from './errors';

export const SESSION_COOKIE = 'cadre_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RouteRecord {
  method: string;
  url: string;
  access: Access | undefined;
}

/** Collects every route with its access declaration; the route-table test reads the list. */
export function recordRoutes(app: FastifyInstance): RouteRecord[] {
  const routeTable: RouteRecord[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      // Read lazily: a plugin's own onRoute hook (declarePluginRoutesPublic) may run after ours.
      routeTable.push({
        method,
        url: route.url,
        get access() {
          return route.config?.access;
        },
      });
    }
  });
  return routeTable;
}

/**
 * Routes registered by third-party plugins (static files, API docs) cannot carry our config, so
 * the plugin's own encapsulated context declares them here, visibly, with a reason.
 */
export function declarePluginRoutesPublic(scope: FastifyInstance, reason: string): void {
  scope.addHook('onRoute', (route: RouteOptions) => {
    route.config = { ...(route.config ?? {}), access: { public: true, reason } };
  });
}

function bearerOf(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m?.[1] ?? '';
}

export function auditContext(req: FastifyRequest): AuditContext {
  return {
    actor: req.actor ? { userId: req.actor.userId, username: req.actor.username } : null,
    requestId: req.id,
    ip: req.ip,
  };
}

/** Resolves the actor and enforces the route's declared access: authentication, CSRF, permission. */
export function installAccessControl(app: FastifyInstance, deps: Parameters<typeof resolveSession>[0]): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    if (req.is404) return;
    const access = req.routeOptions.config.access;
    if (!access) {
      req.log.error({ url: req.routeOptions.url }, 'route has no access declaration; refused');
      throw new AppError('FORBIDDEN');
    }
    const bearer = bearerOf(req);
    if (bearer !== null) {
      req.actor = bearer ? await resolveToken(deps, bearer) : null;
      if (!req.actor && !('public' in access)) throw new AppError('INVALID_TOKEN');
    } else {
      const secret = req.cookies[SESSION_COOKIE];
      req.actor = secret ? await resolveSession(deps, secret) : null;
    }
    if ('public' in access) return;
    const actor = req.actor;
    if (!actor) throw new AppError('UNAUTHENTICATED');
    if (
      !SAFE_METHODS.has(req.method) &&
      !csrfMatches(actor, req.headers['x-csrf-token'] as string | undefined)
    ) {
      throw new AppError('CSRF_INVALID');
    }
    if ('permission' in access && !roleHasPermission(actor.role, access.permission)) {
      throw new AppError('FORBIDDEN');
    }
  });
}

/** The actor of a route that declared authentication; throws if misused on a public route. */
export function actorOf(req: FastifyRequest) {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  return req.actor;
}
