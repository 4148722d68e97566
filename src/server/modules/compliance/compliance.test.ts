import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { todayVn } from '../../../core/catalog/dates';
import { addMonths } from '../../../core/standards/retirement';
import { login, makePerson, makeTree, makeUnit, makeUser } from '../../testing/factories';
import { createTestApp } from '../../testing/harness';
import { SYSTEM_CONTEXT } from '../audit/audit';
import { auditLog } from '../audit/schema';
import * as org from '../org/service';
import { assignment } from '../people/schema';
import { refreshDue } from './recompute';
import { personCompliance } from './schema';

/**
 * Compliance through the HTTP API on the default catalogue: the report counts, the person's gaps,
 * upkeep in the same transaction as a qualification change, past dates from history, the gate.
 */
const ADMIN = { scope: { kind: 'all' as const } };

describe('compliance with title standards', async () => {
  const { app, db } = await createTestApp();
  const tree = await makeTree(db);
  const admin = await login(app, (await makeUser(db, 'admin')).username);
  const officer = await login(app, (await makeUser(db, 'officer', [tree.province])).username);

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
  const llct = { dimension: 'politicalTheory', level: 'trung_cap' };

  // Commune A: a secretary who meets, a deputy without LLCT, two civil servants (one in a field
  // that does not match the post), a chairman still studying LLCT, and a public employee.
  const a = tree.communeA;
  const bt = await makePerson(db, a, { fullName: 'Lò Văn Đạt', positionCode: 'XA_BT' });
  await qual(bt.id, dh('Luật'));
  await qual(bt.id, llct);
  const pbt = await makePerson(db, a, { fullName: 'Hà Thị Thiếu', gender: 'female', positionCode: 'XA_PBT' });
  await qual(pbt.id, dh('Xây dựng Đảng và chính quyền nhà nước'));
  const vp = await makePerson(db, a, { fullName: 'Vi Văn Phòng', positionCode: 'XA_CC_VP' });
  await qual(vp.id, dh('Luật'));
  const tc = await makePerson(db, a, { fullName: 'Đinh Văn Lệch', positionCode: 'XA_CC_TC' });
  await qual(tc.id, dh('Văn học'));
  const ct = await makePerson(db, a, { fullName: 'Mùa A Học', positionCode: 'XA_CT_UBND' });
  await qual(ct.id, dh('Kinh tế nông nghiệp'));
  await qual(ct.id, { ...llct, status: 'in_progress', endDate: null });
  await makePerson(db, a, { fullName: 'Lường Thị Viên', gender: 'female', positionCode: 'VIEN_CHUC' });

  const report = async (query: string) => {
    const res = await app.inject({ url: `/api/reports/compliance?${query}`, headers: officer.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('counts the people holding posts with a standard, with the direct sub-units', async () => {
    const r = await report(`unit=${tree.province.code}`);
    expect(r).toMatchObject({ total: 5, meets: 2, inProgress: 1, gap: 2, rate: 0.4 });
    const byCode = Object.fromEntries(r.children.map((c: { unit: { code: string } }) => [c.unit.code, c]));
    expect(byCode[a.code]).toMatchObject({ total: 5, meets: 2, inProgress: 1, gap: 2, rate: 0.4 });
    expect(byCode[tree.communeB.code]).toMatchObject({ total: 0, rate: 0 });
    // Filters: key cadres only (the secretary, deputy and chairman).
    expect(await report(`unit=${a.code}&keyCadre=true`)).toMatchObject({
      total: 3,
      meets: 1,
      inProgress: 1,
      gap: 1,
    });
    expect(await report(`unit=${a.code}&group=professional`)).toMatchObject({ total: 2, meets: 1, gap: 1 });
  });

  it('explains each gap with its requirement, legal basis and what closes it', async () => {
    const res = await app.inject({ url: `/api/people/${pbt.id}/compliance`, headers: officer.headers });
    const body = res.json();
    expect(body.status).toBe('gap');
    expect(body.positions).toHaveLength(1);
    expect(body.positions[0].position.code).toBe('XA_PBT');
    expect(body.positions[0].gaps).toEqual([
      expect.objectContaining({
        requirement: 'Lý luận chính trị: Trung cấp trở lên',
        legalBasis: expect.objectContaining({ number: '45-CT/TW' }),
        closesWith: { dimension: 'politicalTheory', level: 'trung_cap' },
      }),
    ]);
    const field = (
      await app.inject({ url: `/api/people/${tc.id}/compliance`, headers: officer.headers })
    ).json();
    expect(field.positions[0].gaps[0].requirement).toContain('chuyên ngành');
    const none = await app.inject({
      url: `/api/people/${bt.id + 100_000_000}/compliance`,
      headers: officer.headers,
    });
    expect(none.statusCode).toBe(404);
  });

  it('lists the people with gaps for the drill-down', async () => {
    const res = await app.inject({
      url: `/api/reports/compliance/people?unit=${a.code}&status=gap`,
      headers: officer.headers,
    });
    const body = res.json();
    expect(body.total).toBe(2);
    expect(body.items.map((i: { fullName: string }) => i.fullName).sort()).toEqual(
      ['Hà Thị Thiếu', 'Đinh Văn Lệch'].sort(),
    );
    expect(body.items[0].gaps.length).toBeGreaterThan(0);
  });

  it('moves the figures in the transaction that records a qualification; past dates keep history', async () => {
    await qual(pbt.id, { ...llct, endDate: '2026-01-10' });
    const today = await report(`unit=${a.code}`);
    expect(today).toMatchObject({ total: 5, meets: 3, gap: 1 });
    // On 31/12/2025 the deputy was still in the course (it ended 10/01/2026): answered from
    // history, not from today's rows.
    const past = await report(`unit=${a.code}&asOf=2025-12-31`);
    expect(past).toMatchObject({ total: 5, meets: 2, inProgress: 2, gap: 1 });
    const person = (
      await app.inject({ url: `/api/people/${pbt.id}/compliance?asOf=2025-12-31`, headers: officer.headers })
    ).json();
    expect(person.status).toBe('in_progress');
  });

  it('refuses an appointment without trung cấp LLCT, with the reason and the legal basis', async () => {
    const candidate = await makePerson(db, a, { fullName: 'Nguyễn Văn Chưa', positionCode: 'XA_CC_VH' });
    await qual(candidate.id, dh('Văn hóa học'));
    const check = await app.inject({
      url: `/api/people/${candidate.id}/appointment-check?position=XA_BT&unit=${a.code}&date=2026-11-01`,
      headers: officer.headers,
    });
    expect(check.statusCode, check.body).toBe(200);
    const c = check.json();
    expect(c.allowed).toBe(false);
    expect(c.canOverride).toBe(false);
    expect(c.reasons).toEqual([
      expect.objectContaining({
        code: 'STANDARD_GAP',
        message: expect.stringMatching(/Lý luận chính trị.*45-CT\/TW/),
      }),
    ]);

    const body = { unitCode: a.code, positionCode: 'XA_BT', kind: 'appointment', validFrom: '2026-11-01' };
    const refused = await app.inject({
      method: 'POST',
      url: `/api/people/${candidate.id}/assignments`,
      headers: officer.headers,
      payload: body,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'APPOINTMENT_REFUSED',
      details: [
        expect.objectContaining({ path: 'positionCode', message: expect.stringContaining('Trung cấp') }),
      ],
    });
    const officerOverride = await app.inject({
      method: 'POST',
      url: `/api/people/${candidate.id}/assignments`,
      headers: officer.headers,
      payload: { ...body, gateOverride: 'Yêu cầu của cấp ủy' },
    });
    expect(officerOverride.statusCode).toBe(403);
    const rows = await db.select().from(assignment).where(eq(assignment.personId, candidate.id));
    expect(rows).toHaveLength(1);

    const overridden = await app.inject({
      method: 'POST',
      url: `/api/people/${candidate.id}/assignments`,
      headers: admin.headers,
      payload: {
        ...body,
        gateOverride: 'Bố trí tạm thời theo Quyết định 12-QĐ/TU, hoàn thiện LLCT trong 2027',
      },
    });
    expect(overridden.statusCode, overridden.body).toBe(201);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'assignment.create'),
          eq(
            auditLog.entityId,
            String(
              overridden
                .json()
                .assignments.find((x: { position: { code: string } }) => x.position.code === 'XA_BT')?.id,
            ),
          ),
        ),
      );
    expect(audit?.after).toMatchObject({
      gate: { overridden: true, reason: expect.stringContaining('12-QĐ/TU') },
    });
  });

  it('checks the full term before retirement age on the appointment date', async () => {
    const old = await makePerson(db, a, {
      fullName: 'Trần Văn Lão',
      birthDate: '1966-03-01',
      positionCode: 'VIEN_CHUC',
    });
    await qual(old.id, dh('Luật'));
    await qual(old.id, llct);
    const c = (
      await app.inject({
        url: `/api/people/${old.id}/appointment-check?position=XA_CT_UBND&unit=${a.code}&date=2025-10-01`,
        headers: officer.headers,
      })
    ).json();
    expect(c.allowed).toBe(false);
    expect(c.reasons.map((r: { code: string }) => r.code)).toEqual(['FULL_TERM']);
  });

  it('answers unknown posts and units with a Vietnamese error naming the field', async () => {
    const bad = await app.inject({
      url: `/api/people/${bt.id}/appointment-check?position=KHONG_CO&unit=${a.code}`,
      headers: officer.headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      { path: 'position', message: 'Không tìm thấy chức vụ mã KHONG_CO' },
    ]);
    const unit = await app.inject({
      url: `/api/people/${bt.id}/appointment-check?position=XA_BT&unit=KHONG_CO`,
      headers: officer.headers,
    });
    expect(unit.json().error.details[0].path).toBe('unit');
  });

  it('gives difficult-area commune staff their grace period, and ends it on the day', async () => {
    const created = addMonths(todayVn(), -59);
    const graceEnd = addMonths(created, 60);
    const commune = await makeUnit(db, tree.province, 'Xã Vùng Cao', created);
    const u = await org.detail(db, ADMIN, commune.code);
    await org.update(db, SYSTEM_CONTEXT, ADMIN, commune.code, {
      areaClass: 'III',
      effectiveDate: todayVn(),
      version: u.version,
    });
    const p = await makePerson(db, commune, {
      fullName: 'Sùng A Chờ',
      positionCode: 'XA_CC_VH',
      validFrom: created,
    });
    const now = (
      await app.inject({ url: `/api/people/${p.id}/compliance`, headers: officer.headers })
    ).json();
    expect(now.status).toBe('meets');
    expect(now.positions[0].gaps).toEqual([expect.objectContaining({ graceUntil: graceEnd })]);
    const falling = (
      await app.inject({
        url: `/api/reports/compliance/falling-out?unit=${commune.code}&months=2`,
        headers: officer.headers,
      })
    ).json();
    expect(falling.items).toEqual([
      expect.objectContaining({ fullName: 'Sùng A Chờ', date: graceEnd, cause: 'grace_ends' }),
    ]);
    // The hourly refresh re-evaluates people whose day has come.
    await refreshDue(db, SYSTEM_CONTEXT, graceEnd);
    const [row] = await db.select().from(personCompliance).where(eq(personCompliance.personId, p.id));
    expect(row?.status).toBe('gap');
  });

  it('exports the report as a spreadsheet', async () => {
    const res = await app.inject({
      url: `/api/reports/compliance?unit=${tree.province.code}&format=xlsx`,
      headers: officer.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
