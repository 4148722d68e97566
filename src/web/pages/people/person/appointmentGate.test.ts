import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { preCheckParams, refusalOf, withOverride } from './appointmentGate';

const TODAY = '2026-03-10';

describe('appointment gate (web)', () => {
  it('checks a new assignment once post, unit and start are filled', () => {
    expect(
      preCheckParams({ unitCode: 'X', positionCode: 'CT_UBND_XA', validFrom: '2026-04-01' }, null, TODAY),
    ).toEqual({ position: 'CT_UBND_XA', unit: 'X', date: '2026-04-01' });
    expect(
      preCheckParams({ unitCode: 'X', positionCode: '', validFrom: '2026-04-01' }, null, TODAY),
    ).toBeNull();
    expect(preCheckParams({ unitCode: 'X', positionCode: 'P', validFrom: null }, null, TODAY)).toBeNull();
  });

  it('does not check an assignment that has ended (the server gates current and future ones)', () => {
    const v = { unitCode: 'X', positionCode: 'P', validFrom: '2020-01-01' };
    expect(preCheckParams({ ...v, validTo: '2026-03-10' }, null, TODAY)).toBeNull();
    expect(preCheckParams({ ...v, validTo: '2026-03-11' }, null, TODAY)).not.toBeNull();
  });

  it('checks an edit only when it changes the post, the unit or the start (as the server does)', () => {
    const original = { unitCode: 'X', positionCode: 'P', validFrom: '2024-01-01', validTo: null };
    expect(preCheckParams({ ...original }, original, TODAY)).toBeNull();
    expect(preCheckParams({ ...original, positionCode: 'Q' }, original, TODAY)).not.toBeNull();
    expect(preCheckParams({ ...original, validFrom: '2024-02-01' }, original, TODAY)).not.toBeNull();
    const ended = { ...original, validTo: '2025-01-01' };
    expect(preCheckParams({ ...ended, validTo: null }, ended, TODAY)).toBeNull();
  });

  it('reads the reasons of a 422 APPOINTMENT_REFUSED', () => {
    const e = new ApiError({
      status: 422,
      code: 'APPOINTMENT_REFUSED',
      message: 'Không đủ điều kiện bổ nhiệm',
      details: [
        {
          path: 'positionCode',
          message: 'Chưa đạt: Lý luận chính trị: Trung cấp trở lên (căn cứ 89-QĐ/TW ngày 04/08/2022)',
        },
        { path: 'positionCode', message: 'Không đủ tuổi công tác trọn 60 tháng', code: 'FULL_TERM' },
      ],
    });
    const check = refusalOf(e, true);
    expect(check?.reasons.map((r) => r.message)).toEqual([
      'Chưa đạt: Lý luận chính trị: Trung cấp trở lên (căn cứ 89-QĐ/TW ngày 04/08/2022)',
      'Không đủ tuổi công tác trọn 60 tháng',
    ]);
    expect(check?.reasons.map((r) => r.code)).toEqual(['APPOINTMENT_REFUSED', 'FULL_TERM']);
    expect(check?.canOverride).toBe(true);
    expect(
      refusalOf(new ApiError({ status: 422, code: 'APPOINTMENT_REFUSED', message: 'Bị từ chối' }), false),
    ).toMatchObject({ reasons: [{ message: 'Bị từ chối' }], canOverride: false });
    expect(refusalOf(new ApiError({ status: 409, code: 'VERSION_CONFLICT', message: 'x' }), true)).toBeNull();
    expect(refusalOf(new Error('x'), true)).toBeNull();
  });

  it('sends the trimmed reason with the body', () => {
    const body = {
      unitCode: 'X',
      positionCode: 'P',
      kind: 'appointment' as const,
      validFrom: '2026-04-01',
      validTo: null,
      decisionNo: null,
      decisionDate: null,
      note: null,
    };
    expect(withOverride(body, '  Theo Quyết định số 12  ')).toEqual({
      ...body,
      gateOverride: 'Theo Quyết định số 12',
    });
  });
});
