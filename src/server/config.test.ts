import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
  it('applies the defaults of contracts §1', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, demo: true });
    expect(c.dataDir).toMatch(/\/data$/);
  });

  it('reads the jobs and e-mail settings', () => {
    expect(loadConfig({})).toMatchObject({
      jobs: true,
      mail: { smtpUrl: undefined, from: 'Cadre <no-reply@localhost>', publicUrl: 'http://localhost:3000' },
    });
    const c = loadConfig({
      CADRE_JOBS: '0',
      CADRE_SMTP_URL: 'smtp://u:p@mail.example.vn:587',
      CADRE_MAIL_FROM: 'Sở Nội vụ <noreply@snv.gov.vn>',
      CADRE_PUBLIC_URL: 'https://cadre.snv.gov.vn',
    });
    expect(c).toMatchObject({ jobs: false, mail: { smtpUrl: 'smtp://u:p@mail.example.vn:587' } });
    expect(() => loadConfig({ CADRE_SMTP_URL: 'mail.example.vn' })).toThrow(/CADRE_SMTP_URL/);
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
