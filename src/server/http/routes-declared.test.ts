import { describe, expect, it } from 'vitest';
import { createTestApp } from '../testing/harness';

/**
 * Guards architecture.md pattern 3: every route declares its access, and every non-public route
 * refuses an anonymous caller. Remove `config.access` from any route and the first test fails.
 */
describe('route access declarations', async () => {
  const { app, routes } = await createTestApp();

  it('collects the whole route table', () => {
    const urls = routes.map((r) => `${r.method} ${r.url}`);
    expect(urls).toContain('POST /api/auth/login');
    expect(urls).toContain('GET /api/admin/users');
    expect(urls).toContain('GET /api/docs');
  });

  it('has an access declaration on every route', () => {
    const undeclared = routes.filter((r) => r.access === undefined).map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
  });

  it('answers 401 to an anonymous caller on every non-public route', async () => {
    const guarded = routes.filter((r) => r.access && !('public' in r.access) && r.method !== 'HEAD');
    expect(guarded.length).toBeGreaterThan(5);
    for (const r of guarded) {
      const url = r.url.replace(/:[A-Za-z]+/g, '1');
      const res = await app.inject({
        method: r.method as 'GET',
        url,
        payload: r.method === 'GET' ? undefined : {},
      });
      expect({ route: `${r.method} ${r.url}`, status: res.statusCode }).toEqual({
        route: `${r.method} ${r.url}`,
        status: 401,
      });
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
  });
});
