import { sql } from 'drizzle-orm';
import { todayVn } from '../../src/core/catalog/dates';
import { SYSTEM_CONTEXT } from '../../src/server/modules/audit/audit';
import { recomputeCompliance } from '../../src/server/modules/compliance/recompute';
import { keepPeopleCurrent } from '../../src/server/modules/people/upkeep';
import { percentile, round } from '../stats';
import type { BenchContext, Benchmark, Measurement } from '../types';
import { adminCookie, timed, timedQuery } from './support';

/**
 * The best hand-written SQL for the report's numbers (totals and per-child counts): the same
 * per-unit roll-ups a DBA would keep, summed over the subtree and grouped by direct child.
 */
const handWritten = `select split_part(substr(u.path, length($1) + 1), '/', 1) as child,
  sum(r.meets), sum(r.in_progress), sum(r.gap)
  from compliance_rollup r join org_unit u on u.id = r.unit_id
  where u.path like $1 || '%' group by 1`;

/** The same numbers straight from the per-person rows (no roll-ups): what the roll-ups save. */
const fromPeople = `select split_part(substr(u.path, length($1) + 1), '/', 1) as child,
  count(*) filter (where pc.status = 'meets'), count(*) filter (where pc.status = 'in_progress'),
  count(*) filter (where pc.status = 'gap')
  from person_compliance pc join org_unit u on u.id = pc.home_unit_id
  where u.path like $1 || '%' group by 1`;

const stat = (name: string, xs: number[], notes?: string): Measurement => ({
  name,
  unit: 'ms',
  median: round(percentile(xs, 50)),
  p95: round(percentile(xs, 95)),
  samples: xs.length,
  ...(notes ? { notes } : {}),
});

async function reportRuns(
  ctx: BenchContext,
  label: string,
  unit: { code: string; path: string } | null,
  cookie: string,
  runs: number,
): Promise<Measurement[]> {
  const api: number[] = [];
  const best: number[] = [];
  const raw: number[] = [];
  const url = `${ctx.baseUrl}/api/reports/compliance${unit ? `?unit=${encodeURIComponent(unit.code)}` : ''}`;
  for (let i = 0; i < runs; i++) {
    api.push(await timed(() => fetch(url, { headers: { cookie } })));
    best.push(await timedQuery(ctx, handWritten, [unit?.path ?? '/']));
    raw.push(await timedQuery(ctx, fromPeople, [unit?.path ?? '/']));
  }
  return [
    stat(`compliance report, ${label} (API)`, api),
    stat(`compliance report, ${label} (hand-written SQL on roll-ups)`, best),
    stat(`compliance report, ${label} (hand-written SQL on person rows)`, raw),
  ];
}

export const complianceReportBench: Benchmark = {
  name: 'compliance-report',
  description:
    'GET /api/reports/compliance for a commune, a province and the nation, beside hand-written SQL; a past date',
  run: async (ctx) => {
    const commune = (
      await ctx.pool.query<{ code: string; path: string }>(
        `select u.code, u.path from person_compliance pc join org_unit u on u.id = pc.home_unit_id
         where u.kind in ('commune', 'ward') limit 1`,
      )
    ).rows[0];
    const province = (
      await ctx.pool.query<{ code: string; path: string }>(
        `select u.code, u.path from org_unit u where u.kind = 'province' and u.valid_to is null
         order by (select count(*) from org_unit c where c.path like u.path || '%') desc limit 1`,
      )
    ).rows[0];
    if (!commune || !province)
      return [{ name: 'compliance report', unit: 'ms', notes: 'no data: run `cadre generate` first' }];
    const cookie = await adminCookie(ctx);
    const past: number[] = [];
    for (let i = 0; i < 3; i++)
      past.push(
        await timed(() =>
          fetch(`${ctx.baseUrl}/api/reports/compliance?unit=${province.code}&asOf=2025-12-31`, {
            headers: { cookie },
          }),
        ),
      );
    return [
      ...(await reportRuns(ctx, 'commune', commune, cookie, 30)),
      ...(await reportRuns(ctx, 'province (largest)', province, cookie, 20)),
      ...(await reportRuns(ctx, 'nation', null, cookie, 10)),
      stat('compliance report, largest province as of 31/12/2025 (history)', past),
    ];
  },
};

export const complianceUpkeepBench: Benchmark = {
  name: 'compliance-upkeep',
  description:
    'Incremental upkeep after one qualification change (derived columns, compliance rows, roll-ups), in a rolled-back transaction',
  run: async (ctx) => {
    const holders = await ctx.pool.query<{ person_id: string }>(
      'select person_id from person_compliance tablesample system (1) limit 200',
    );
    if (holders.rows.length === 0)
      return [{ name: 'compliance upkeep', unit: 'ms', notes: 'no data: run `cadre generate` first' }];
    const today = todayVn();
    const times: number[] = [];
    class Rollback extends Error {}
    for (const r of holders.rows) {
      const id = Number(r.person_id);
      await ctx.db
        .transaction(async (tx) => {
          await tx.execute(sql`insert into qualification (person_id, dimension, level, rank, status, source)
            values (${id}, 'politicalTheory', 'trung_cap', 2, 'completed', 'entered')`);
          const t0 = performance.now();
          await keepPeopleCurrent(tx, [id], today);
          times.push(performance.now() - t0);
          throw new Rollback();
        })
        .catch((err: unknown) => {
          if (!(err instanceof Rollback)) throw err;
        });
    }
    return [stat('incremental upkeep after one qualification change, roll-ups included', times)];
  },
};

export const complianceRecomputeBench: Benchmark = {
  name: 'compliance-recompute',
  description: 'Full recompute of the materialised compliance (every holder of a post with a standard)',
  run: async (ctx) => {
    const rss0 = process.memoryUsage().rss;
    let peak = rss0;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 200);
    const t0 = performance.now();
    const r = await recomputeCompliance(ctx.db, { ...SYSTEM_CONTEXT, requestId: 'bench' });
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(timer);
    return [
      {
        name: 'full compliance recompute',
        unit: 's',
        value: round(seconds),
        notes: `${r.holders.toLocaleString('en')} holders of ${r.people.toLocaleString('en')} candidates; peak RSS ${Math.round(peak / 2 ** 20)} MB`,
      },
    ];
  },
};
