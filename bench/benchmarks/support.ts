import type { BenchContext } from '../types';

export async function adminCookie(ctx: BenchContext): Promise<string> {
  const res = await fetch(`${ctx.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ctx.adminPassword }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('cadre_session='));
  if (!cookie) throw new Error(`login failed: ${res.status}`);
  return cookie.split(';')[0] ?? '';
}

/** Milliseconds for one HTTP call, body read; fails loudly on an error status. */
export async function timed(call: () => Promise<Response>): Promise<number> {
  const t0 = performance.now();
  const res = await call();
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return performance.now() - t0;
}

export async function timedQuery(ctx: BenchContext, text: string, values: unknown[]): Promise<number> {
  const t0 = performance.now();
  await ctx.pool.query(text, values);
  return performance.now() - t0;
}
