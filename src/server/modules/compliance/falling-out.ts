/**
 * People who meet the standard (or are completing it) today but will not within N months without
 * any change to their records: a grace period ends, or a new standard version starts. Candidates
 * come from the materialised `next_change` date; each is then evaluated on the dates ahead.
 */
import { sql } from 'drizzle-orm';
import { addDays, todayVn } from '../../../core/catalog/dates';
import { nextChange, personCompliance } from '../../../core/standards/person';
import { addMonths } from '../../../core/standards/retirement';
import type { Gap } from '../../../core/standards/types';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { inScope } from '../org/scope';
import { loadStandards } from '../standards/queries';
import { loadBundles, type Ref } from './facts';
import { resolveRoot } from './service';

export interface FallingOut {
  personId: number;
  fullName: string;
  unit: Ref;
  position: Ref;
  statusNow: string;
  date: string;
  cause: 'grace_ends' | 'new_version' | 'other';
  gaps: Gap[];
}

export async function fallingOut(
  db: Db,
  actor: Pick<Actor, 'scope'>,
  q: { unit?: string | undefined; months: number },
) {
  const today = todayVn();
  const horizon = addMonths(today, q.months);
  const { root, unit } = await resolveRoot(db, actor, q.unit);
  const cand = await db.execute<{ person_id: string; status: string }>(sql`
    select pc.person_id, pc.status from person_compliance pc join org_unit u on u.id = pc.home_unit_id
    where pc.status <> 'gap' and pc.next_change <= ${horizon}::date
      and ${root ? sql`u.path like ${`${root.path}%`}` : sql`true`} and ${inScope(actor.scope, sql`u.path`)}
    limit 5000`);
  const statusNow = new Map(cand.rows.map((r) => [Number(r.person_id), r.status]));
  const sets = await loadStandards(db);
  const items: FallingOut[] = [];
  const bundles = await loadBundles(db, [...statusNow.keys()], today);
  for (const b of bundles) {
    let d = nextChange(sets, b.facts, b.holdings, today);
    for (let steps = 0; d !== null && d <= horizon && steps < 24; steps++) {
      const c = personCompliance(sets, b.facts, b.holdings, d);
      if (c?.status === 'gap') {
        const before = personCompliance(sets, b.facts, b.holdings, addDays(d, -1));
        const graceEnded = before?.posts.some((p) => p.gaps.some((g) => g.graceUntil === d)) ?? false;
        const newVersion = sets.some((s) => s.validFrom === d);
        const label = b.labels.get(c.home.assignmentId);
        items.push({
          personId: b.personId,
          fullName: b.fullName,
          unit: label?.unit ?? { code: '', name: '' },
          position: label?.position ?? { code: c.home.position.code, name: c.home.position.code },
          statusNow: statusNow.get(b.personId) ?? 'meets',
          date: d,
          cause: graceEnded ? 'grace_ends' : newVersion ? 'new_version' : 'other',
          gaps: c.posts.flatMap((p) => p.gaps.filter((g) => !g.graceUntil)),
        });
        break;
      }
      d = nextChange(sets, b.facts, b.holdings, d);
    }
  }
  items.sort((a, b) => a.date.localeCompare(b.date) || a.fullName.localeCompare(b.fullName, 'vi'));
  return { unit, today, horizon, items };
}
