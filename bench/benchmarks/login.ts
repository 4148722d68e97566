import { percentile, round } from '../stats';
import type { Benchmark } from '../types';

/** Sequential logins: argon2id verification dominates, by design. */
export const loginBench: Benchmark = {
  name: 'login',
  description: 'POST /api/auth/login latency, 50 sequential sign-ins',
  run: async (ctx) => {
    const samples: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      const res = await fetch(`${ctx.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: ctx.adminPassword }),
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
      samples.push(performance.now() - t0);
    }
    return [
      {
        name: 'login latency',
        unit: 'ms',
        median: round(percentile(samples, 50)),
        p95: round(percentile(samples, 95)),
        samples: samples.length,
      },
    ];
  },
};
