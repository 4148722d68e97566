import { describe, expect, it } from 'vitest';
import { digestFinished, internalLink, weekLabel, whenOf } from './notificationDisplay';

describe('notification display helpers', () => {
  const now = new Date('2026-12-02T03:00:00Z'); // 10:00 in Hà Nội

  it('says how long ago, then falls back to dd/MM/yyyy HH:mm in Vietnam time', () => {
    expect(whenOf('2026-12-02T02:59:30Z', now)).toEqual({ kind: 'justNow' });
    expect(whenOf('2026-12-02T02:35:00Z', now)).toEqual({ kind: 'minutes', n: 25 });
    expect(whenOf('2026-12-01T22:00:00Z', now)).toEqual({ kind: 'hours', n: 5 });
    expect(whenOf('2026-11-30T01:05:00Z', now)).toEqual({ kind: 'at', text: '30/11/2026 08:05' });
    expect(whenOf('not a date', now)).toEqual({ kind: 'at', text: '' });
  });

  it('labels ISO weeks as week/year', () => {
    expect(weekLabel('2026-W49')).toBe('49/2026');
    expect(weekLabel('2027-W03')).toBe('3/2027');
    expect(weekLabel('2026W01')).toBe('1/2026');
    expect(weekLabel('tuần 49')).toBe('tuần 49');
  });

  it('follows same-site links only', () => {
    expect(internalLink('/ke-hoach/theo-doi')).toBe('/ke-hoach/theo-doi');
    expect(internalLink('//evil.example')).toBeNull();
    expect(internalLink('https://evil.example')).toBeNull();
    expect(internalLink(null)).toBeNull();
  });

  it('knows when a digest run is over', () => {
    expect(digestFinished('active')).toBe(false);
    expect(digestFinished('created')).toBe(false);
    expect(digestFinished('completed')).toBe(true);
    expect(digestFinished('failed')).toBe(true);
  });
});
