import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAppointment } from './appointment';
import { type Holding, nextChange, personCompliance, setApplies, setsFor } from './person';
import type { PersonFacts, StandardSet } from './types';

const basis = { number: '33/2023/NĐ-CP', title: 'Nghị định về cán bộ, công chức cấp xã', date: '2023-06-10' };
const leaders: StandardSet = {
  versionId: 1,
  code: 'LEADERS',
  name: 'Lãnh đạo xã',
  legalBasis: basis,
  validFrom: '2023-08-01',
  validTo: null,
  appliesTo: { positions: ['XA_BT'], groups: [] },
  requirements: [
    { kind: 'level', id: 'cm', dimension: 'professional', minLevel: 'dai_hoc' },
    { kind: 'level', id: 'llct', dimension: 'politicalTheory', minLevel: 'trung_cap' },
    { kind: 'fullTerm', id: 'term', months: 60 },
  ],
};
const clerks: StandardSet = {
  versionId: 2,
  code: 'CLERKS',
  name: 'Công chức xã',
  legalBasis: basis,
  validFrom: '2023-08-01',
  validTo: null,
  appliesTo: { positions: [], groups: ['professional'], unitKinds: ['commune', 'ward'] },
  requirements: [
    { kind: 'level', id: 'cm', dimension: 'professional', minLevel: 'dai_hoc', graceMonths: 60 },
  ],
};
const SETS = [leaders, clerks];

const BT = { id: 1, code: 'XA_BT', group: 'leadership', keyCadre: true };
const VP = { id: 2, code: 'XA_CC_VP', group: 'professional', keyCadre: false };
const commune = { id: 10, kind: 'commune', areaClass: 'II', difficultArea: false, validFrom: '2025-07-01' };
const agency = { id: 11, kind: 'department', areaClass: null, difficultArea: false, validFrom: '2000-01-01' };

const holding = (assignmentId: number, position: typeof BT, extra: Partial<Holding> = {}): Holding => ({
  assignmentId,
  kind: 'appointment',
  validFrom: '2025-07-01',
  validTo: null,
  position,
  unit: commune,
  ...extra,
});

const facts = (quals: PersonFacts['qualifications'] = [], extra: Partial<PersonFacts> = {}): PersonFacts => ({
  birthDate: '1980-01-01',
  gender: 'male',
  serviceStart: '2005-01-01',
  ethnicMinority: false,
  qualifications: quals,
  ...extra,
});
const degree = {
  dimension: 'professional' as const,
  level: 'dai_hoc',
  status: 'completed' as const,
  endDate: '2010-06-01',
  major: null,
};
const llct = {
  dimension: 'politicalTheory' as const,
  level: 'trung_cap',
  status: 'completed' as const,
  endDate: '2015-06-01',
  major: null,
};

describe('which sets apply', () => {
  it('matches by post code or post group, narrowed by unit kind and area class', () => {
    expect(setApplies(leaders, BT, commune)).toBe(true);
    expect(setApplies(clerks, VP, commune)).toBe(true);
    expect(setApplies(clerks, VP, agency)).toBe(false);
    expect(
      setApplies({ ...clerks, appliesTo: { ...clerks.appliesTo, areaClasses: ['III'] } }, VP, commune),
    ).toBe(false);
    expect(setsFor(SETS, BT, commune, '2023-07-31')).toEqual([]);
    expect(setsFor(SETS, BT, commune, '2023-08-01')).toEqual([leaders]);
  });
});

