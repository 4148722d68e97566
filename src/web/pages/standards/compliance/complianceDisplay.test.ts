import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../i18n/en';
import { vi } from '../../../i18n/vi';
import {
  closesWithText,
  filtersFromParams,
  formatPointChange,
  formatRate,
  inGrace,
  legalBasisText,
  monthsFromParams,
  ratePercent,
  sentenceValues,
  unitPath,
} from './complianceDisplay';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: 'vi',
    interpolation: { escapeValue: false },
  });
});

describe('compliance display', () => {
  it('writes the seed sentence Vietnamese style', () => {
    const values = sentenceValues({ meets: 1830, total: 3600, rate: 0.5083 });
    expect(values).toEqual({ meets: '1.830', total: '3.600', rate: '50,8%' });
    expect(i18n.t('compliance.sentence', values)).toBe('1.830/3.600 người đạt chuẩn (50,8%)');
    expect(i18n.t('compliance.sentence', sentenceValues({ meets: 0, total: 0, rate: 0 }))).toBe(
      '0/0 người đạt chuẩn (0,0%)',
    );
  });

  it('shows rates with one decimal', () => {
    expect(formatRate(0.5083)).toBe('50,8%');
    expect(formatRate(1)).toBe('100,0%');
    expect(formatRate(0.12345)).toBe('12,3%');
    expect(ratePercent(0.5083)).toBe(50.8);
  });

  it('shows the change in points with its sign', () => {
    expect(formatPointChange(8.5)).toBe('+8,5');
    expect(formatPointChange(-2)).toBe('-2,0');
    expect(formatPointChange(0.04)).toBe('0,0');
    expect(formatPointChange(12.345)).toBe('+12,3');
    expect(formatPointChange(null)).toBe('');
    expect(i18n.t('compliance.trend.points', { value: formatPointChange(8.5) })).toBe('+8,5 điểm');
  });

  it('writes the legal basis with its date as dd/MM/yyyy', () => {
    const basis = { number: '89-QĐ/TW', title: 'Quy định khung tiêu chuẩn chức danh', date: '2022-08-04' };
    expect(legalBasisText(basis)).toBe('89-QĐ/TW ngày 04/08/2022');
    expect(legalBasisText({ ...basis, date: null })).toBe('89-QĐ/TW');
    expect(i18n.t('compliance.gap.basis', { basis: legalBasisText(basis) })).toBe(
      'Căn cứ: 89-QĐ/TW ngày 04/08/2022',
    );
  });

  it('says what closes a gap', () => {
    const what = closesWithText({ dimension: 'politicalTheory', level: 'trung_cap' });
    expect(what).toBe('Lý luận chính trị – Trung cấp');
    expect(i18n.t('compliance.gap.needs', { what })).toBe('Cần: Lý luận chính trị – Trung cấp');
    expect(closesWithText({ dimension: 'stateManagement', level: 'chuyen_vien' })).toBe(
      'Quản lý nhà nước – Chuyên viên',
    );
    expect(closesWithText(null)).toBeNull();
    const basis = { number: 'x', title: 'y', date: null };
    expect(inGrace({ requirementId: 'a', requirement: 'r', legalBasis: basis, closesWith: null })).toBe(
      false,
    );
    expect(
      inGrace({
        requirementId: 'a',
        requirement: 'r',
        legalBasis: basis,
        closesWith: null,
        graceUntil: '2030-07-01',
      }),
    ).toBe(true);
  });

  it('reads the filters from the address and drops what is malformed', () => {
    expect(
      filtersFromParams(
        new URLSearchParams('unit=X&asOf=2025-12-31&group=leadership&keyCadre=true&areaClass=III&tab=trend'),
      ),
    ).toEqual({ asOf: '2025-12-31', group: 'leadership', keyCadre: 'true', areaClass: 'III' });
    expect(
      filtersFromParams(new URLSearchParams('asOf=2025-02-30&group=boss&keyCadre=yes&areaClass=IV')),
    ).toEqual({});
    expect(monthsFromParams(new URLSearchParams('months=24'))).toBe(24);
    expect(monthsFromParams(new URLSearchParams('months=7'))).toBe(12);
    expect(monthsFromParams(new URLSearchParams(''))).toBe(12);
  });

  it('walks up the unit tree for the breadcrumb', () => {
    const units = [
      { code: 'T', name: 'Tỉnh Hà Sơn', parentCode: null },
      { code: 'X', name: 'Xã Đông Thọ', parentCode: 'T' },
      { code: 'P', name: 'Phòng Văn hóa', parentCode: 'X' },
    ];
    expect(unitPath('P', units).map((u) => u.code)).toEqual(['T', 'X', 'P']);
    expect(unitPath('T', units).map((u) => u.code)).toEqual(['T']);
    expect(unitPath('?', units)).toEqual([]);
  });

  it('has the same compliance keys in English', () => {
    const values = sentenceValues({ meets: 1830, total: 3600, rate: 0.5083 });
    expect(i18n.t('compliance.sentence', { ...values, lng: 'en' })).toBe(
      '1.830/3.600 people meet the standard (50,8%)',
    );
  });
});
