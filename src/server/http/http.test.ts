import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../app';
import { openDatabase } from '../db/client';
import { testConfig } from '../testing/harness';

describe('HTTP basics', async () => {
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-web-'));
  fs.writeFileSync(
    path.join(webDir, 'index.html'),
    '<!doctype html><title>Cadre</title><div id="root"></div>',
  );
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(path.join(webDir, 'assets', 'app.js'), 'console.log(1)');
  const database = openDatabase(inject('databaseUrl'), 2);
  let dbUp = true;
  const { app } = await buildApp({
    db: database.db,
    config: testConfig(),
    logger: false,
    webDir,
    pingDb: async () => dbUp,
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('reports health, and 503 when the database is down', async () => {
    const ok = await app.inject({ method: 'GET', url: '/api/health' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ status: 'ok', db: 'ok' });
    dbUp = false;
    const down = await app.inject({ method: 'GET', url: '/api/health' });
    dbUp = true;
    expect(down.statusCode).toBe(503);
  });

  it('sends security headers and a request id on every response', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('uses the one error shape for unknown API routes, with the request id', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/khong-co',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'ROUTE_NOT_FOUND', message: 'Không tìm thấy địa chỉ yêu cầu.', requestId: 'abc-123' },
    });
  });

  it('refuses bodies over the size limit with 413', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'a', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('publishes the OpenAPI document and the interactive docs', async () => {
    const doc = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.statusCode).toBe(200);
    const body = doc.json();
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/admin/users', '/api/health']),
    );
    expect(
      body.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(['username', 'password']);
    const ui = await app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });

  it('serves the web app and falls back to it for client-side routes', async () => {
    const root = await app.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('<div id="root">');
    const deep = await app.inject({
      method: 'GET',
      url: '/quan-tri/nguoi-dung?page=2',
      headers: { accept: 'text/html' },
    });
    expect(deep.statusCode).toBe(200);
    expect(deep.headers['content-type']).toContain('text/html');
    const asset = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log(1)');
  });
});
