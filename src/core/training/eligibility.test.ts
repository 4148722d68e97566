import { describe, expect, it } from 'vitest';
import {
  eligibilityMessage,
  needsPostgraduateEligibility,
  parsePostgraduateRule,
  postgraduateProblems,
  ratingRank,
} from './eligibility';

const rule = parsePostgraduateRule({ minServiceYears: 3, ratedYears: 2, minRating: 'good', maxAge: 45 });
const good = {
  fullName: 'Trần Thị Đủ',
  birthDate: '1985-03-01',
  firstServiceDate: '2015-01-01',
  evaluations: [
    { year: 2024, rating: 'good' },
    { year: 2025, rating: 'excellent' },
  ],
};

describe('postgraduate eligibility', () => {
  it('applies only to dao_tao programmes awarding a professional master or doctorate', () => {
    expect(
      needsPostgraduateEligibility({
        trainingKind: 'dao_tao',
        awardsDimension: 'professional',
        awardsLevel: 'thac_si',
      }),
    ).toBe(true);
    expect(
      needsPostgraduateEligibility({
        trainingKind: 'dao_tao',
        awardsDimension: 'professional',
        awardsLevel: 'dai_hoc',
      }),
    ).toBe(false);
    expect(
      needsPostgraduateEligibility({
        trainingKind: 'dao_tao',
        awardsDimension: 'politicalTheory',
        awardsLevel: 'cao_cap',
      }),
    ).toBe(false);
  });

  it('orders ratings excellent > good > completed > not_completed', () => {
    expect(ratingRank('excellent')).toBeGreaterThan(ratingRank('good'));
    expect(ratingRank('good')).toBeGreaterThan(ratingRank('completed'));
    expect(ratingRank('completed')).toBeGreaterThan(ratingRank('not_completed'));
  });

  it('accepts someone meeting every condition', () => {
    expect(postgraduateProblems(rule, good, '2026-09-01')).toEqual([]);
  });

  it('refuses by age at the course start, boundary included', () => {
    // 45 on the start day: still eligible; 46: not.
    expect(postgraduateProblems(rule, { ...good, birthDate: '1981-09-01' }, '2026-09-01')).toEqual([]);
    const p = postgraduateProblems(rule, { ...good, birthDate: '1980-08-31' }, '2026-09-01');
    expect(p).toHaveLength(1);
    expect(p[0]).toContain('46 tuổi');
    expect(p[0]).toContain('quá 45 tuổi');
  });

  it('refuses too short a service and missing service', () => {
    expect(
      postgraduateProblems(rule, { ...good, firstServiceDate: '2024-01-01' }, '2026-09-01')[0],
    ).toContain('chưa đủ 3 năm');
    expect(postgraduateProblems(rule, { ...good, firstServiceDate: null }, '2026-09-01')[0]).toContain(
      'chưa có quá trình công tác',
    );
  });

  it('reads only the most recent rated years before the start year', () => {
    const evaluations = [
      { year: 2022, rating: 'not_completed' },
      { year: 2024, rating: 'good' },
      { year: 2025, rating: 'completed' },
      { year: 2026, rating: 'excellent' },
    ];
    const p = postgraduateProblems(rule, { ...good, evaluations }, '2026-09-01');
    expect(p).toEqual(['năm 2025 xếp loại dưới mức "hoàn thành tốt nhiệm vụ"']);
    expect(postgraduateProblems(rule, { ...good, evaluations: [] }, '2026-09-01')[0]).toContain(
      'chưa đủ 2 năm được đánh giá',
    );
  });

  it('names the person in the message', () => {
    expect(eligibilityMessage('Lê Văn Tuổi', ['46 tuổi'])).toBe(
      'Lê Văn Tuổi chưa đủ điều kiện cử đi đào tạo sau đại học: 46 tuổi.',
    );
  });

  it('refuses malformed rule data', () => {
    expect(() => parsePostgraduateRule({ minServiceYears: 3 })).toThrow();
  });
});
