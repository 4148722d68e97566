import { describe, expect, it } from 'vitest';
import type { StandardSetDto, StandardVersionDto } from './catalogueApi';
import { checkValues } from './versionChecks';
import {
  emptyVersionValues,
  fieldPathOf,
  nextRequirementId,
  nextVersionValues,
  requirementToRow,
  valuesToBody,
  versionToValues,
  withIds,
} from './versionForm';

const v2019: StandardVersionDto = {
  id: 1,
  validFrom: '2019-01-01',
  validTo: '2025-07-01',
  legalBasis: { number: '04/2019/TT-BNV', title: 'Thông tư về cán bộ, công chức cấp xã', date: '2019-05-24' },
  appliesTo: { positions: ['XA_CT_UBND'], groups: [], unitKinds: ['commune'], areaClasses: [] },
  requirements: [
    { kind: 'level', id: 'r1', dimension: 'professional', minLevel: 'trung_cap' },
    {
      kind: 'level',
      id: 'r2',
      dimension: 'leadership',
      minLevel: 'cap_phong',
      withinMonthsOfAppointment: 12,
    },
  ],
  requirementTexts: ['Chuyên môn: Trung cấp trở lên'],
  note: null,
  rowVersion: 3,
  inForce: false,
};

const v2025: StandardVersionDto = {
  id: 2,
  validFrom: '2025-07-01',
  validTo: null,
  legalBasis: { number: '89-QĐ/TW', title: 'Quy định khung tiêu chuẩn chức danh', date: '2017-08-04' },
  appliesTo: { positions: ['XA_CT_UBND', 'XA_PCT_UBND'], groups: [], unitKinds: [], areaClasses: ['III'] },
  requirements: [
    {
      kind: 'level',
      id: 'r1',
      dimension: 'professional',
      minLevel: 'dai_hoc',
      fields: ['Luật', 'Hành chính'],
      graceMonths: 60,
    },
    {
      kind: 'anyOf',
      id: 'r2',
      options: [
        { kind: 'level', id: 'r3', dimension: 'politicalTheory', minLevel: 'trung_cap' },
        { kind: 'serviceYears', id: 'r4', minYears: 5 },
      ],
    },
    { kind: 'fullTerm', id: 'r5', months: 60 },
  ],
  requirementTexts: ['…', '…', '…'],
  note: 'Ghi chú',
  rowVersion: 1,
  inForce: true,
};

const set: StandardSetDto = {
  code: 'TC_CT_XA',
  name: 'Chủ tịch UBND xã',
  rowVersion: 1,
  versions: [v2019, v2025],
};

describe('requirement ids', () => {
  it('hands out the next r<n> after the highest one, ignoring other ids', () => {
    expect(nextRequirementId([])).toBe('r1');
    expect(nextRequirementId(['r1', 'r7', 'custom', undefined, 'r3'])).toBe('r8');
  });

  it('keeps existing ids and numbers new rows and options in reading order', () => {
    const rows = withIds([
      { id: 'r2', kind: 'level' },
      { kind: 'serviceYears', minYears: 3 },
      { kind: 'anyOf', options: [{ kind: 'level' }, { id: 'x', kind: 'serviceYears' }] },
    ]);
    expect(rows.map((r) => r.id)).toEqual(['r2', 'r3', 'r4']);
    expect(rows[2]?.options?.map((o) => o.id)).toEqual(['r5', 'x']);
  });
});

