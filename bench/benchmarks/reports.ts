import { RANK_COLUMNS } from '../../src/server/modules/people/derived';
import { percentile, round } from '../stats';
import type { BenchContext, Benchmark, Measurement } from '../types';
import { adminCookie, timed, timedQuery } from './support';

/**
 * The "best hand-written SQL" for the same numbers: unpivot the nine rank columns with a lateral
 * VALUES list and group — one scan, what a DBA would write by hand.
 */
const handWritten = `select v.d, v.r, count(*) from person p,
  lateral (values ${Object.entries(RANK_COLUMNS)
    .map(([d, c]) => `('${d}', p.${c})`)
    .join(', ')}) v(d, r)
  where p.current_assigned and p.current_unit_path like $1 and v.r is not null group by v.d, v.r`;

async function measure(
  ctx: BenchContext,
  label: string,
  unit: { code: string; path: string } | null,
  cookie: string,
  runs = 15,
): Promise<Measurement[]> {
  const api: number[] = [];
  const sqlTimes: number[] = [];
  const url = `${ctx.baseUrl}/api/reports/qualifications${unit ? `?unit=${encodeURIComponent(unit.code)}` : ''}`;
  for (let i = 0; i < runs; i++) {
    api.push(await timed(() => fetch(url, { headers: { cookie } })));
    sqlTimes.push(await timedQuery(ctx, handWritten, [`${unit?.path ?? '/'}%`]));
  }
  return [
    {
      name: `qualification report, ${label} (API)`,
      unit: 'ms',
      median: round(percentile(api, 50)),
      p95: round(percentile(api, 95)),
      samples: runs,
    },
    {
      name: `qualification report, ${label} (hand-written SQL)`,
      unit: 'ms',
      median: round(percentile(sqlTimes, 50)),
      p95: round(percentile(sqlTimes, 95)),
      samples: runs,
    },
  ];
}

export const qualificationReportBench: Benchmark = {
  name: 'qualification-report',
  description:
    'GET /api/reports/qualifications for a commune, a province and the nation, beside hand-written SQL',
  run: async (ctx) => {
    const commune =
      (
        await ctx.pool.query<{ code: string; path: string }>(
          `select u.code, u.path from person p join org_unit u on u.id = p.current_unit_id
           where p.current_assigned and u.kind in ('commune', 'ward') limit 1`,
        )
      ).rows[0] ?? null;
    const province =
      (
        await ctx.pool.query<{ code: string; path: string }>(
          "select code, path from org_unit where kind = 'province' and valid_to is null order by id limit 1",
        )
      ).rows[0] ?? null;
    if (!commune || !province)
      return [{ name: 'qualification report', unit: 'ms', notes: 'no data: run `cadre generate` first' }];
    const cookie = await adminCookie(ctx);
    const past: number[] = [];
    for (let i = 0; i < 3; i++) {
      past.push(
        await timed(() =>
          fetch(`${ctx.baseUrl}/api/reports/qualifications?unit=${province.code}&asOf=2024-12-31`, {
            headers: { cookie },
          }),
        ),
      );
    }
    return [
      ...(await measure(ctx, 'commune', commune, cookie)),
      ...(await measure(ctx, 'province', province, cookie)),
      ...(await measure(ctx, 'nation', null, cookie, 5)),
      {
        name: 'qualification report, province as of 31/12/2024 (history)',
        unit: 'ms',
        median: round(percentile(past, 50)),
        p95: round(percentile(past, 95)),
        samples: past.length,
      },
    ];
  },
};
