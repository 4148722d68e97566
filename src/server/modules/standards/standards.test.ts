import { afterAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../../core/catalog/dates';
import { addMonths } from '../../../core/standards/retirement';
import { login, makePerson, makeTree, makeUser } from '../../testing/factories';
import { createScratchDatabase, createTestApp } from '../../testing/harness';

/**
 * Standard sets as dated data: the default catalogue, refused bad input, and a requirement raised
 * from a future date — previewed, saved, today's report unchanged. Changes global rules, so it
 * runs on a database of its own.
 */
describe('standards catalogue', async () => {
  const scratch = await createScratchDatabase();
  afterAll(() => scratch.close());
  const { app, db } = await createTestApp({}, scratch.url);
  const admin = await login(app, (await makeUser(db, 'admin')).username);
  const tree = await makeTree(db);
  const officer = await login(app, (await makeUser(db, 'officer', [tree.province])).username);

  const get = async (url: string, s = admin) => {
    const res = await app.inject({ url, headers: s.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const send = (method: 'POST' | 'PUT', url: string, payload: object, s = admin) =>
    app.inject({ method, url, headers: s.headers, payload });

  it('ships the default catalogue with legal bases and dated versions', async () => {
    const { items } = await get('/api/standards', officer);
    const party = items.find((s: { code: string }) => s.code === 'XA_DANG_UY');
    expect(party.versions.map((v: { legalBasis: { number: string } }) => v.legalBasis.number)).toEqual([
      '33/2023/NĐ-CP',
      '45-CT/TW',
    ]);
    expect(party.versions[0].validTo).toBe(party.versions[1].validFrom);
    expect(party.versions[1]).toMatchObject({ inForce: true, appliesTo: { positions: ['XA_BT', 'XA_PBT'] } });
    expect(party.versions[1].requirementTexts).toContain('Lý luận chính trị: Trung cấp trở lên');
    const vp = items.find((s: { code: string }) => s.code === 'XA_CC_VP');
    expect(vp.versions[0].requirements[0]).toMatchObject({ dimension: 'professional', graceMonths: 60 });
    expect(items.map((s: { code: string }) => s.code)).toEqual(
      expect.arrayContaining(['XA_CHINH_QUYEN', 'XA_PHONG_BAN', 'TINH_LANH_DAO_SO', 'TINH_PHONG_SO']),
    );
    // Officers read; only administrators write.
    const denied = await send('POST', '/api/standards/XA_PHONG_BAN/versions', {}, officer);
    expect(denied.statusCode).toBe(403);
  });

  const base = {
    validFrom: '2027-01-01',
    validTo: null,
    legalBasis: { number: '99/2026/NĐ-CP', title: 'Nghị định thử', date: '2026-10-01' },
    appliesTo: { positions: ['XA_TRUONG_PHONG', 'XA_PHO_PHONG'], groups: [], unitKinds: [], areaClasses: [] },
    requirements: [{ kind: 'level', id: 'chuyen_mon', dimension: 'professional', minLevel: 'dai_hoc' }],
  };

  it('refuses bad input with a Vietnamese message naming the field, and saves nothing', async () => {
    const before = (await get('/api/standards/XA_PHONG_BAN')).versions.length;
    const cases: [object, number, string][] = [
      [
        { ...base, requirements: [{ ...base.requirements[0], dimension: 'boi_duong' }] },
        400,
        'requirements.0.dimension',
      ],
      [
        { ...base, requirements: [{ ...base.requirements[0], minLevel: 'cao_cap' }] },
        400,
        'requirements.0.minLevel',
      ],
      [{ ...base, validTo: '2026-12-31' }, 400, 'validTo'],
      [
        { ...base, appliesTo: { ...base.appliesTo, positions: ['KHONG_CO'] } },
        400,
        'version.appliesTo.positions',
      ],
      // Ends inside the version in force from 01/07/2025 without replacing it: overlap.
      [{ ...base, validFrom: '2024-01-01', validTo: '2025-12-31' }, 409, 'version.validFrom'],
    ];
    for (const [payload, status, path] of cases) {
      const res = await send('POST', '/api/standards/XA_PHONG_BAN/versions', payload);
      expect(res.statusCode, res.body).toBe(status);
      const details = res.json().error.details as { path: string; message: string }[];
      expect(details.map((d) => d.path)).toContain(path);
      expect(details[0]?.message).toMatch(/[ạảãáàâăđêôơư]/i);
    }
    expect((await get('/api/standards/XA_PHONG_BAN')).versions).toHaveLength(before);
  });

  it('previews and saves a requirement raised from a future date; today is unchanged', async () => {
    const head = await makePerson(db, tree.communeA, {
      fullName: 'Lương Văn Trưởng',
      positionCode: 'XA_TRUONG_PHONG',
    });
    for (const q of [
      { dimension: 'professional', level: 'dai_hoc', major: 'Luật' },
      { dimension: 'politicalTheory', level: 'trung_cap' },
    ]) {
      const r = await send('POST', `/api/people/${head.id}/qualifications`, { ...q, status: 'completed' });
      expect(r.statusCode, r.body).toBe(201);
    }
    const report = (asOf?: string) =>
      get(`/api/reports/compliance?unit=${tree.province.code}${asOf ? `&asOf=${asOf}` : ''}`, officer);
    const todayBefore = await report();
    expect(todayBefore).toMatchObject({ total: 1, meets: 1 });

    const from = addMonths(todayVn(), 6);
    const raised = {
      ...base,
      validFrom: from,
      requirements: [
        { kind: 'level', id: 'chuyen_mon', dimension: 'professional', minLevel: 'thac_si' },
        { kind: 'level', id: 'llct', dimension: 'politicalTheory', minLevel: 'trung_cap' },
      ],
    };
    const preview = await send('POST', '/api/standards/preview', {
      setCode: 'XA_PHONG_BAN',
      version: raised,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      date: from,
      before: { meets: 1, total: 1 },
      after: { gap: 1, total: 1 },
      moves: [{ from: 'meets', to: 'gap', count: 1 }],
      samples: [expect.objectContaining({ fullName: 'Lương Văn Trưởng', from: 'meets', to: 'gap' })],
    });
    // The preview wrote nothing.
    expect((await get('/api/standards/XA_PHONG_BAN')).versions).toHaveLength(1);

    const saved = await send('POST', '/api/standards/XA_PHONG_BAN/versions', raised);
    expect(saved.statusCode, saved.body).toBe(201);
    const versions = saved.json().versions;
    expect(versions).toHaveLength(2);
    expect(versions[0].validTo).toBe(from);
    expect(await report()).toEqual(todayBefore);
    expect(await report(from)).toMatchObject({ total: 1, meets: 0, gap: 1 });
    const falling = await get(
      `/api/reports/compliance/falling-out?unit=${tree.province.code}&months=12`,
      officer,
    );
    expect(falling.items).toEqual([
      expect.objectContaining({
        fullName: 'Lương Văn Trưởng',
        date: from,
        cause: 'new_version',
        statusNow: 'meets',
      }),
    ]);
  });

  it('rebuilds everything as a background job an administrator can follow', async () => {
    const before = await get(`/api/reports/compliance?unit=${tree.province.code}`, officer);
    const started = await send('POST', '/api/compliance/recompute', {});
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ status: 'running' });
    let status = started.json();
    for (let i = 0; i < 100 && status.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = await get('/api/compliance/recompute');
    }
    expect(status).toMatchObject({ status: 'done', error: null });
    expect(status.done).toBe(status.total);
    expect(await get(`/api/reports/compliance?unit=${tree.province.code}`, officer)).toEqual(before);
    const denied = await app.inject({
      method: 'POST',
      url: '/api/compliance/recompute',
      headers: officer.headers,
    });
    expect(denied.statusCode).toBe(403);
  });
});