describe('form values ↔ body', () => {
  it('round-trips a version: same body as the server holds, validTo typed as the last day', () => {
    const values = versionToValues(v2019);
    expect(values.lastDay).toBe('2025-06-30');
    const body = valuesToBody(values);
    expect(body.validTo).toBe('2025-07-01');
    expect(body.requirements).toEqual(v2019.requirements);
    expect(body.note).toBeNull();
  });

  it('keeps only the fields of each kind, dropping empty fields of study and grace months', () => {
    const body = valuesToBody({
      ...emptyVersionValues('2026-01-01'),
      requirements: [
        {
          id: 'r1',
          kind: 'level',
          dimension: 'it',
          minLevel: 'co_ban',
          fields: [' ', ''],
          graceMonths: null,
          minYears: 4,
          months: 60,
        },
        { id: 'r2', kind: 'fullTerm', months: 60, dimension: 'it' },
      ],
    });
    expect(body.requirements).toEqual([
      { kind: 'level', id: 'r1', dimension: 'it', minLevel: 'co_ban' },
      { kind: 'fullTerm', id: 'r2', months: 60 },
    ]);
  });

  it('turns any-of groups into rows and back', () => {
    const row = requirementToRow(v2025.requirements[1] as StandardVersionDto['requirements'][number]);
    expect(row.options?.map((o) => o.kind)).toEqual(['level', 'serviceYears']);
    expect(valuesToBody(versionToValues(v2025)).requirements).toEqual(v2025.requirements);
  });

  it('passes the shared schema for a complete version', () => {
    const checked = checkValues(versionToValues(v2025), false);
    expect(checked.ok).toBe(true);
  });
});

describe('a new version drafted from the one in force', () => {
  it('copies posts and requirements, starts tomorrow and leaves the legal basis blank', () => {
    const draft = nextVersionValues(set, '2026-03-10');
    expect(draft.validFrom).toBe('2026-03-11');
    expect(draft.lastDay).toBeNull();
    expect(draft.appliesTo.positions).toEqual(['XA_CT_UBND', 'XA_PCT_UBND']);
    expect(draft.requirements.map((r) => r.id)).toEqual(['r1', 'r2', 'r5']);
    expect(draft.legalBasis).toEqual({ number: '', title: '', date: null });
    expect(draft.note).toBe('');
  });

  it('starts after an upcoming version when there is one', () => {
    const upcoming = { ...v2025, id: 3, validFrom: '2026-09-01', inForce: false };
    const draft = nextVersionValues(
      { ...set, versions: [v2019, { ...v2025, validTo: '2026-09-01' }, upcoming] },
      '2026-03-10',
    );
    expect(draft.validFrom).toBe('2026-09-02');
  });

  it('falls back to the latest version when none is in force', () => {
    const draft = nextVersionValues({ ...set, versions: [v2019] }, '2026-03-10');
    expect(draft.appliesTo.unitKinds).toEqual(['commune']);
  });
});

describe('error paths', () => {
  it('maps schema and server paths onto the form fields', () => {
    expect(fieldPathOf(['requirements', 2, 'options', 0, 'minLevel'])).toEqual([
      'requirements',
      2,
      'options',
      0,
      'minLevel',
    ]);
    expect(fieldPathOf('version.requirements.1.minYears')).toEqual(['requirements', 1, 'minYears']);
    expect(fieldPathOf('validTo')).toEqual(['lastDay']);
    expect(fieldPathOf('version.legalBasis.number')).toEqual(['legalBasis', 'number']);
  });

  it('reports the schema messages under nested fields, one per field', () => {
    const checked = checkValues(
      {
        ...emptyVersionValues('2026-01-01'),
        lastDay: '2025-12-01',
        requirements: [
          { id: 'r1', kind: 'level', dimension: 'professional' },
          { id: 'r2', kind: 'anyOf', options: [{ id: 'r3', kind: 'serviceYears', minYears: 0 }] },
        ],
      },
      false,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const paths = checked.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('legalBasis.number');
    expect(paths).toContain('appliesTo.positions');
    expect(paths).toContain('requirements.0.minLevel');
    expect(paths).toContain('requirements.1.options.0.minYears');
    expect(paths).toContain('requirements.1.options');
    expect(paths).toContain('lastDay');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('checks a new set with its code and name', () => {
    const checked = checkValues({ ...versionToValues(v2025), code: 'tc_moi', name: 'Tiêu chuẩn mới' }, true);
    expect(checked.ok && checked.set).toEqual({ code: 'TC_MOI', name: 'Tiêu chuẩn mới' });
    const bad = checkValues({ ...versionToValues(v2025), code: 'x', name: '' }, true);
    expect(bad.ok ? [] : bad.issues.map((i) => i.path.join('.'))).toEqual(['code', 'name']);
  });
});
