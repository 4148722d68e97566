import { describe, expect, it } from 'vitest';
import { login, makePerson, makeTree, makeUnit, makeUser } from '../../testing/factories';
import { createTestApp, uniq } from '../../testing/harness';

describe('organisation tree over time', async () => {
  const { app, db } = await createTestApp();

  async function setup() {
    const tree = await makeTree(db);
    const admin = await makeUser(db, 'admin');
    const s = await login(app, admin.username);
    return { tree, s };
  }

  it('merges two communes into a new successor on a date: the tree and the people before and after', async () => {
    const { tree, s } = await setup();
    const hamlet = await makeUnit(db, tree.communeA, 'Thôn Bản Phố');
    const pa = await makePerson(db, tree.communeA, { fullName: 'Vàng Seo Pao', validFrom: '2019-01-01' });
    const pb = await makePerson(db, tree.communeB, {
      fullName: 'Lò Thị Mai',
      validFrom: '2019-01-01',
      positionCode: 'XA_CC_TC',
    });
    const successorCode = uniq('XA_MOI_');
    const res = await app.inject({
      method: 'POST',
      url: '/api/org/merge',
      headers: s.headers,
      payload: {
        sourceCodes: [tree.communeA.code, tree.communeB.code],
        successor: { code: successorCode, name: 'Xã Hợp Nhất', kind: 'commune' },
        effectiveDate: '2025-07-01',
        decisionNo: '1663/NQ-UBTVQH15',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      code: successorCode,
      validFrom: '2025-07-01',
      parentCode: tree.province.code,
    });
    expect(
      res
        .json()
        .events.map((e: { kind: string }) => e.kind)
        .sort(),
    ).toEqual(['create', 'merge_successor']);

    const before = (
      await app.inject({ method: 'GET', url: '/api/org/tree?asOf=2025-06-30', headers: { cookie: s.cookie } })
    ).json();
    const after = (
      await app.inject({ method: 'GET', url: '/api/org/tree?asOf=2025-07-01', headers: { cookie: s.cookie } })
    ).json();
    const codes = (nodes: { code: string }[]) => nodes.map((n) => n.code);
    expect(codes(before)).toEqual(
      expect.arrayContaining([tree.communeA.code, tree.communeB.code, hamlet.code]),
    );
    expect(codes(before)).not.toContain(successorCode);
    expect(codes(after)).not.toContain(tree.communeA.code);
    expect(after.find((n: { code: string }) => n.code === successorCode)).toMatchObject({
      parentCode: tree.province.code,
      people: 2,
    });
    expect(after.find((n: { code: string }) => n.code === hamlet.code)).toMatchObject({
      parentCode: successorCode,
    });
    expect(before.find((n: { code: string }) => n.code === tree.communeA.code)).toMatchObject({ people: 1 });

    const record = (
      await app.inject({ method: 'GET', url: `/api/people/${pa.id}`, headers: { cookie: s.cookie } })
    ).json();
    expect(record.unit.code).toBe(successorCode);
    expect(
      record.assignments.map((a: { unit: { code: string }; kind: string; validTo: string | null }) => [
        a.unit.code,
        a.kind,
        a.validTo,
      ]),
    ).toEqual([
      [successorCode, 'transfer', null],
      [tree.communeA.code, 'recruitment', '2025-07-01'],
    ]);
    const list = await app.inject({
      method: 'GET',
      url: `/api/people?unit=${successorCode}`,
      headers: { cookie: s.cookie },
    });
    expect(
      list
        .json()
        .items.map((p: { id: number }) => p.id)
        .sort(),
    ).toEqual([pa.id, pb.id].sort());
    // Lists as of a date follow the tree of that date.
    const listOn = async (unit: string, asOf: string) =>
      (
        await app.inject({
          method: 'GET',
          url: `/api/people?unit=${unit}&asOf=${asOf}`,
          headers: { cookie: s.cookie },
        })
      )
        .json()
        .items.map((p: { id: number; unit: { code: string } }) => [p.id, p.unit.code]);
    expect(await listOn(tree.communeA.code, '2025-06-30')).toEqual([[pa.id, tree.communeA.code]]);
    expect(await listOn(tree.communeA.code, '2025-07-01')).toEqual([]);
    expect((await listOn(successorCode, '2025-07-01')).map((r: unknown[]) => r[1])).toEqual([
      successorCode,
      successorCode,
    ]);
    expect(await listOn(successorCode, '2025-06-30')).toEqual([]);
    expect((await listOn(tree.province.code, '2025-06-30')).length).toBe(2);
    const picker = await app.inject({
      method: 'GET',
      url: `/api/org/units?q=${tree.communeA.code}`,
      headers: { cookie: s.cookie },
    });
    expect(picker.json()).toEqual([]);
  });

  it('refuses merges in the future, into a source, or of an ended unit, writing nothing', async () => {
    const { tree, s } = await setup();
    const post = (payload: object) =>
      app.inject({ method: 'POST', url: '/api/org/merge', headers: s.headers, payload });
    const future = await post({
      sourceCodes: [tree.communeA.code],
      successorCode: tree.communeB.code,
      effectiveDate: '2099-01-01',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details[0].path).toBe('effectiveDate');
    const self = await post({
      sourceCodes: [tree.communeA.code],
      successorCode: tree.communeA.code,
      effectiveDate: '2025-07-01',
    });
    expect(self.json().error.details[0].path).toBe('successorCode');
    const neither = await post({ sourceCodes: [tree.communeA.code], effectiveDate: '2025-07-01' });
    expect(neither.statusCode).toBe(400);
    const tree2 = (
      await app.inject({ method: 'GET', url: '/api/org/tree', headers: { cookie: s.cookie } })
    ).json();
    expect(tree2.map((n: { code: string }) => n.code)).toContain(tree.communeA.code);
  });

  it('renames from a date, keeping the old name for earlier dates', async () => {
    const { tree, s } = await setup();
    const detail = (
      await app.inject({
        method: 'GET',
        url: `/api/org/units/${tree.communeA.code}`,
        headers: { cookie: s.cookie },
      })
    ).json();
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/org/units/${tree.communeA.code}`,
      headers: s.headers,
      payload: { name: 'Phường Độc Lập', effectiveDate: '2025-07-01', version: detail.version },
    });
    expect(res.statusCode, res.body).toBe(200);
    const nameOn = async (date: string) =>
      (await app.inject({ method: 'GET', url: `/api/org/tree?asOf=${date}`, headers: { cookie: s.cookie } }))
        .json()
        .find((n: { code: string }) => n.code === tree.communeA.code)?.name;
    expect(await nameOn('2025-06-30')).toBe('Xã Độc Lập');
    expect(await nameOn('2025-07-01')).toBe('Phường Độc Lập');
    const stale = await app.inject({
      method: 'PATCH',
      url: `/api/org/units/${tree.communeA.code}`,
      headers: s.headers,
      payload: { name: 'Tên khác', effectiveDate: '2025-08-01', version: detail.version },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('an officer cannot see or change units outside its scope', async () => {
    const tree = await makeTree(db);
    const officer = await makeUser(db, 'officer', [tree.communeA]);
    const s = await login(app, officer.username);
    const nodes = (
      await app.inject({ method: 'GET', url: '/api/org/tree', headers: { cookie: s.cookie } })
    ).json();
    expect(nodes.map((n: { code: string }) => n.code)).toEqual([tree.communeA.code]);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/org/units/${tree.communeB.code}`,
          headers: { cookie: s.cookie },
        })
      ).statusCode,
    ).toBe(404);
    const merge = await app.inject({
      method: 'POST',
      url: '/api/org/merge',
      headers: s.headers,
      payload: {
        sourceCodes: [tree.communeB.code],
        successorCode: tree.communeA.code,
        effectiveDate: '2025-07-01',
      },
    });
    expect(merge.statusCode).toBe(400);
    expect(merge.json().error.details[0]).toMatchObject({ path: 'sourceCodes.0' });
  });

  it('dissolves only an empty unit', async () => {
    const { tree, s } = await setup();
    await makePerson(db, tree.communeA);
    const busy = await app.inject({
      method: 'POST',
      url: `/api/org/units/${tree.communeA.code}/dissolve`,
      headers: s.headers,
      payload: { effectiveDate: '2025-01-01' },
    });
    expect(busy.statusCode).toBe(409);
    const empty = await makeUnit(db, tree.province, 'Ban tạm thời');
    const ok = await app.inject({
      method: 'POST',
      url: `/api/org/units/${empty.code}/dissolve`,
      headers: s.headers,
      payload: { effectiveDate: '2025-01-01' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().validTo).toBe('2025-01-01');
  });
});

