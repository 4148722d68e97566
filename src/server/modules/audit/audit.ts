import type { Db, Tx } from '../../db/client';
import type { AuditContext } from '../../http/actor';
import { auditLog } from './schema';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

export interface Mutation<T> {
  result: T;
  audit: AuditEntry | AuditEntry[];
}

/**
 * The one way to change data: runs `fn` in a transaction and writes its audit rows in the same
 * transaction, so a change and its audit row commit or roll back together. A mutation that
 * reports nothing to audit is a bug and is rolled back.
 */
export async function mutate<T>(db: Db, ctx: AuditContext, fn: (tx: Tx) => Promise<Mutation<T>>): Promise<T> {
  return db.transaction(async (tx) => {
    const { result, audit } = await fn(tx);
    const entries = Array.isArray(audit) ? audit : [audit];
    if (entries.length === 0) throw new Error('mutation without an audit entry');
    await tx.insert(auditLog).values(
      entries.map((e) => ({
        actorUserId: ctx.actor?.userId ?? null,
        actorUsername: ctx.actor?.username ?? null,
        action: e.action,
        entity: e.entity,
        entityId: e.entityId === null ? null : String(e.entityId),
        before: e.before ?? null,
        after: e.after ?? null,
        requestId: ctx.requestId,
        ip: ctx.ip,
      })),
    );
    return result;
  });
}

export const SYSTEM_CONTEXT: AuditContext = { actor: null, requestId: null, ip: null };
