import autocannon from 'autocannon';
import { round } from '../stats';
import type { BenchContext, Benchmark, Measurement } from '../types';

/** Bounded load on loopback: a fixed duration and connection count, then stop. */
async function load(url: string, name: string, headers: Record<string, string> = {}): Promise<Measurement[]> {
  const result = await autocannon({ url, connections: 10, duration: 5, headers });
  const notes = `10 connections, 5 s, ${result.requests.total} requests, ${result.non2xx} non-2xx, ${result.errors} errors`;
  return [
    { name: `${name} throughput`, unit: 'req/s', value: round(result.requests.average), notes },
    {
      name: `${name} latency`,
      unit: 'ms',
      median: result.latency.p50,
      p99: result.latency.p99,
      samples: result.requests.total,
    },
  ];
}

async function sessionCookie(ctx: BenchContext): Promise<string> {
  const res = await fetch(`${ctx.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ctx.adminPassword }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('cadre_session='));
  if (!cookie) throw new Error(`login failed: ${res.status}`);
  return cookie.split(';')[0] ?? '';
}

export const healthBench: Benchmark = {
  name: 'http-health',
  description: 'GET /api/health under load (autocannon, loopback)',
  run: (ctx) => load(`${ctx.baseUrl}/api/health`, 'GET /api/health'),
};

export const meBench: Benchmark = {
  name: 'http-me',
  description: 'GET /api/auth/me with a session cookie under load (session lookup + scope per request)',
  run: async (ctx) =>
    load(`${ctx.baseUrl}/api/auth/me`, 'GET /api/auth/me', { cookie: await sessionCookie(ctx) }),
};
