import { foldVietnamese } from '../../src/core/text/fold';
import { percentile, round } from '../stats';
import type { Benchmark } from '../types';
import { adminCookie, timed } from './support';

/** Name search as an officer types it: a full name without diacritics, against the whole dataset. */
export const searchBench: Benchmark = {
  name: 'people-search',
  description: 'GET /api/people?q=<name without diacritics>, 200 names sampled from the data',
  run: async (ctx) => {
    const names = await ctx.pool.query<{ full_name: string }>(
      'select full_name from person tablesample system (1) limit 200',
    );
    if (names.rows.length === 0)
      return [{ name: 'name search', unit: 'ms', notes: 'no people: run `cadre generate` first' }];
    const cookie = await adminCookie(ctx);
    const samples: number[] = [];
    for (const { full_name } of names.rows) {
      const q = encodeURIComponent(foldVietnamese(full_name));
      samples.push(
        await timed(() => fetch(`${ctx.baseUrl}/api/people?q=${q}&pageSize=20`, { headers: { cookie } })),
      );
    }
    const cccd = await ctx.pool.query<{ cccd: string }>(
      'select cccd from person tablesample system (1) limit 100',
    );
    const prefix: number[] = [];
    for (const { cccd: c } of cccd.rows) {
      prefix.push(
        await timed(() =>
          fetch(`${ctx.baseUrl}/api/people?q=${c.slice(0, 9)}&pageSize=20`, { headers: { cookie } }),
        ),
      );
    }
    return [
      {
        name: 'name search',
        unit: 'ms',
        median: round(percentile(samples, 50)),
        p95: round(percentile(samples, 95)),
        samples: samples.length,
      },
      {
        name: 'CCCD prefix search',
        unit: 'ms',
        median: round(percentile(prefix, 50)),
        p95: round(percentile(prefix, 95)),
        samples: prefix.length,
      },
    ];
  },
};