describe('unit picker', async () => {
  const { app, db } = await createTestApp();

  it('finds units without diacritics', async () => {
    const province = await makeUnit(db, null, 'Tỉnh Thử');
    const unit = await makeUnit(db, province, 'Xã Đông Thọ');
    const s = await login(app, (await makeUser(db, 'officer', [province])).username);
    const res = await app.inject({
      method: 'GET',
      url: '/api/org/units?q=dong%20tho',
      headers: { cookie: s.cookie },
    });
    expect(res.json().map((u: { code: string }) => u.code)).toEqual([unit.code]);
  });
});

describe('people counts on the tree', async () => {
  const { app, db } = await createTestApp();

  it('count each person once, in the unit of their primary post, today and on a past date', async () => {
    const tree = await makeTree(db);
    const s = await login(app, (await makeUser(db, 'admin')).username);
    const p = await makePerson(db, tree.communeA, { validFrom: '2018-01-01' });
    const res = await app.inject({
      method: 'POST',
      url: `/api/people/${p.id}/assignments`,
      headers: s.headers,
      payload: {
        unitCode: tree.communeB.code,
        positionCode: 'XA_CC_VH',
        kind: 'concurrent',
        validFrom: '2019-01-01',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    for (const asOf of ['2020-01-01', '']) {
      const nodes = (
        await app.inject({
          method: 'GET',
          url: `/api/org/tree${asOf ? `?asOf=${asOf}` : ''}`,
          headers: { cookie: s.cookie },
        })
      ).json() as { code: string; people: number }[];
      const count = (code: string) => nodes.find((n) => n.code === code)?.people;
      expect([asOf, count(tree.communeA.code), count(tree.communeB.code)]).toEqual([asOf, 1, 0]);
    }
  });
});
