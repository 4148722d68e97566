import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, requirementStatus } from './evaluate';
import { setsFor } from './person';
import type { PersonFacts, QualificationFact, StandardSet, UnitFacts } from './types';

const basis = { number: '33/2023/NĐ-CP', title: 'Nghị định về cán bộ, công chức cấp xã', date: '2023-06-10' };

const secretary: StandardSet = {
  code: 'XA_LANH_DAO',
  name: 'Lãnh đạo chủ chốt cấp xã',
  legalBasis: basis,
  validFrom: '2023-08-01',
  validTo: null,
  appliesTo: { positions: ['XA_BT', 'XA_CT_UBND'] },
  requirements: [
    { kind: 'level', id: 'prof', dimension: 'professional', minLevel: 'dai_hoc' },
    { kind: 'level', id: 'llct', dimension: 'politicalTheory', minLevel: 'trung_cap' },
    { kind: 'fullTerm', id: 'term', months: 60 },
  ],
};

const POST_BT = { code: 'XA_BT', group: 'leadership', keyCadre: true };
const COMMUNE = { id: 1, kind: 'commune', areaClass: 'II', difficultArea: false, validFrom: '2025-07-01' };

const q = (
  dimension: QualificationFact['dimension'],
  level: string,
  extra: Partial<QualificationFact> = {},
): QualificationFact => ({
  dimension,
  level,
  status: 'completed',
  endDate: '2010-06-30',
  major: null,
  ...extra,
});

const person = (qualifications: QualificationFact[], extra: Partial<PersonFacts> = {}): PersonFacts => ({
  birthDate: '1980-05-17',
  gender: 'male',
  serviceStart: '2005-01-01',
  ethnicMinority: false,
  qualifications,
  ...extra,
});

const commune: UnitFacts = { difficultArea: false, validFrom: '2025-07-01' };
const DAY = '2026-11-22';

