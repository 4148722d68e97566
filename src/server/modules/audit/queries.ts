import { and, count, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { AuditListQuery, AuditView } from '../../../core/contracts/audit';
import type { DbOrTx } from '../../db/client';
import { auditLog } from './schema';

/** Filters map onto the indexes of schema.ts: (at), (entity, entity_id, at), (actor, at). */
export async function listAudit(db: DbOrTx, q: AuditListQuery) {
  const conditions: SQL[] = [];
  if (q.actor) conditions.push(eq(auditLog.actorUsername, q.actor));
  if (q.action) conditions.push(eq(auditLog.action, q.action));
  if (q.entity) conditions.push(eq(auditLog.entity, q.entity));
  if (q.entityId) conditions.push(eq(auditLog.entityId, q.entityId));
  // Civil dates in Vietnam's time zone: "from 01/11" means from 01/11 00:00 in Hà Nội.
  if (q.from)
    conditions.push(gte(auditLog.at, sql`(${q.from}::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'`));
  if (q.to)
    conditions.push(lt(auditLog.at, sql`(${q.to}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'`));
  const where = conditions.length ? and(...conditions) : undefined;
  const [totalRow] = await db.select({ n: count() }).from(auditLog).where(where);
  const rows = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const items: AuditView[] = rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorUsername: r.actorUsername,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    before: r.before,
    after: r.after,
    requestId: r.requestId,
    ip: r.ip,
  }));
  return { items, total: totalRow?.n ?? 0, page: q.page, pageSize: q.pageSize };
}
