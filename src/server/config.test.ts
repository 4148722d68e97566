import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
  it('applies the defaults of contracts §1', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, demo: true });
    expect(c.dataDir).toMatch(/\/data$/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', CADRE_ADMIN_PASSWORD: '' })).toMatchObject({
      databaseUrl: undefined,
      adminPassword: undefined,
    });
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'ba nghìn', CADRE_DEMO: '2' })).toThrow(/PORT[\s\S]*CADRE_DEMO/);
  });
});
