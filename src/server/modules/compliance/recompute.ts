/**
 * Full rebuild of the materialised compliance, in batches of people (each its own transaction
 * with its audit row, so no transaction holds millions of locks), then the roll-ups rebuilt
 * exactly. Run by `cadre recompute`, by administrators from the UI (a background job with
 * progress) and nightly: time alone moves compliance (grace periods end, new versions start).
 */
import { sql } from 'drizzle-orm';
import { todayVn } from '../../../core/catalog/dates';
import type { Db } from '../../db/client';
import type { AuditContext } from '../../http/actor';
import { mutate } from '../audit/audit';
import { loadStandards } from '../standards/queries';
import { candidatePeople, rebuildRollups, refreshCompliance } from './upkeep';

export interface RecomputeProgress {
  done: number;
  total: number;
}

export async function recomputeCompliance(
  db: Db,
  ctx: AuditContext,
  onProgress: (p: RecomputeProgress) => void = () => undefined,
  opts: { today?: string; batch?: number } = {},
): Promise<{ people: number; holders: number }> {
  const today = opts.today ?? todayVn();
  const batch = opts.batch ?? 10_000;
  const sets = await loadStandards(db);
  const ids = await candidatePeople(db, sets, today);
  onProgress({ done: 0, total: ids.length });
  for (let i = 0; i < ids.length; i += batch) {
    const chunk = ids.slice(i, i + batch);
    await mutate(db, ctx, async (tx) => {
      await refreshCompliance(tx, chunk, today, sets);
      return {
        result: null,
        audit: {
          action: 'compliance.recompute',
          entity: 'person_compliance',
          entityId: null,
          after: { firstPerson: chunk[0], lastPerson: chunk[chunk.length - 1], people: chunk.length, today },
        },
      };
    });
    onProgress({ done: Math.min(i + batch, ids.length), total: ids.length });
  }
  const holders = await mutate(db, ctx, async (tx) => {
    await rebuildRollups(tx);
    const n = await tx.execute<{ n: string }>(sql`select count(*) as n from person_compliance`);
    const count = Number(n.rows[0]?.n ?? 0);
    return {
      result: count,
      audit: {
        action: 'compliance.rollups',
        entity: 'compliance_rollup',
        entityId: null,
        after: { holders: count, today },
      },
    };
  });
  return { people: ids.length, holders };
}

/**
 * The daily refresh: people whose evaluation can change today by itself (next_change reached),
 * and people whose assignment starts or ends today. Cheap enough to run every hour.
 */
export async function refreshDue(db: Db, ctx: AuditContext, today = todayVn()): Promise<number> {
  const due = await db.execute<{ person_id: string }>(sql`
    select person_id from person_compliance where next_change <= ${today}::date
    union
    select person_id from assignment where valid_from = ${today}::date or valid_to = ${today}::date`);
  const ids = due.rows.map((r) => Number(r.person_id));
  const sets = await loadStandards(db);
  for (let i = 0; i < ids.length; i += 10_000) {
    const chunk = ids.slice(i, i + 10_000);
    await mutate(db, ctx, async (tx) => {
      await refreshCompliance(tx, chunk, today, sets);
      return {
        result: null,
        audit: {
          action: 'compliance.refresh',
          entity: 'person_compliance',
          entityId: null,
          after: { people: chunk.length, today },
        },
      };
    });
  }
  return ids.length;
}
