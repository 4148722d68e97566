import { describe, expect, it } from 'vitest';
import { login, makeUser } from '../../testing/factories';
import { createTestApp, uniq } from '../../testing/harness';

describe('posts catalogue', async () => {
  const { app, db } = await createTestApp();

  it('ships the default codes of contracts §4 with key-cadre flags', async () => {
    const s = await login(app, (await makeUser(db, 'officer')).username);
    const res = await app.inject({ method: 'GET', url: '/api/positions', headers: { cookie: s.cookie } });
    const byCode = new Map(res.json().map((p: { code: string }) => [p.code, p]));
    for (const code of [
      'XA_BT',
      'XA_PBT',
      'XA_CT_HDND',
      'XA_PCT_HDND',
      'XA_CT_UBND',
      'XA_PCT_UBND',
      'XA_CT_MTTQ',
    ]) {
      expect(byCode.get(code)).toMatchObject({ keyCadre: true, level: 'commune' });
    }
    for (const code of ['XA_CC_TP', 'TINH_GD_SO', 'TINH_CONG_CHUC', 'VIEN_CHUC'])
      expect(byCode.get(code)).toMatchObject({ keyCadre: false });
    expect(byCode.get('XA_BT')).toMatchObject({ name: 'Bí thư Đảng ủy xã', group: 'leadership' });
  });

  it('administrators add and edit posts; officers cannot', async () => {
    const admin = await login(app, (await makeUser(db, 'admin')).username);
    const officer = await login(app, (await makeUser(db, 'officer')).username);
    const code = uniq('TEST_').toUpperCase();
    const body = { code, name: 'Chánh Văn phòng', group: 'leadership', level: 'province' };
    expect(
      (await app.inject({ method: 'POST', url: '/api/positions', headers: officer.headers, payload: body }))
        .statusCode,
    ).toBe(403);
    const created = await app.inject({
      method: 'POST',
      url: '/api/positions',
      headers: admin.headers,
      payload: body,
    });
    expect(created.statusCode, created.body).toBe(201);
    const edited = await app.inject({
      method: 'PUT',
      url: `/api/positions/${code}`,
      headers: admin.headers,
      payload: { position: { ...body, name: 'Chánh Văn phòng sở' }, version: created.json().version },
    });
    expect(edited.json().name).toBe('Chánh Văn phòng sở');
    const dup = await app.inject({
      method: 'POST',
      url: '/api/positions',
      headers: admin.headers,
      payload: body,
    });
    expect(dup.json().error.details[0].path).toBe('code');
  });
});