describe('a person over all their posts', () => {
  it('is counted once, under the main post, with the worst status of all posts', () => {
    const main = holding(1, VP);
    const concurrent = holding(2, BT, { kind: 'concurrent' });
    const c = personCompliance(SETS, facts([degree]), [concurrent, main], '2026-01-01');
    expect(c?.home.assignmentId).toBe(1);
    expect(c?.posts.map((p) => [p.assignmentId, p.status])).toEqual([
      [1, 'meets'],
      [2, 'gap'],
    ]);
    expect(c?.status).toBe('gap');
  });

  it('holds nobody to a post that has no standard, or a post not held on the date', () => {
    const clerk = { id: 3, code: 'VIEN_CHUC', group: 'support', keyCadre: false };
    expect(personCompliance(SETS, facts(), [holding(1, clerk)], '2026-01-01')).toBeNull();
    expect(
      personCompliance(SETS, facts(), [holding(1, BT, { validTo: '2025-12-31' })], '2026-01-01'),
    ).toBeNull();
    expect(
      personCompliance(SETS, facts(), [holding(1, BT, { validFrom: '2026-02-01' })], '2026-01-01'),
    ).toBeNull();
  });

  it('never counts the full term in compliance (it belongs to the appointment)', () => {
    const old = facts([degree, llct], { birthDate: '1965-01-01' });
    expect(personCompliance(SETS, old, [holding(1, BT)], '2026-01-01')?.status).toBe('meets');
  });

  it('names the day the evaluation can change by itself', () => {
    const hs = [holding(1, VP, { unit: { ...commune, difficultArea: true } })];
    // Grace of 60 months from the commune's creation, a course finishing, a version ending.
    expect(nextChange(SETS, facts(), hs, '2026-01-01')).toBe('2030-07-01');
    const studying = facts([{ ...degree, endDate: '2027-06-30' }]);
    expect(nextChange(SETS, studying, hs, '2026-01-01')).toBe('2027-06-30');
    const ending = [{ ...clerks, validTo: '2026-09-01' }];
    expect(nextChange(ending, facts(), hs, '2026-01-01')).toBe('2026-09-01');
  });

  it('is stable: re-evaluating on the next-change date minus a day gives the same status as today', () => {
    const quals = fc.array(
      fc.record({
        dimension: fc.constantFrom('professional' as const, 'politicalTheory' as const),
        level: fc.constantFrom('trung_cap', 'dai_hoc'),
        status: fc.constantFrom('completed' as const, 'in_progress' as const),
        endDate: fc.option(fc.constantFrom('2020-01-01', '2026-06-01', '2027-03-01', '2029-12-31'), {
          nil: null,
        }),
        major: fc.constant(null),
      }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(quals, fc.boolean(), fc.boolean(), (qs, difficult, minority) => {
        const hs = [
          holding(1, VP, { unit: { ...commune, difficultArea: difficult } }),
          holding(2, BT, { kind: 'concurrent' }),
        ];
        const p = facts(qs, { ethnicMinority: minority });
        const today = '2026-01-01';
        const next = nextChange(SETS, p, hs, today);
        const status = personCompliance(SETS, p, hs, today)?.status;
        // Any day strictly before `next` evaluates the same as today.
        const dayBefore = next
          ? new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
          : '2099-12-31';
        if (dayBefore > today) expect(personCompliance(SETS, p, hs, dayBefore)?.status).toBe(status);
      }),
    );
  });
});

describe('the appointment gate', () => {
  it('refuses with one reason per unmet requirement, naming the legal basis', () => {
    const r = checkAppointment(SETS, { ...facts([degree]), active: true }, BT, commune, '2026-01-01');
    expect(r.allowed).toBe(false);
    expect(r.reasons).toEqual([
      expect.objectContaining({
        code: 'STANDARD_GAP',
        message: 'Chưa đạt: Lý luận chính trị: Trung cấp trở lên (căn cứ 33/2023/NĐ-CP ngày 10/06/2023)',
      }),
    ]);
    expect(r.standards.map((s) => s.code)).toEqual(['LEADERS']);
  });

  it('refuses someone still studying, and someone who cannot serve a full term', () => {
    const studying = {
      ...facts([degree, { ...llct, status: 'in_progress' as const, endDate: null }]),
      active: true,
    };
    expect(checkAppointment(SETS, studying, BT, commune, '2026-01-01').reasons.map((x) => x.code)).toEqual([
      'STANDARD_IN_PROGRESS',
    ]);
    const old = { ...facts([degree, llct], { birthDate: '1966-03-01' }), active: true };
    const r = checkAppointment(SETS, old, BT, commune, '2025-10-01');
    expect(r.reasons.map((x) => x.code)).toEqual(['FULL_TERM']);
    expect(r.reasons[0]?.message).toContain('01/12/2027');
  });

  it('lets a grace period through with a warning, and refuses a person no longer working', () => {
    const hardship = { ...commune, difficultArea: true };
    const r = checkAppointment(SETS, { ...facts(), active: true }, VP, hardship, '2026-01-01');
    expect(r.allowed).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(['GRACE']);
    const retired = checkAppointment(SETS, { ...facts([degree]), active: false }, VP, commune, '2026-01-01');
    expect(retired.reasons.map((x) => x.code)).toEqual(['PERSON_INACTIVE']);
  });
});

describe('onboarding: a requirement met before the appointment or within N months of it', () => {
  const TP = { id: 3, code: 'XA_TRUONG_PHONG', group: 'leadership', keyCadre: false };
  const heads: StandardSet = {
    ...leaders,
    versionId: 3,
    code: 'HEADS',
    appliesTo: { positions: ['XA_TRUONG_PHONG'], groups: [] },
    requirements: [
      {
        kind: 'level',
        id: 'ld',
        dimension: 'leadership',
        minLevel: 'cap_phong',
        withinMonthsOfAppointment: 12,
      },
    ],
  };
  const leadershipCourse = {
    dimension: 'leadership' as const,
    level: 'cap_phong',
    status: 'completed' as const,
    endDate: '2026-03-01',
    major: null,
  };

  it('is in grace for 12 months after taking up the post, with that deadline, then a gap', () => {
    const held = [holding(1, TP, { validFrom: '2026-02-01' })];
    const during = personCompliance([heads], facts(), held, '2026-11-30');
    expect(during?.status).toBe('meets');
    expect(during?.home.gaps).toEqual([
      expect.objectContaining({
        requirementId: 'ld',
        graceUntil: '2027-02-01',
        requirement: 'Lãnh đạo quản lý: Cấp phòng trở lên (trong 12 tháng kể từ ngày nhận chức vụ)',
      }),
    ]);
    expect(personCompliance([heads], facts(), held, '2027-02-01')?.status).toBe('gap');
    expect(personCompliance([heads], facts([leadershipCourse]), held, '2027-02-01')?.status).toBe('meets');
    // The refresh re-evaluates the person on the day the window closes.
    expect(nextChange([heads], facts(), held, '2026-11-30')).toBe('2027-02-01');
  });

  it('runs from the first day in the post: a merger continuing the post does not restart it', () => {
    const held = [
      holding(1, TP, { validFrom: '2025-01-01', validTo: '2025-07-01' }),
      holding(2, TP, { validFrom: '2025-07-01' }),
    ];
    expect(personCompliance([heads], facts(), held, '2025-12-01')?.status).toBe('meets');
    expect(personCompliance([heads], facts(), held, '2026-01-01')?.status).toBe('gap');
    // A different post before does not count as the same post.
    const moved = [holding(1, BT, { validFrom: '2025-01-01', validTo: '2025-07-01' }), held[1] as Holding];
    expect(personCompliance([heads], facts(), moved, '2026-01-01')?.status).toBe('meets');
  });

  it('does not refuse an appointment: the gate warns that the course is due after it', () => {
    const r = checkAppointment([heads], { ...facts(), active: true }, TP, commune, '2026-12-01');
    expect(r.reasons).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['GRACE']);
  });
});
