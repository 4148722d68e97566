import { z } from 'zod';
import { isoDate, pageQuery } from './common';

export const auditListQuery = pageQuery.extend({
  actor: z.string().trim().max(64).optional(),
  action: z.string().trim().max(100).optional(),
  entity: z.string().trim().max(100).optional(),
  entityId: z.string().trim().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditView = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AuditView = z.infer<typeof auditView>;
