import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../../core/text/fold';
import type { StandardSetDto, StandardVersionDto } from './catalogueApi';
import {
  matchesSearch,
  shownVersion,
  signedCount,
  sortedMoves,
  validityWindow,
  versionState,
  versionsNewestFirst,
} from './standardDisplay';

const version = (
  id: number,
  validFrom: string,
  validTo: string | null,
  inForce: boolean,
): StandardVersionDto => ({
  id,
  validFrom,
  validTo,
  legalBasis: { number: `${id}/QĐ`, title: 'Quyết định', date: null },
  appliesTo: { positions: ['XA_BT'], groups: [], unitKinds: [], areaClasses: [] },
  requirements: [],
  requirementTexts: [],
  note: null,
  rowVersion: 1,
  inForce,
});

const today = '2026-03-10';
const past = version(1, '2019-01-01', '2025-07-01', false);
const current = version(2, '2025-07-01', '2026-09-01', true);
const next = version(3, '2026-09-01', null, false);
const set: StandardSetDto = {
  code: 'TC_BT_XA',
  name: 'Bí thư Đảng ủy xã',
  rowVersion: 1,
  versions: [past, current, next],
};

describe('versions as the catalogue shows them', () => {
  it('tags each version in force, upcoming or past', () => {
    expect([past, current, next].map((v) => versionState(v, today))).toEqual(['past', 'inForce', 'upcoming']);
  });

  it('shows the version in force, else the next one, else the last one', () => {
    expect(shownVersion(set, today)?.id).toBe(2);
    expect(shownVersion({ ...set, versions: [past, next] }, today)?.id).toBe(3);
    expect(shownVersion({ ...set, versions: [past] }, today)?.id).toBe(1);
    expect(shownVersion({ ...set, versions: [] }, today)).toBeUndefined();
  });

  it('lists versions newest first', () => {
    expect(versionsNewestFirst(set).map((v) => v.id)).toEqual([3, 2, 1]);
  });

  it('writes the window with the last day in force', () => {
    expect(validityWindow(current)).toEqual({ from: '2025-07-01', lastDay: '2026-08-31' });
    expect(validityWindow(next)).toEqual({ from: '2026-09-01', lastDay: null });
  });
});

describe('search', () => {
  const names = new Map([['XA_BT', 'Bí thư Đảng ủy xã']]);
  it('matches code, name, post names and document numbers without diacritics', () => {
    expect(matchesSearch(set, 'bi thu', names)).toBe(true);
    expect(matchesSearch(set, 'xa_bt', names)).toBe(true);
    expect(matchesSearch(set, foldVietnamese('3/QĐ'), names)).toBe(true);
    expect(matchesSearch(set, 'chu tich', names)).toBe(false);
    expect(matchesSearch(set, '', names)).toBe(true);
  });
});

describe('preview figures', () => {
  it('signs changes with a true minus', () => {
    const f = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
    expect(signedCount(1200, f)).toBe('+1.200');
    expect(signedCount(-3, f)).toBe('−3');
    expect(signedCount(0, f)).toBe('0');
  });

  it('keeps real moves, the largest first', () => {
    const moves = sortedMoves([
      { from: 'meets', to: 'gap', count: 2 },
      { from: 'gap', to: 'gap', count: 9 },
      { from: 'none', to: 'in_progress', count: 12 },
      { from: 'meets', to: 'in_progress', count: 0 },
    ]);
    expect(moves.map((m) => m.count)).toEqual([12, 2]);
  });
});
