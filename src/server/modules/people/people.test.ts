import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { login, makeCccd, makePerson, makeTree, makeUnit, makeUser } from '../../testing/factories';
import { createTestApp } from '../../testing/harness';
import { safeCell } from '../../xlsx/official-sheet';
import { auditLog } from '../audit/schema';
import { person } from './schema';

describe('personnel records', async () => {
  const { app, db } = await createTestApp();

  async function officer() {
    const tree = await makeTree(db);
    const user = await makeUser(db, 'officer', [tree.communeA]);
    return { tree, session: await login(app, user.username) };
  }

  it('finds "Nguyễn Văn Chà" by typing "nguyen van cha", and by CCCD prefix', async () => {
    const { tree, session } = await officer();
    const cha = await makePerson(db, tree.communeA, { fullName: 'Nguyễn Văn Chà', positionCode: 'XA_BT' });
    await makePerson(db, tree.communeA, { fullName: 'Nguyễn Văn Châu' });
    const res = await app.inject({
      method: 'GET',
      url: `/api/people?q=nguyen%20van%20cha&unit=${tree.communeA.code}`,
      headers: { cookie: session.cookie },
    });
    expect(res.statusCode).toBe(200);
    const names = res.json().items.map((p: { fullName: string }) => p.fullName);
    expect(names[0]).toBe('Nguyễn Văn Chà');
    expect(res.json().items[0]).toMatchObject({
      position: { code: 'XA_BT' },
      unit: { code: tree.communeA.code },
      keyCadre: true,
    });
    const byCccd = await app.inject({
      method: 'GET',
      url: `/api/people?q=${cha.cccd.slice(0, 9)}`,
      headers: { cookie: session.cookie },
    });
    expect(byCccd.json().items.map((p: { id: number }) => p.id)).toContain(cha.id);
  });

  it('finds a name by its given name alone, and by words from its middle', async () => {
    const { tree, session } = await officer();
    const unit = await makeUnit(db, tree.communeA, 'Thôn Khuổi Nặm');
    const cha = await makePerson(db, unit, { fullName: 'Nguyễn Văn Chà' });
    const other = await makePerson(db, unit, { fullName: 'Chảo Thị Mẩy', gender: 'female' });
    const find = async (q: string) =>
      (
        await app.inject({
          method: 'GET',
          url: `/api/people?unit=${unit.code}&q=${encodeURIComponent(q)}`,
          headers: { cookie: session.cookie },
        })
      )
        .json()
        .items.map((p: { id: number }) => p.id);
    // One word: family names and given names starting with it.
    expect((await find('cha')).sort()).toEqual([cha.id, other.id].sort());
    // Words from the middle, found by the fallback; word starts only ("an" does not match "văn").
    expect(await find('van cha')).toEqual([cha.id]);
    expect(await find('Văn Chà')).toEqual([cha.id]);
    expect(await find('an cha')).toEqual([]);
  });

  it('sorts by given name, the Vietnamese way', async () => {
    const { tree, session } = await officer();
    const unit = await makeUnit(db, tree.communeA, 'Thôn Nà Hang');
    for (const n of ['Trần Thị Bình', 'Nguyễn Văn An', 'Lê Văn Chà'])
      await makePerson(db, unit, { fullName: n });
    const res = await app.inject({
      method: 'GET',
      url: `/api/people?unit=${unit.code}`,
      headers: { cookie: session.cookie },
    });
    expect(res.json().items.map((p: { fullName: string }) => p.fullName)).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Lê Văn Chà',
    ]);
  });

  it('officers see and change only people of their subtrees; others answer 404', async () => {
    const { tree, session } = await officer();
    const inside = await makePerson(db, tree.communeA);
    const outside = await makePerson(db, tree.communeB);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/people/${inside.id}`,
          headers: { cookie: session.cookie },
        })
      ).statusCode,
    ).toBe(200);
    const out = await app.inject({
      method: 'GET',
      url: `/api/people/${outside.id}`,
      headers: { cookie: session.cookie },
    });
    expect(out.statusCode).toBe(404);
    expect(out.json().error.code).toBe('PERSON_NOT_FOUND');
    const list = await app.inject({
      method: 'GET',
      url: `/api/people?unit=${tree.province.code}&pageSize=500`,
      headers: { cookie: session.cookie },
    });
    const ids = list.json().items.map((p: { id: number }) => p.id);
    expect(ids).toContain(inside.id);
    expect(ids).not.toContain(outside.id);
    const write = await app.inject({
      method: 'POST',
      url: `/api/people/${outside.id}/qualifications`,
      headers: session.headers,
      payload: { dimension: 'professional', level: 'dai_hoc', status: 'completed' },
    });
    expect(write.statusCode).toBe(404);
  });

  it('creates a person with an assignment, and refuses bad input naming the field, writing nothing', async () => {
    const { tree, session } = await officer();
    const cccd = makeCccd('1985-03-02', 'female');
    const good = {
      person: {
        cccd,
        fullName: 'Lò Thị Hương',
        birthDate: '1985-03-02',
        gender: 'female',
        ethnicity: 'Thái',
        category: 'cong_chuc',
      },
      assignment: {
        unitCode: tree.communeA.code,
        positionCode: 'XA_CC_TP',
        kind: 'recruitment',
        validFrom: '2010-09-01',
      },
    };
    const bad = async (patch: (b: typeof good) => unknown, path: string, message: RegExp) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/people',
        headers: session.headers,
        payload: patch(structuredClone(good)) as object,
      });
      expect(res.statusCode, res.body).toBe(400);
      const details = res.json().error.details as { path: string; message: string }[];
      expect(details.find((d) => d.path === path)?.message).toMatch(message);
    };
    await bad((b) => ({ ...b, person: { ...b.person, cccd: '0123' } }), 'person.cccd', /12 chữ số/);
    await bad(
      (b) => ({ ...b, person: { ...b.person, birthDate: '1980-02-31' } }),
      'person.birthDate',
      /không tồn tại/,
    );
    await bad(
      (b) => ({
        ...b,
        person: { ...b.person, birthDate: '2030-01-01', cccd: makeCccd('2030-01-01', 'female') },
      }),
      'person.birthDate',
      /tương lai/,
    );
    await bad((b) => ({ ...b, person: { ...b.person, ethnicity: 'Xyz' } }), 'person.ethnicity', /54 dân tộc/);
    await bad(
      (b) => ({ ...b, assignment: { ...b.assignment, validFrom: '2000-01-01' } }),
      'assignment.validFrom',
      /18 tuổi/,
    );
    await bad(
      (b) => ({ ...b, assignment: { ...b.assignment, unitCode: 'KHONG_CO' } }),
      'assignment.unitCode',
      /Không tìm thấy đơn vị/,
    );
    await bad(
      (b) => ({ ...b, assignment: { ...b.assignment, unitCode: tree.communeB.code } }),
      'assignment.unitCode',
      /Không tìm thấy đơn vị/,
    );
    await bad(
      (b) => ({ ...b, assignment: { ...b.assignment, positionCode: 'XA_VUA' } }),
      'assignment.positionCode',
      /chức vụ/,
    );
    await bad(
      (b) => ({
        ...b,
        assignment: { ...b.assignment, unitCode: tree.communeA.code, positionCode: 'TINH_GD_SO' },
      }),
      'assignment.positionCode',
      /không áp dụng cho Xã/,
    );
    expect(await db.select().from(person).where(eq(person.cccd, cccd))).toHaveLength(0);

    const ok = await app.inject({
      method: 'POST',
      url: '/api/people',
      headers: session.headers,
      payload: good,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      fullName: 'Lò Thị Hương',
      unit: { code: tree.communeA.code },
      position: { code: 'XA_CC_TP' },
    });
    const dup = await app.inject({
      method: 'POST',
      url: '/api/people',
      headers: session.headers,
      payload: good,
    });
    expect(dup.statusCode).toBe(409);
  });

  it('refuses a unit that is no longer valid on the start date, and the same post in two units at once', async () => {
    const { tree, session } = await officer();
    const p = await makePerson(db, tree.communeA, { positionCode: 'XA_CC_DC', validFrom: '2020-01-01' });
    const other = await makeUnit(db, tree.communeA, 'Xã con');
    const overlap = await app.inject({
      method: 'POST',
      url: `/api/people/${p.id}/assignments`,
      headers: session.headers,
      payload: {
        unitCode: other.code,
        positionCode: 'XA_CC_DC',
        kind: 'appointment',
        validFrom: '2021-01-01',
      },
    });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().error.details[0].message).toMatch(/cùng chức vụ/);
    const concurrent = await app.inject({
      method: 'POST',
      url: `/api/people/${p.id}/assignments`,
      headers: session.headers,
      payload: {
        unitCode: other.code,
        positionCode: 'XA_CC_DC',
        kind: 'concurrent',
        validFrom: '2021-01-01',
      },
    });
    expect(concurrent.statusCode).toBe(201);
  });

  it('adds and corrects qualifications; a stale edit gets 409; the highest level feeds the filters', async () => {
    const { tree, session } = await officer();
    const p = await makePerson(db, tree.communeA, { fullName: 'Hà Văn Tú' });
    const add = await app.inject({
      method: 'POST',
      url: `/api/people/${p.id}/qualifications`,
      headers: session.headers,
      payload: {
        dimension: 'professional',
        level: 'cao_dang',
        major: 'Kế toán',
        status: 'completed',
        endDate: '2008-06-30',
      },
    });
    expect(add.statusCode, add.body).toBe(201);
    const q = add.json().qualifications[0];
    const wrongLevel = await app.inject({
      method: 'POST',
      url: `/api/people/${p.id}/qualifications`,
      headers: session.headers,
      payload: { dimension: 'politicalTheory', level: 'dai_hoc', status: 'completed' },
    });
    expect(wrongLevel.json().error.details).toEqual([
      { path: 'level', message: 'Trình độ không thuộc loại trình độ đã chọn' },
    ]);

    const filter = (level: string) =>
      app.inject({
        method: 'GET',
        url: `/api/people?unit=${tree.communeA.code}&qualification=professional:${level}`,
        headers: { cookie: session.cookie },
      });
    expect((await filter('dai_hoc')).json().items.map((x: { id: number }) => x.id)).not.toContain(p.id);
    const fix = await app.inject({
      method: 'PUT',
      url: `/api/people/${p.id}/qualifications/${q.id}`,
      headers: session.headers,
      payload: {
        qualification: {
          dimension: 'professional',
          level: 'dai_hoc',
          major: 'Kế toán',
          status: 'completed',
          endDate: '2008-06-30',
        },
        version: q.version,
      },
    });
    expect(fix.statusCode, fix.body).toBe(200);
    expect((await filter('dai_hoc')).json().items.map((x: { id: number }) => x.id)).toContain(p.id);
    const stale = await app.inject({
      method: 'PUT',
      url: `/api/people/${p.id}/qualifications/${q.id}`,
      headers: session.headers,
      payload: {
        qualification: { dimension: 'professional', level: 'thac_si', status: 'completed' },
        version: q.version,
      },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/người khác thay đổi/);
  });

  it('records yearly evaluations and rewards on the record', async () => {
    const { tree, session } = await officer();
    const p = await makePerson(db, tree.communeA);
    await app.inject({
      method: 'PUT',
      url: `/api/people/${p.id}/evaluations`,
      headers: session.headers,
      payload: { year: 2024, rating: 'good' },
    });
    const again = await app.inject({
      method: 'PUT',
      url: `/api/people/${p.id}/evaluations`,
      headers: session.headers,
      payload: { year: 2024, rating: 'excellent' },
    });
    expect(again.json().evaluations).toEqual([expect.objectContaining({ year: 2024, rating: 'excellent' })]);
    const reward = await app.inject({
      method: 'POST',
      url: `/api/people/${p.id}/rewards`,
      headers: session.headers,
      payload: { type: 'reward', form: 'Giấy khen', decisionDate: '2024-12-20', decisionNo: '123/QĐ-UBND' },
    });
    expect(reward.statusCode).toBe(201);
    expect(reward.json().rewards[0]).toMatchObject({ form: 'Giấy khen', decisionDate: '2024-12-20' });
  });
});

describe('people export', async () => {
  const { app, db } = await createTestApp();

  it('exports exactly the filtered list, with dates as dates and formulas defused, and logs the export', async () => {
    const tree = await makeTree(db);
    const officer = await makeUser(db, 'officer', [tree.communeA]);
    const s = await login(app, officer.username);
    await makePerson(db, tree.communeA, { fullName: 'Nguyễn Văn An', birthDate: '1979-02-03' });
    await makePerson(db, tree.communeA, { fullName: 'Trần Thị Bình', gender: 'female' });
    await makePerson(db, tree.communeB, { fullName: 'Ngoài Phạm Vi' });
    const res = await app.inject({
      method: 'GET',
      url: `/api/people/export.xlsx?unit=${tree.province.code}`,
      headers: { cookie: s.cookie },
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Danh sách cán bộ');
    expect(ws?.getRow(1).getCell(2).value).toBe('Họ và tên');
    expect(ws?.rowCount).toBe(3);
    expect(ws?.getRow(2).getCell(2).value).toBe('Nguyễn Văn An');
    expect(ws?.getRow(2).getCell(3).value).toEqual(new Date('1979-02-03T00:00:00Z'));
    expect(ws?.getRow(3).getCell(4).value).toBe('Nữ');
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'people.export'), eq(auditLog.actorUsername, officer.username)));
    expect(audit[0]?.after).toMatchObject({ rows: 2 });
  });

  it('defuses formula-looking text', () => {
    expect(safeCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(safeCell('+84')).toBe("'+84");
    expect(safeCell('Nguyễn')).toBe('Nguyễn');
    expect(safeCell(12)).toBe(12);
  });
});
