import { describe, expect, it } from 'vitest';
import { todayVn } from '../../../core/catalog/dates';
import type { NeedItem } from '../../../core/contracts/needs';
import { addMonths } from '../../../core/standards/retirement';
import { login, makePerson, makeTree, makeUnit, makeUser } from '../../testing/factories';
import { createTestApp } from '../../testing/harness';
import { SYSTEM_CONTEXT } from '../audit/audit';
import * as org from '../org/service';
import { enrol, makeCourse } from '../training/results/test-factory';

const ADMIN = { scope: { kind: 'all' as const } };

describe('training needs per unit (issue 6 item 1)', async () => {
  const { app, db } = await createTestApp();
  const tree = await makeTree(db);
  const other = await makeTree(db);
  const admin = await login(app, (await makeUser(db, 'admin')).username);
  const officer = await login(app, (await makeUser(db, 'officer', [tree.province])).username);
  const stranger = await login(app, (await makeUser(db, 'officer', [other.province])).username);

  const qual = async (id: number, body: Record<string, unknown>) => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/people/${id}/qualifications`,
      headers: admin.headers,
      payload: { status: 'completed', endDate: '2015-06-30', ...body },
    });
    expect(res.statusCode, res.body).toBe(201);
  };
  const dh = (major: string) => ({ dimension: 'professional', level: 'dai_hoc', major });

  const a = tree.communeA;
  // A secretary (key cadre) and a deputy secretary without trung cấp LLCT; a civil servant
  // without any degree (not a key cadre).
  const bt = await makePerson(db, a, { fullName: 'Lò Văn Thiếu', positionCode: 'XA_BT' });
  await qual(bt.id, dh('Luật'));
  const pbt = await makePerson(db, a, { fullName: 'Hà Văn Phó', positionCode: 'XA_PBT' });
  await qual(pbt.id, dh('Xây dựng Đảng và chính quyền nhà nước'));
  const cc = await makePerson(db, a, { fullName: 'An Văn Công', positionCode: 'XA_CC_VP' });

  // A civil servant of a difficult-area commune, in the grace period of the degree requirement.
  const created = addMonths(todayVn(), -59);
  const graceEnd = addMonths(created, 60);
  const highland = await makeUnit(db, tree.province, 'Xã Vùng Cao', created);
  const u = await org.detail(db, ADMIN, highland.code);
  await org.update(db, SYSTEM_CONTEXT, ADMIN, highland.code, {
    areaClass: 'III',
    effectiveDate: todayVn(),
    version: u.version,
  });
  const vc = await makePerson(db, highland, {
    fullName: 'Sùng A Chờ',
    positionCode: 'XA_CC_VH',
    validFrom: created,
  });

  const needs = async (query: string, s = officer) => {
    const res = await app.inject({ url: `/api/needs?${query}`, headers: s.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as {
      items: NeedItem[];
      total: number;
      summary: { programme: unknown; people: number }[];
    };
  };
  const of = (items: NeedItem[], id: number) => items.filter((i) => i.person.id === id);

  it('lists a secretary without trung cấp LLCT with the programme that closes the gap', async () => {
    const r = await needs(`unit=${a.code}&pageSize=500`);
    const [need] = of(r.items, bt.id);
    expect(need).toMatchObject({
      person: { id: bt.id, fullName: 'Lò Văn Thiếu' },
      unit: { code: a.code },
      position: { code: 'XA_BT' },
      keyCadre: true,
      programme: { code: 'LLCT_TRUNG_CAP' },
      deadline: null,
      priority: 1,
      legalBasis: expect.objectContaining({ number: expect.any(String) }),
    });
    expect(of(r.items, bt.id)).toHaveLength(1);
    expect(r.summary).toContainEqual({
      programme: expect.objectContaining({ code: 'LLCT_TRUNG_CAP' }),
      people: 2,
    });
    // The subtree includes the commune.
    const wide = await needs(`unit=${tree.province.code}&pageSize=500`);
    expect(of(wide.items, bt.id)).toHaveLength(1);
    expect(of(wide.items, vc.id)).toHaveLength(1);
  });

  it('ranks key cadres before others', async () => {
    const r = await needs(`unit=${a.code}&pageSize=500`);
    const ids = r.items.map((i) => i.person.id);
    const lastKey = Math.max(ids.indexOf(bt.id), ids.indexOf(pbt.id));
    expect(ids.indexOf(cc.id)).toBeGreaterThan(lastKey);
    expect(of(r.items, cc.id)[0]).toMatchObject({ keyCadre: false, priority: 3 });
    const onlyKey = await needs(`unit=${a.code}&priority=1`);
    expect(onlyKey.items.every((i) => i.keyCadre)).toBe(true);
    expect(of(onlyKey.items, cc.id)).toHaveLength(0);
  });

  it('shows the grace deadline of a difficult-area civil servant', async () => {
    const r = await needs(`unit=${highland.code}`);
    expect(r.items).toEqual([
      expect.objectContaining({
        person: { id: vc.id, fullName: 'Sùng A Chờ' },
        deadline: graceEnd,
        priority: 4,
      }),
    ]);
  });

  it('drops a person once enrolled in a course of the programme', async () => {
    const course = await makeCourse(db, tree.province, { programmeCode: 'LLCT_TRUNG_CAP', status: 'open' });
    await enrol(db, course.id, a, [bt.id]);
    const r = await needs(`unit=${a.code}&pageSize=500`);
    expect(of(r.items, bt.id)).toHaveLength(0);
    expect(of(r.items, pbt.id)).toHaveLength(1);
    expect(r.summary).toContainEqual({
      programme: expect.objectContaining({ code: 'LLCT_TRUNG_CAP' }),
      people: 1,
    });
  });

  it('answers 404 outside the scope and asks a non-admin for a unit', async () => {
    const res = await app.inject({ url: `/api/needs?unit=${a.code}`, headers: stranger.headers });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('UNIT_NOT_FOUND');
    const xlsx = await app.inject({ url: `/api/needs.xlsx?unit=${a.code}`, headers: stranger.headers });
    expect(xlsx.statusCode).toBe(404);
    const none = await app.inject({ url: '/api/needs', headers: officer.headers });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details[0].path).toBe('unit');
  });

  it('exports the list as an official spreadsheet', async () => {
    const res = await app.inject({ url: `/api/needs.xlsx?unit=${a.code}`, headers: officer.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('lists onboarding after an appointment: the leadership course due 12 months after taking up the post', async () => {
    // A post of its own and a set requiring leadership training within 12 months of appointment
    // (other files share the database: the default catalogue's posts stay untouched).
    const code = `ONB_${Date.now().toString(36).toUpperCase()}`;
    const post = await app.inject({
      method: 'POST',
      url: '/api/positions',
      headers: admin.headers,
      payload: { code, name: 'Trưởng phòng thử', group: 'leadership', level: 'commune' },
    });
    expect(post.statusCode, post.body).toBe(201);
    const set = await app.inject({
      method: 'POST',
      url: '/api/standards',
      headers: admin.headers,
      payload: {
        code: `SET_${code}`,
        name: 'Bồi dưỡng lãnh đạo, quản lý sau bổ nhiệm (thử)',
        version: {
          validFrom: '2020-01-01',
          legalBasis: {
            number: '89/2021/NĐ-CP',
            title: 'Nghị định sửa đổi Nghị định 101/2017/NĐ-CP',
            date: null,
          },
          appliesTo: { positions: [code], groups: [], unitKinds: [], areaClasses: [] },
          requirements: [
            {
              kind: 'level',
              id: 'ld',
              dimension: 'leadership',
              minLevel: 'cap_phong',
              withinMonthsOfAppointment: 12,
            },
          ],
        },
      },
    });
    expect(set.statusCode, set.body).toBe(201);
    const since = addMonths(todayVn(), -3);
    const head = await makePerson(db, a, { fullName: 'Mới Bổ Nhiệm', positionCode: code, validFrom: since });

    const r = await needs(`unit=${a.code}&pageSize=500`);
    expect(of(r.items, head.id)).toEqual([
      expect.objectContaining({
        position: expect.objectContaining({ code }),
        programme: { code: 'LD_CAP_PHONG', name: 'Bồi dưỡng lãnh đạo, quản lý cấp phòng' },
        deadline: addMonths(since, 12),
        priority: 4,
      }),
    ]);
    // Inside the window the person still meets the standard of the post.
    const c = await app.inject({ url: `/api/people/${head.id}/compliance`, headers: officer.headers });
    expect(c.json().status).toBe('meets');
  });
});
