import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Append-only audit log. A trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE.
 * No foreign key to app_user: the row must outlive whatever it describes.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: bigint('actor_user_id', { mode: 'number' }),
    actorUsername: text('actor_username'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    ip: text('ip'),
  },
  (t) => [
    // Audit page: newest first, optionally by action.
    index('audit_log_at_idx').on(t.at.desc()),
    // History of one record.
    index('audit_log_entity_idx').on(t.entity, t.entityId, t.at.desc()),
    // What one user did.
    index('audit_log_actor_idx').on(t.actorUsername, t.at.desc()),
  ],
);
