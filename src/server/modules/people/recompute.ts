/**
 * Full recompute of every person's derived columns, in id ranges so no transaction holds millions
 * of row locks. Time moves the derived data ("today" changes: an assignment starting tomorrow
 * becomes current tomorrow), so operators run it nightly (`cadre recompute`).
 */
import { sql } from 'drizzle-orm';
import { todayVn } from '../../../core/catalog/dates';
import type { Db } from '../../db/client';
import type { AuditContext } from '../../http/actor';
import { mutate } from '../audit/audit';
import { recomputePersonDerived } from './derived';

export async function recomputeAll(
  db: Db,
  ctx: AuditContext,
  onProgress: (done: number, total: number) => void = () => undefined,
  batch = 50_000,
): Promise<number> {
  const today = todayVn();
  const bounds = await db.execute<{ lo: string | null; hi: string | null; n: string }>(
    sql`select min(id) as lo, max(id) as hi, count(*) as n from person`,
  );
  const lo = Number(bounds.rows[0]?.lo ?? 0);
  const hi = Number(bounds.rows[0]?.hi ?? -1);
  const total = Number(bounds.rows[0]?.n ?? 0);
  let done = 0;
  for (let from = lo; from <= hi; from += batch) {
    const ids = await db.execute<{ id: string }>(
      sql`select id from person where id >= ${from} and id < ${from + batch}`,
    );
    const chunk = ids.rows.map((r) => Number(r.id));
    if (chunk.length === 0) continue;
    await mutate(db, ctx, async (tx) => {
      const n = await recomputePersonDerived(tx, chunk, today);
      return {
        result: n,
        audit: {
          action: 'person.recompute',
          entity: 'person',
          entityId: null,
          after: { from, to: from + batch - 1, people: n, today },
        },
      };
    });
    done += chunk.length;
    onProgress(done, total);
  }
  return done;
}
