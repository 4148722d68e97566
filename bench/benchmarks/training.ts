import { addDays, todayVn } from '../../src/core/catalog/dates';
import { percentile, round } from '../stats';
import type { BenchContext, Benchmark, Measurement } from '../types';
import { adminCookie, timed, timedQuery } from './support';

/** The best hand-written SQL for the report's counts: one pass over the period's completions. */
const handWritten = `select pr.content_type, pr.awards_level, count(distinct e.person_id), count(*),
    count(distinct e.person_id) filter (where p.gender = 'female')
  from enrolment e join org_unit u on u.id = e.unit_id join course c on c.id = e.course_id
  join programme pr on pr.id = c.programme_id join person p on p.id = e.person_id
  where e.status = 'completed' and e.completed_on between $2 and $3 and u.path like $1 || '%'
  group by 1, 2`;

const stat = (name: string, xs: number[]): Measurement => ({
  name,
  unit: 'ms',
  median: round(percentile(xs, 50)),
  p95: round(percentile(xs, 95)),
  samples: xs.length,
});

async function largestProvince(ctx: BenchContext) {
  return (
    await ctx.pool.query<{ id: string; code: string; path: string }>(
      `select u.id, u.code, u.path from org_unit u where u.kind = 'province' and u.valid_to is null
       order by (select count(*) from person p where p.province_id = u.id) desc limit 1`,
    )
  ).rows[0];
}

export const trainingReportBench: Benchmark = {
  name: 'training-report',
  description:
    'GET /api/reports/training over five years for the largest province and the nation, beside hand-written SQL',
  run: async (ctx) => {
    const province = await largestProvince(ctx);
    const any = await ctx.pool.query('select 1 from enrolment limit 1');
    if (!province || any.rowCount === 0)
      return [{ name: 'training report', unit: 'ms', notes: 'no data: run `cadre generate` first' }];
    const to = todayVn();
    const from = `${Number(to.slice(0, 4)) - 5}-01-01`;
    const cookie = await adminCookie(ctx);
    const out: Measurement[] = [];
    for (const [label, unit, runs] of [
      ['largest province', province, 10],
      ['nation', null, 3],
    ] as const) {
      const api: number[] = [];
      const best: number[] = [];
      const q = `from=${from}&to=${to}${unit ? `&unit=${unit.code}` : ''}`;
      for (let i = 0; i < runs; i++) {
        api.push(
          await timed(() => fetch(`${ctx.baseUrl}/api/reports/training?${q}`, { headers: { cookie } })),
        );
        best.push(await timedQuery(ctx, handWritten, [unit?.path ?? '/', from, to]));
      }
      out.push(stat(`training report 5 years, ${label} (API)`, api));
      out.push(stat(`training report 5 years, ${label} (hand-written SQL)`, best));
    }
    return out;
  },
};

export const trainingNominationBench: Benchmark = {
  name: 'training-nomination',
  description: 'POST /api/training/courses/:id/enrolments nominating 5,000 people in one request',
  run: async (ctx) => {
    const province = await largestProvince(ctx);
    if (!province)
      return [{ name: 'bulk nomination', unit: 'ms', notes: 'no data: run `cadre generate` first' }];
    const cookie = await adminCookie(ctx);
    const me = (await (await fetch(`${ctx.baseUrl}/api/auth/me`, { headers: { cookie } })).json()) as {
      csrfToken: string;
    };
    const headers = { cookie, 'content-type': 'application/json', 'x-csrf-token': me.csrfToken };
    await ctx.pool.query(
      `insert into institution (code, name, kind, unit_id) values ('BENCH-' || $1, 'Cơ sở đo hiệu năng', 'centre', $2)
       on conflict (code) do nothing`,
      [province.code, province.id],
    );
    const people = await ctx.pool.query<{ id: string }>(
      `select id from person where province_id = $1 and current_assigned and status = 'active' order by id limit 5000`,
      [province.id],
    );
    const ids = people.rows.map((r) => Number(r.id));
    const times: number[] = [];
    const stamp = Date.now().toString(36);
    for (let run = 0; run < 3; run++) {
      const start = addDays(todayVn(), 30);
      const created = await fetch(`${ctx.baseUrl}/api/training/courses`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          code: `BENCH-${stamp}-${run}`,
          name: 'Lớp đo hiệu năng cử học viên',
          programmeCode: 'KY_NANG_SO',
          institutionCode: `BENCH-${province.code}`,
          organiserUnitCode: province.code,
          mode: 'online',
          startDate: start,
          endDate: addDays(start, 5),
          capacity: 6000,
        }),
      });
      if (!created.ok) throw new Error(`course: HTTP ${created.status} ${await created.text()}`);
      const course = (await created.json()) as { id: number };
      const opened = await fetch(`${ctx.baseUrl}/api/training/courses/${course.id}/status`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ status: 'open' }),
      });
      if (!opened.ok) throw new Error(`open: HTTP ${opened.status} ${await opened.text()}`);
      times.push(
        await timed(() =>
          fetch(`${ctx.baseUrl}/api/training/courses/${course.id}/enrolments`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              unitCode: province.code,
              personIds: ids,
              decisionNo: `${run + 1}/QĐ-BENCH`,
            }),
          }),
        ),
      );
    }
    return [{ ...stat(`bulk nomination of ${ids.length.toLocaleString('en')} people`, times), unit: 'ms' }];
  },
};
