import { randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app';
import { openDatabase } from '../../db/client';
import { login, makeTree, makeUser } from '../../testing/factories';
import { testConfig } from '../../testing/harness';
import { auditLog } from '../audit/schema';
import { person } from '../people/schema';
import { readXlsx } from './read-xlsx';
import { importRoutes } from './routes';
import { assignment, makeCccd, person as personRow, type TestBook, unit, workbook } from './test-workbook';

/** The app as app.ts builds it; the import routes are added here until app.ts registers them. */
async function appWithImports(opts: { maxBytes?: number } = {}) {
  const database = openDatabase(inject('databaseUrl'), 4);
  const deps = { db: database.db, config: testConfig(), pingDb: async () => true };
  const { app, routes } = await buildApp({ ...deps, logger: false });
  const registered = routes.some((r) => r.url === '/api/imports/template.xlsx');
  if (!registered || opts.maxBytes) {
    // A small limit needs its own prefix when app.ts already has the routes.
    if (registered) await app.register((scope) => importRoutes(scope, deps, opts), { prefix: '/small' });
    else await importRoutes(app, deps, opts);
  }
  await app.ready();
  afterAll(async () => {
    await app.close();
    await database.close();
  });
  return { app, db: database.db };
}

function multipart(fileName: string, content: Buffer, field = 'file') {
  const boundary = `----cadre${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
        'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('import over HTTP', async () => {
  const { app, db } = await appWithImports();

  async function officerOf(scope: 'province' | 'communeA') {
    const tree = await makeTree(db);
    const user = await makeUser(db, 'officer', [tree[scope]]);
    return { tree, user, session: await login(app, user.username) };
  }

  async function upload(
    session: { headers: Record<string, string> },
    file: Buffer,
    query = 'dryRun=false',
    fileName = 'nhap.xlsx',
  ) {
    const body = multipart(fileName, file);
    return app.inject({
      method: 'POST',
      url: `/api/imports?${query}`,
      headers: { ...session.headers, 'content-type': body.contentType },
      payload: body.payload,
    });
  }

  function bookUnder(provinceCode: string, cccd: string): TestBook {
    const commune = `${provinceCode}.X${randomBytes(2).toString('hex')}`;
    return {
      'Đơn vị': [unit(commune, 'Xã Nhập Khẩu', 'Xã', provinceCode, { from: '01/07/2025', area: 'II' })],
      'Cán bộ': [personRow(cccd, 'Sùng Thị Mỷ', '03/03/1991', 'Nữ', { ethnicity: "H'Mông" })],
      'Công tác': [assignment(cccd, commune, 'XA_CC_VH', 'Tuyển dụng', '01/08/2025')],
    };
  }

  it('serves the template to whoever may read the organisation', async () => {
    const { session } = await officerOf('communeA');
    const res = await app.inject({
      method: 'GET',
      url: '/api/imports/template.xlsx',
      headers: { cookie: session.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const names: string[] = [];
    for await (const sheet of readXlsx(res.rawPayload)) {
      names.push(sheet.name);
      for await (const _ of sheet.rows);
    }
    expect(names).toEqual(['Đơn vị', 'Cán bộ', 'Công tác', 'Trình độ', 'Đánh giá', 'Danh mục']);

    const cadre = await makeUser(db, 'cadre');
    const cs = await login(app, cadre.username);
    const refused = await app.inject({
      method: 'GET',
      url: '/api/imports/template.xlsx',
      headers: { cookie: cs.cookie },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('checks with dryRun=true, then imports with dryRun=false, audited with the actor', async () => {
    const { tree, user, session } = await officerOf('province');
    const cccd = makeCccd('1991-03-03', 'female');
    const file = await workbook(bookUnder(tree.province.code, cccd));

    const dry = await upload(session, file, 'dryRun=true');
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toEqual({
      status: 'ok',
      counts: {
        'Đơn vị': { created: 1, updated: 0, unchanged: 0 },
        'Cán bộ': { created: 1, updated: 0, unchanged: 0 },
        'Công tác': { created: 1, updated: 0, unchanged: 0 },
        'Trình độ': { created: 0, updated: 0, unchanged: 0 },
        'Đánh giá': { created: 0, updated: 0, unchanged: 0 },
      },
      errors: [],
    });
    expect(await db.$count(person, eq(person.cccd, cccd))).toBe(0);

    const done = await upload(session, file);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual(dry.json());
    const [row] = await db.select().from(person).where(eq(person.cccd, cccd));
    expect(row).toMatchObject({ ethnicity: 'Mông', provinceId: tree.province.id });
    expect(row?.currentUnitPath?.startsWith(tree.province.path)).toBe(true);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'import'), eq(auditLog.actorUsername, user.username)));
    expect(audits.map((a) => a.entity).sort()).toEqual(['assignment', 'org_unit', 'person']);
    expect(audits[0]?.requestId).toBe(done.headers['x-request-id']);
  });

  it('keeps an officer inside its scope', async () => {
    const { tree, session } = await officerOf('communeA');
    const cccd = makeCccd('1991-03-03', 'female');
    const book = bookUnder(tree.communeA.code, cccd);
    book['Công tác']?.push(assignment(cccd, tree.communeB.code, 'XA_CC_TP', 'Kiêm nhiệm', '01/09/2025'));
    book['Đơn vị']?.push(unit(`${tree.communeA.code}.ROOT`, 'Tỉnh Khác', 'Tỉnh', null));
    const res = await upload(session, await workbook(book));
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('invalid');
    expect(res.json().errors).toEqual([
      expect.objectContaining({ sheet: 'Đơn vị', row: 3, code: 'OUT_OF_SCOPE' }),
      expect.objectContaining({ sheet: 'Công tác', row: 3, column: 'Mã đơn vị', code: 'UNKNOWN_UNIT' }),
    ]);
    expect(await db.$count(person, inArray(person.cccd, [cccd]))).toBe(0);
  });

  it('documents both routes in the OpenAPI description', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/imports', '/api/imports/template.xlsx']));
  });

  it('refuses callers without the permission, requests without a file or with a non-workbook', async () => {
    const tree = await makeTree(db);
    const leader = await makeUser(db, 'leader', [tree.province]);
    const ls = await login(app, leader.username);
    const file = await workbook(bookUnder(tree.province.code, makeCccd('1991-03-03', 'female')));
    expect((await upload(ls, file)).statusCode).toBe(403);

    const { session } = await officerOf('province');
    const wrongField = multipart('nhap.xlsx', file, 'tep');
    const noFile = await app.inject({
      method: 'POST',
      url: '/api/imports?dryRun=true',
      headers: { ...session.headers, 'content-type': wrongField.contentType },
      payload: wrongField.payload,
    });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.details).toEqual([{ path: 'file', message: expect.stringContaining('file') }]);

    const json = await app.inject({
      method: 'POST',
      url: '/api/imports',
      headers: session.headers,
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(415);

    const bad = await upload(session, Buffer.from('không phải tệp Excel'), 'dryRun=true', 'ghi-chu.xlsx');
    expect(bad.json()).toMatchObject({
      status: 'invalid',
      errors: [{ code: 'INVALID_FILE', value: 'ghi-chu.xlsx' }],
    });
  });
});

describe('import upload limit', async () => {
  const { app, db } = await appWithImports({ maxBytes: 2000 });

  it('answers 413 for a file over the limit and writes nothing, even for a CSV cut short', async () => {
    const tree = await makeTree(db);
    const officer = await makeUser(db, 'officer', [tree.province]);
    const session = await login(app, officer.username);
    const cccds = Array.from({ length: 40 }, () => makeCccd('1985-01-01', 'male'));
    const csv = Buffer.from(
      [
        'Số CCCD*;Họ và tên*;Ngày sinh*;Giới tính*;Đối tượng*',
        ...cccds.map((c) => `${c};Lê Văn Dài;01/01/1985;Nam;Công chức`),
      ].join('\n'),
    );
    expect(csv.length).toBeGreaterThan(2000);
    const body = multipart('can-bo.csv', csv);
    const url = app.hasRoute({ method: 'POST', url: '/small/api/imports' })
      ? '/small/api/imports'
      : '/api/imports';
    const res = await app.inject({
      method: 'POST',
      url: `${url}?dryRun=false&sheet=${encodeURIComponent('Cán bộ')}`,
      headers: { ...session.headers, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await db.$count(person, inArray(person.cccd, cccds))).toBe(0);
  });
});
