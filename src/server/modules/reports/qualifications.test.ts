import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { todayVn } from '../../../core/catalog/dates';
import { login, makePerson, makeTree, makeUser } from '../../testing/factories';
import { createTestApp, uniq } from '../../testing/harness';
import { qualificationsAsOf, qualificationsToday } from './qualifications';

describe('qualification report', async () => {
  const { app, db } = await createTestApp();

  async function seeded() {
    const tree = await makeTree(db);
    const admin = await makeUser(db, 'admin');
    const s = await login(app, admin.username);
    const add = (id: number, body: object) =>
      app.inject({
        method: 'POST',
        url: `/api/people/${id}/qualifications`,
        headers: s.headers,
        payload: body,
      });
    const a = await makePerson(db, tree.communeA, {
      fullName: 'Nguyễn Văn Chà',
      positionCode: 'XA_BT',
      validFrom: '2015-01-01',
    });
    await add(a.id, {
      dimension: 'professional',
      level: 'cao_dang',
      status: 'completed',
      endDate: '2005-06-30',
    });
    await add(a.id, {
      dimension: 'professional',
      level: 'dai_hoc',
      status: 'completed',
      endDate: '2012-06-30',
    });
    await add(a.id, {
      dimension: 'politicalTheory',
      level: 'trung_cap',
      status: 'completed',
      endDate: '2016-06-30',
    });
    await add(a.id, {
      dimension: 'politicalTheory',
      level: 'cao_cap',
      status: 'in_progress',
      startDate: '2025-09-01',
    });
    const b = await makePerson(db, tree.communeB, {
      fullName: 'Lò Thị Mai',
      gender: 'female',
      validFrom: '2018-01-01',
    });
    await add(b.id, {
      dimension: 'professional',
      level: 'thac_si',
      status: 'completed',
      endDate: '2024-06-30',
    });
    return { tree, s, a, b };
  }

  it('counts each person once at the highest completed level, today and on a past date', async () => {
    const { tree, s } = await seeded();
    const today = await app.inject({
      method: 'GET',
      url: `/api/reports/qualifications?unit=${tree.province.code}`,
      headers: { cookie: s.cookie },
    });
    expect(today.statusCode, today.body).toBe(200);
    const r = today.json();
    expect(r.total).toBe(2);
    expect(r.byDimension.professional).toMatchObject({ dai_hoc: 1, thac_si: 1, cao_dang: 0 });
    expect(r.byDimension.politicalTheory).toMatchObject({ trung_cap: 1, cao_cap: 0 });
    const past = (
      await app.inject({
        method: 'GET',
        url: `/api/reports/qualifications?unit=${tree.province.code}&asOf=2020-01-01`,
        headers: { cookie: s.cookie },
      })
    ).json();
    expect(past.total).toBe(2);
    expect(past.byDimension.professional).toMatchObject({ dai_hoc: 1, thac_si: 0 });
    const earlier = (
      await app.inject({
        method: 'GET',
        url: `/api/reports/qualifications?unit=${tree.province.code}&asOf=2016-01-01`,
        headers: { cookie: s.cookie },
      })
    ).json();
    expect(earlier.total).toBe(1);
  });

  it('lists behind a past figure: the people with that level completed by that date', async () => {
    const { tree, s, a, b } = await seeded();
    const ids = async (asOf: string) =>
      (
        await app.inject({
          method: 'GET',
          url: `/api/people?unit=${tree.province.code}&qualification=professional:dai_hoc&asOf=${asOf}`,
          headers: { cookie: s.cookie },
        })
      )
        .json()
        .items.map((p: { id: number }) => p.id)
        .sort();
    expect(await ids('2016-01-01')).toEqual([a.id]);
    expect(await ids('2020-01-01')).toEqual([a.id]);
    expect(await ids('2025-01-01')).toEqual([a.id, b.id].sort());
    const early = await app.inject({
      method: 'GET',
      url: `/api/people?unit=${tree.province.code}&asOf=2010-01-01`,
      headers: { cookie: s.cookie },
    });
    expect(early.json().total).toBe(0);
  });

  it("today (derived columns) and history agree on today's date", async () => {
    const { tree } = await seeded();
    const [fast, slow] = await Promise.all([
      qualificationsToday(db, tree.province.path),
      qualificationsAsOf(db, tree.province.id, todayVn()),
    ]);
    expect(fast).toEqual(slow);
  });

  it('shows the merged communes before the merger and the successor after', async () => {
    const { tree, s } = await seeded();
    const successor = uniq('XA_');
    await app.inject({
      method: 'POST',
      url: '/api/org/merge',
      headers: s.headers,
      payload: {
        sourceCodes: [tree.communeA.code, tree.communeB.code],
        successor: { code: successor, name: 'Xã Mới', kind: 'commune' },
        effectiveDate: '2025-07-01',
      },
    });
    const q = async (unit: string, asOf: string) =>
      (
        await app.inject({
          method: 'GET',
          url: `/api/reports/qualifications?unit=${unit}&asOf=${asOf}`,
          headers: { cookie: s.cookie },
        })
      ).json().total;
    expect(await q(tree.communeA.code, '2025-06-30')).toBe(1);
    expect(await q(tree.communeA.code, '2025-07-01')).toBe(0);
    expect(await q(successor, '2025-06-30')).toBe(0);
    expect(await q(successor, '2025-07-01')).toBe(2);
    expect(await q(tree.province.code, '2025-06-30')).toBe(2);
    expect(await q(tree.province.code, '2025-07-01')).toBe(2);
  });

  it('exports an official spreadsheet with numbers as numbers', async () => {
    const { tree, s } = await seeded();
    const res = await app.inject({
      method: 'GET',
      url: `/api/reports/qualifications?unit=${tree.province.code}&format=xlsx`,
      headers: { cookie: s.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Trình độ');
    expect(ws?.getCell('A1').value).toBe('CADRE');
    expect(ws?.getCell(1, 3).value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const values: unknown[][] = [];
    ws?.eachRow((row) => values.push(row.values as unknown[]));
    const daiHoc = values.find((v) => v[2] === 'Chuyên môn' && v[3] === 'Đại học');
    expect(daiHoc?.[4]).toBe(1);
  });

  it('answers 404 for a unit outside the scope', async () => {
    const tree = await makeTree(db);
    const officer = await makeUser(db, 'officer', [tree.communeA]);
    const s = await login(app, officer.username);
    const res = await app.inject({
      method: 'GET',
      url: `/api/reports/qualifications?unit=${tree.communeB.code}`,
      headers: { cookie: s.cookie },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('qualification report for the nation', async () => {
  const { app, db } = await createTestApp();

  it('covers every unit for an administrator when no unit is given, and needs a unit otherwise', async () => {
    const admin = await login(app, (await makeUser(db, 'admin')).username);
    const res = await app.inject({
      method: 'GET',
      url: '/api/reports/qualifications',
      headers: { cookie: admin.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().unit).toEqual({ code: '*', name: 'Toàn quốc' });
    const tree = await makeTree(db);
    await makePerson(db, tree.communeA);
    const after = (
      await app.inject({
        method: 'GET',
        url: '/api/reports/qualifications',
        headers: { cookie: admin.cookie },
      })
    ).json();
    // Other test files add people concurrently: at least ours was added.
    expect(after.total).toBeGreaterThanOrEqual(res.json().total + 1);
    const officer = await login(app, (await makeUser(db, 'officer')).username);
    const refused = await app.inject({
      method: 'GET',
      url: '/api/reports/qualifications',
      headers: { cookie: officer.cookie },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].path).toBe('unit');
  });
});
