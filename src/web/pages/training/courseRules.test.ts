import { describe, expect, it } from 'vitest';
import {
  compareNames,
  completionPreview,
  costTotals,
  dateRange,
  formatMoney,
  formatMoneyShort,
  nextStatuses,
  qualityBand,
  resultOf,
  validScore,
} from './courseRules';
import type { Enrolment } from './trainingApi';

function learner(id: number, over: Partial<Enrolment> = {}): Enrolment {
  return {
    id,
    person: { id, fullName: `Người ${id}`, birthDate: '1985-01-01', gender: 'male', ethnicity: 'Kinh' },
    unit: { code: 'U', name: 'Xã A' },
    status: 'enrolled',
    decisionNo: '1/QĐ',
    eligibilityOverride: null,
    waitlistedAt: null,
    decisionDate: '2026-01-01',
    reason: null,
    result: null,
    completedOn: null,
    attendance: { present: 2, absent: 0, excused: 0, sessions: 2 },
    marks: [
      { sessionId: 10, status: 'present' },
      { sessionId: 11, status: 'present' },
    ],
    scores: [
      { assessmentId: 1, score: 8 },
      { assessmentId: 2, score: 9 },
    ],
    certificate: null,
    version: 1,
    ...over,
  };
}

const RULE = { fullAttendance: true, minScore: 5 };

const course = {
  sessions: [
    { id: 10, date: '2026-03-01', topic: 'A', periods: 4 },
    { id: 11, date: '2026-03-02', topic: 'B', periods: 4 },
  ],
  assessments: [
    { id: 1, name: 'Kiểm tra 1' },
    { id: 2, name: 'Tiểu luận' },
  ],
};

describe('course status moves', () => {
  it('follows planned → open → running, cancel before closing', () => {
    expect(nextStatuses('planned')).toEqual(['open', 'cancelled']);
    expect(nextStatuses('open')).toEqual(['running', 'cancelled']);
    expect(nextStatuses('running')).toEqual(['cancelled']);
    expect(nextStatuses('closed')).toEqual([]);
    expect(nextStatuses('cancelled')).toEqual([]);
  });
});

describe('formats', () => {
  it('shows date ranges as dd/MM/yyyy – dd/MM/yyyy', () => {
    expect(dateRange('2026-03-01', '2026-06-30')).toBe('01/03/2026 – 30/06/2026');
    expect(dateRange('2026-03-01', '2026-03-01')).toBe('01/03/2026');
  });
  it('groups đồng with dots', () => {
    expect(formatMoney(12_500_000)).toBe('12.500.000 đ');
    expect(formatMoney(0)).toBe('0 đ');
    expect(formatMoneyShort(26_800_000_000)).toBe('26,8 tỷ đồng');
    expect(formatMoneyShort(350_000_000)).toBe('350 triệu đồng');
  });
  it('sums cost lines per funding source', () => {
    const t = costTotals([
      { fundingSource: 'local', amount: 100 },
      { fundingSource: 'central', amount: 50 },
      { fundingSource: 'local', amount: 25 },
    ]);
    expect(t.bySource).toEqual([
      { fundingSource: 'local', amount: 125 },
      { fundingSource: 'central', amount: 50 },
    ]);
    expect(t.total).toBe(175);
  });
});

describe('results and quality', () => {
  it('classifies the average', () => {
    expect(resultOf(9)).toBe('xuat_sac');
    expect(resultOf(8.99)).toBe('gioi');
    expect(resultOf(6.5)).toBe('kha');
    expect(resultOf(5)).toBe('trung_binh');
    expect(resultOf(4.99)).toBe('khong_dat');
  });
  it('bands the quality index', () => {
    expect(qualityBand(1.9)).toBe('kem');
    expect(qualityBand(2)).toBe('yeu');
    expect(qualityBand(4)).toBe('trung_binh');
    expect(qualityBand(7.9)).toBe('kha');
    expect(qualityBand(8)).toBe('tot');
  });
  it('accepts scores 0–10 with two decimals', () => {
    expect(validScore(7.25)).toBe(7.25);
    expect(validScore(0)).toBe(0);
    expect(validScore(10)).toBe(10);
    expect(validScore(10.5)).toBeNull();
    expect(validScore(7.255)).toBeNull();
    expect(validScore('7')).toBeNull();
  });
});

describe('completion preview', () => {
  it('passes full attendance with every score ≥ 5 and classifies by the average', () => {
    const [line] = completionPreview(course, RULE, [learner(1)]);
    expect(line?.pass).toBe(true);
    expect(line?.average).toBe(8.5);
    expect(line?.result).toBe('gioi');
  });
  it('fails an absence, a missing mark, a missing or low score, and says why', () => {
    const lines = completionPreview(course, RULE, [
      learner(1, { attendance: { present: 1, absent: 1, excused: 0, sessions: 2 } }),
      learner(2, { attendance: { present: 1, absent: 0, excused: 0, sessions: 2 } }),
      learner(3, { scores: [{ assessmentId: 1, score: 8 }] }),
      learner(4, {
        scores: [
          { assessmentId: 1, score: 4.5 },
          { assessmentId: 2, score: 9 },
        ],
      }),
    ]);
    expect(lines.map((l) => l.pass)).toEqual([false, false, false, false]);
    expect(lines[0]?.reasons).toEqual([{ kind: 'absent', n: 1 }]);
    expect(lines[1]?.reasons).toEqual([{ kind: 'unrecorded', n: 1 }]);
    expect(lines[2]?.reasons).toEqual([{ kind: 'unscored', n: 1 }]);
    expect(lines[3]?.reasons).toEqual([{ kind: 'lowScore', score: 4.5 }]);
    expect(lines[3]?.result).toBe('khong_dat');
  });
  it('counts excused sessions as attended and skips learners no longer enrolled', () => {
    const lines = completionPreview(course, RULE, [
      learner(1, { attendance: { present: 1, absent: 0, excused: 1, sessions: 2 } }),
      learner(2, { status: 'withdrawn' }),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.pass).toBe(true);
  });
  it('follows a rule without full attendance', () => {
    const lines = completionPreview(course, { fullAttendance: false, minScore: 5 }, [
      learner(1, { attendance: { present: 0, absent: 2, excused: 0, sessions: 2 } }),
    ]);
    expect(lines[0]?.pass).toBe(true);
  });
});

describe('Vietnamese name order', () => {
  it('sorts by the given name, then the rest', () => {
    const names = ['Trần Thị Bình', 'Nguyễn Văn An', 'Lê Ánh', 'Đỗ Văn An'];
    expect([...names].sort(compareNames)).toEqual(['Đỗ Văn An', 'Nguyễn Văn An', 'Lê Ánh', 'Trần Thị Bình']);
  });
});