describe('standards evaluation', () => {
  it('meets when every qualification requirement is met (the full-term condition is the gate’s)', () => {
    const r = evaluate(
      secretary,
      person([q('professional', 'dai_hoc'), q('politicalTheory', 'trung_cap')], { birthDate: '1968-01-01' }),
      commune,
      DAY,
    );
    expect(r).toEqual({ status: 'meets', gaps: [] });
  });

  it('is in progress when the missing level is being studied, with the gap explained', () => {
    const r = evaluate(
      secretary,
      person([
        q('professional', 'thac_si'),
        q('politicalTheory', 'so_cap'),
        q('politicalTheory', 'trung_cap', { status: 'in_progress', endDate: null }),
      ]),
      commune,
      DAY,
    );
    expect(r.status).toBe('in_progress');
    expect(r.gaps).toEqual([
      {
        requirementId: 'llct',
        requirement: 'Lý luận chính trị: Trung cấp trở lên',
        legalBasis: basis,
        closesWith: { dimension: 'politicalTheory', level: 'trung_cap' },
      },
    ]);
  });

  it('is a gap when a requirement is neither met nor being studied', () => {
    const r = evaluate(secretary, person([q('professional', 'cao_dang')]), commune, DAY);
    expect(r.status).toBe('gap');
    expect(r.gaps.map((g) => g.requirementId)).toEqual(['prof', 'llct']);
  });

  it('counts a qualification completed after the date as not yet held', () => {
    const p = person([
      q('professional', 'dai_hoc', { endDate: '2027-06-30' }),
      q('politicalTheory', 'trung_cap'),
    ]);
    expect(evaluate(secretary, p, commune, DAY).status).toBe('in_progress');
    expect(evaluate(secretary, p, commune, '2027-06-30').status).toBe('meets');
  });

  it('checks the field of study where the post names one', () => {
    const justice: StandardSet = {
      ...secretary,
      code: 'XA_CC_TP',
      requirements: [
        { kind: 'level', id: 'law', dimension: 'professional', minLevel: 'dai_hoc', fields: ['Luật'] },
      ],
    };
    expect(
      evaluate(justice, person([q('professional', 'dai_hoc', { major: 'Kế toán' })]), commune, DAY).status,
    ).toBe('gap');
    expect(
      evaluate(justice, person([q('professional', 'dai_hoc', { major: 'Luật kinh tế' })]), commune, DAY)
        .status,
    ).toBe('meets');
  });

  it('gives difficult-area commune staff their grace period from the commune’s creation', () => {
    const staff: StandardSet = {
      ...secretary,
      requirements: [
        { kind: 'level', id: 'prof', dimension: 'professional', minLevel: 'dai_hoc', graceMonths: 60 },
      ],
    };
    const p = person([q('professional', 'trung_cap')]);
    const difficult = { difficultArea: true, validFrom: '2025-07-01' };
    const inGrace = evaluate(staff, p, difficult, DAY);
    expect(inGrace.status).toBe('meets');
    expect(inGrace.gaps[0]?.graceUntil).toBe('2030-07-01');
    expect(evaluate(staff, p, difficult, '2030-07-01').status).toBe('gap');
    expect(evaluate(staff, p, commune, DAY).status).toBe('gap');
    expect(evaluate(staff, { ...p, ethnicMinority: true }, commune, DAY).status).toBe('meets');
  });

  it('accepts any one of several requirements', () => {
    const director: StandardSet = {
      ...secretary,
      requirements: [
        {
          kind: 'anyOf',
          id: 'qlnn',
          options: [
            { kind: 'level', id: 'cvc', dimension: 'stateManagement', minLevel: 'chuyen_vien_chinh' },
            { kind: 'level', id: 'so', dimension: 'leadership', minLevel: 'cap_so' },
          ],
        },
      ],
    };
    expect(evaluate(director, person([q('leadership', 'cap_so')]), commune, DAY).status).toBe('meets');
    const gap = evaluate(director, person([q('stateManagement', 'chuyen_vien')]), commune, DAY);
    expect(gap.gaps[0]?.requirement).toBe(
      'Quản lý nhà nước: Chuyên viên chính trở lên hoặc Lãnh đạo quản lý: Cấp sở trở lên',
    );
  });

  it('checks the full term on the appointment date against the retirement schedule', () => {
    const term = { kind: 'fullTerm' as const, id: 'term', months: 60 };
    // Born 01/03/1966: retires 01/12/2027 (62 applies from 2028 only) — not a full term from 2025.
    expect(requirementStatus(term, person([], { birthDate: '1966-03-01' }), commune, '2025-10-01')).toBe(
      'gap',
    );
    expect(requirementStatus(term, person([], { birthDate: '1970-03-01' }), commune, '2025-10-01')).toBe(
      'met',
    );
  });

  it('picks the version in force on the date', () => {
    const v1 = { ...secretary, validFrom: '2023-08-01', validTo: '2026-01-01' };
    const v2 = { ...secretary, code: 'v2', validFrom: '2026-01-01', validTo: null };
    expect(setsFor([v1, v2], POST_BT, COMMUNE, '2025-12-31')[0]?.code).toBe(secretary.code);
    expect(setsFor([v1, v2], POST_BT, COMMUNE, '2026-01-01')[0]?.code).toBe('v2');
    expect(
      setsFor([v1, v2], { code: 'VIEN_CHUC', group: 'professional', keyCadre: false }, COMMUNE, '2026-01-01'),
    ).toEqual([]);
  });

  it('never gets worse when a completed qualification is added', () => {
    const order = { meets: 0, in_progress: 1, gap: 2 } as const;
    const fact = fc.record({
      dimension: fc.constantFrom('professional' as const, 'politicalTheory' as const),
      level: fc.constantFrom('so_cap', 'trung_cap', 'cao_cap', 'dai_hoc'),
      status: fc.constantFrom('completed' as const, 'in_progress' as const),
      endDate: fc.option(fc.constantFrom('2010-01-01', '2026-01-01', '2030-01-01'), { nil: null }),
      major: fc.constant(null),
    });
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 6 }), fact, (facts, extra) => {
        const before = evaluate(secretary, person(facts), commune, DAY).status;
        const after = evaluate(
          secretary,
          person([...facts, { ...extra, status: 'completed', endDate: '2010-01-01' }]),
          commune,
          DAY,
        ).status;
        expect(order[after]).toBeLessThanOrEqual(order[before]);
      }),
    );
  });
});
