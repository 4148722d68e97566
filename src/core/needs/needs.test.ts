import { describe, expect, it } from 'vitest';
import {
  type AwardingProgramme,
  chooseProgramme,
  compareNeeds,
  needPriority,
  programmeChoices,
} from './needs';

const programmes: AwardingProgramme[] = [
  { id: 3, code: 'LLCT_CAO_CAP', name: 'Cao cấp LLCT', dimension: 'politicalTheory', level: 'cao_cap' },
  { id: 2, code: 'LLCT_TRUNG_CAP', name: 'Trung cấp LLCT', dimension: 'politicalTheory', level: 'trung_cap' },
  { id: 4, code: 'QLNN_CV', name: 'QLNN chuyên viên', dimension: 'stateManagement', level: 'chuyen_vien' },
];

describe('chooseProgramme', () => {
  it('picks the programme of the lowest sufficient level, and lists every sufficient one', () => {
    expect(chooseProgramme(programmes, 'politicalTheory', 'so_cap')).toEqual({
      dimension: 'politicalTheory',
      level: 'so_cap',
      programme: { id: 2, code: 'LLCT_TRUNG_CAP', name: 'Trung cấp LLCT' },
      sufficientIds: [2, 3],
    });
    expect(chooseProgramme(programmes, 'politicalTheory', 'cao_cap')?.programme.code).toBe('LLCT_CAO_CAP');
    expect(chooseProgramme(programmes, 'politicalTheory', 'cao_cap')?.sufficientIds).toEqual([3]);
  });

  it('answers null when nothing awards enough, or the level is unknown', () => {
    expect(chooseProgramme(programmes, 'stateManagement', 'chuyen_vien_chinh')).toBeNull();
    expect(chooseProgramme(programmes, 'it', 'co_ban')).toBeNull();
    expect(chooseProgramme(programmes, 'politicalTheory', 'khong_co')).toBeNull();
  });

  it('tabulates every required level of the awarded dimensions', () => {
    const choices = programmeChoices(programmes).map((c) => `${c.dimension}.${c.level}=${c.programme.code}`);
    expect(choices).toEqual([
      'politicalTheory.so_cap=LLCT_TRUNG_CAP',
      'politicalTheory.trung_cap=LLCT_TRUNG_CAP',
      'politicalTheory.cao_cap=LLCT_CAO_CAP',
      'stateManagement.can_su=QLNN_CV',
      'stateManagement.chuyen_vien=QLNN_CV',
    ]);
  });
});

describe('priority', () => {
  it('puts key cadres first, then needs due now before grace deadlines', () => {
    expect(needPriority(true, null)).toBe(1);
    expect(needPriority(true, '2027-01-01')).toBe(2);
    expect(needPriority(false, null)).toBe(3);
    expect(needPriority(false, '2027-01-01')).toBe(4);
  });

  it('orders by priority, nearest deadline, then name', () => {
    const list = [
      { priority: 4, deadline: '2027-06-01', fullName: 'B' },
      { priority: 4, deadline: '2027-01-01', fullName: 'C' },
      { priority: 1, deadline: null, fullName: 'Z' },
      { priority: 3, deadline: null, fullName: 'A' },
    ];
    expect(list.sort(compareNeeds).map((x) => x.fullName)).toEqual(['Z', 'A', 'C', 'B']);
  });
});
