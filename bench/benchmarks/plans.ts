import { addDays, todayVn } from '../../src/core/catalog/dates';
import { trainingNeeds } from '../../src/server/modules/needs/service';
import { runWeeklyDigest } from '../../src/server/modules/notifications/digest';
import { ALL } from '../../src/server/modules/org/scope';
import { percentile, round } from '../stats';
import type { BenchContext, Benchmark, Measurement } from '../types';
import { adminCookie, timed } from './support';

/** Issue 6 benchmarks: needs for the nation, plan progress for a province, the weekly digest. */

const stat = (name: string, xs: number[], notes?: string): Measurement => ({
  name,
  unit: 'ms',
  median: round(percentile(xs, 50)),
  p95: round(percentile(xs, 95)),
  samples: xs.length,
  ...(notes ? { notes } : {}),
});

async function largestProvince(ctx: BenchContext) {
  return (
    await ctx.pool.query<{ id: string; code: string; path: string }>(
      `select u.id, u.code, u.path from org_unit u where u.kind = 'province' and u.valid_to is null
       order by (select count(*) from person p where p.province_id = u.id) desc limit 1`,
    )
  ).rows[0];
}

const noData = (name: string): Measurement[] => [
  { name, unit: 'ms', notes: 'no data: run `cadre generate` first' },
];

export const needsNationBench: Benchmark = {
  name: 'needs-nation',
  description: 'Training needs of the whole nation (every gap → programme, with per-programme totals)',
  run: async (ctx) => {
    const any = await ctx.pool.query('select 1 from person_compliance limit 1');
    if (any.rowCount === 0) return noData('needs, nation');
    const xs: number[] = [];
    let total = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const r = await trainingNeeds(ctx.db, { scope: ALL }, { page: 1, pageSize: 50 });
      xs.push(performance.now() - t0);
      total = r.total;
    }
    return [stat('needs, nation (first page + per-programme summary)', xs, `${total} needs`)];
  },
};

export const planProgressBench: Benchmark = {
  name: 'plan-progress',
  description: 'GET /api/plans/:id/progress for the largest province: programme and qualification targets',
  run: async (ctx) => {
    const province = await largestProvince(ctx);
    if (!province) return noData('plan progress');
    const cookie = await adminCookie(ctx);
    const me = (await (await fetch(`${ctx.baseUrl}/api/auth/me`, { headers: { cookie } })).json()) as {
      csrfToken: string;
    };
    const headers = { cookie, 'content-type': 'application/json', 'x-csrf-token': me.csrfToken };
    // A plan over the last five years, so the generated classes' completions count.
    const year = Number(todayVn().slice(0, 4));
    await ctx.pool.query(
      `delete from training_plan where unit_id = $1 and kind = 'period' and from_year = $2 and to_year = $3`,
      [province.id, year - 4, year],
    );
    const created = await fetch(`${ctx.baseUrl}/api/plans`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        unit: province.code,
        kind: 'period',
        fromYear: year - 4,
        toYear: year,
        fromNeeds: true,
      }),
    });
    if (!created.ok) throw new Error(`create plan: HTTP ${created.status} ${await created.text()}`);
    const plan = (await created.json()) as { id: number; version: number; title: string; targets: unknown[] };
    // Add the qualification-structure targets ("… đại học, … thạc sĩ by 31/12").
    const programmes = (
      await ctx.pool.query<{ code: string }>(
        `select code from programme where active and awards_dimension is not null order by code`,
      )
    ).rows;
    const targets = [
      ...programmes.map((p) => ({
        kind: 'programme',
        programmeCode: p.code,
        persons: 100,
        personTimes: 100,
      })),
      { kind: 'qualification', dimension: 'professional', level: 'dai_hoc', persons: 1000 },
      { kind: 'qualification', dimension: 'professional', level: 'thac_si', persons: 100 },
      { kind: 'qualification', dimension: 'politicalTheory', level: 'trung_cap', persons: 1000 },
    ];
    const put = await fetch(`${ctx.baseUrl}/api/plans/${plan.id}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ plan: { title: plan.title, targets, budget: [] }, version: plan.version }),
    });
    if (!put.ok) throw new Error(`update plan: HTTP ${put.status} ${await put.text()}`);
    const xs: number[] = [];
    for (let i = 0; i < 10; i++)
      xs.push(
        await timed(() => fetch(`${ctx.baseUrl}/api/plans/${plan.id}/progress`, { headers: { cookie } })),
      );
    return [stat(`plan progress, largest province (${targets.length} targets, 5 years)`, xs)];
  },
};

/**
 * Gives every person a learning plan for this year with one item (a fifth overdue, a fifth due
 * within two weeks, the rest later) and a monitor for most of them, once; then times the digest.
 */
async function ensureLearningPlans(ctx: BenchContext, year: number, today: string): Promise<number> {
  const have = await ctx.pool.query<{ n: string }>(
    'select count(*) as n from learning_plan where year = $1',
    [year],
  );
  if (Number(have.rows[0]?.n ?? 0) > 0) return Number(have.rows[0]?.n);
  await ctx.pool.query(
    `insert into learning_plan (person_id, year, monitor_person_id)
     select p.id, $1, m.id from person p left join person m on m.id = p.id - (p.id % 20) and p.id % 20 <> 0
     where p.status = 'active'`,
    [year],
  );
  await ctx.pool.query(
    `insert into learning_plan_item (plan_id, title, due_date)
     select lp.id, 'Bồi dưỡng kiến thức quản lý nhà nước',
       case lp.person_id % 5 when 0 then $1::date - 30 when 1 then $1::date + 7 else $1::date + 120 end
     from learning_plan lp where lp.year = $2`,
    [today, year],
  );
  await ctx.pool.query('analyze learning_plan; analyze learning_plan_item');
  const n = await ctx.pool.query<{ n: string }>('select count(*) as n from learning_plan where year = $1', [
    year,
  ]);
  return Number(n.rows[0]?.n ?? 0);
}

export const weeklyDigestBench: Benchmark = {
  name: 'weekly-digest',
  description: 'The weekly digest job over every person with a learning plan (the nation: 2,000,000)',
  run: async (ctx) => {
    const people = await ctx.pool.query<{ n: string }>('select count(*) as n from person');
    if (Number(people.rows[0]?.n ?? 0) < 1000) return noData('weekly digest');
    const today = todayVn();
    const year = Number(today.slice(0, 4));
    const t0 = performance.now();
    const plans = await ensureLearningPlans(ctx, year, today);
    const setup = performance.now() - t0;
    const xs: number[] = [];
    let last = { digests: 0, monitorDigests: 0 };
    // Each run is a fresh week: the previous run's rows are removed first (they would dedupe).
    for (let i = 0; i < 2; i++) {
      await ctx.pool.query(`delete from notification where kind in ('digest', 'monitor_digest')`);
      const s = performance.now();
      last = await runWeeklyDigest(ctx.db, addDays(today, 0));
      xs.push(performance.now() - s);
    }
    return [
      stat(
        `weekly digest, ${plans} learning plans`,
        xs,
        `${last.digests} digests + ${last.monitorDigests} monitor digests; plan set-up ${round(setup / 1000)} s`,
      ),
    ];
  },
};
