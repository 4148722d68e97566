import type { Permission, Role } from '../../core/roles';
import type { Scope } from '../modules/org/scope';

/** Who is calling, resolved once per request from the session cookie or bearer token. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  scope: Scope;
  /** The scope's units for display (code, name); empty for admin. */
  scopeUnits: { code: string; name: string }[];
  mustChangePassword: boolean;
  /** The person record a self-service account acts for (null when not linked). */
  personId: number | null;
  via: 'session' | 'token';
  /** Cookie sessions only. */
  sessionIdHash?: string;
  csrfToken?: string;
}

/** Where a mutation came from, for its audit row. */
export interface AuditContext {
  actor: { userId: number; username: string } | null;
  requestId: string | null;
  ip: string | null;
}

/**
 * Access declared by every route (config.access). There is no default: a route without one is
 * refused at run time and fails the route-table test.
 */
export type Access = { public: true; reason: string } | { authenticated: true } | { permission: Permission };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}
