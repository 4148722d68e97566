import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUALITY_BANDS, qualityBand, qualityIndex, surveyScore } from './quality';

describe('quality index and bands (Thông tư 10/2017/TT-BNV)', () => {
  it.each([
    [0, 'kem'],
    [1.9, 'kem'],
    [2, 'yeu'],
    [3.9, 'yeu'],
    [4, 'trung_binh'],
    [5.9, 'trung_binh'],
    [6, 'kha'],
    [7.9, 'kha'],
    [8, 'tot'],
    [10, 'tot'],
  ])('%s → %s', (index, band) => {
    expect(qualityBand(index)).toBe(band);
  });
  it('scores a response by the mean of its answers', () => {
    expect(surveyScore({ content: 8, teaching: 9, organisation: 7 })).toBe(8);
    expect(surveyScore({ a: 7, b: 8 })).toBe(7.5);
    expect(surveyScore({ a: 1, b: 1, c: 2 })).toBe(1.33);
    expect(() => surveyScore({})).toThrow(RangeError);
  });
  it('publishes the mean with one decimal and the band of the published figure', () => {
    expect(qualityIndex([])).toEqual({ responses: 0, index: null, band: null });
    expect(qualityIndex([8, 7.5, 9])).toEqual({ responses: 3, index: 8.2, band: 'tot' });
    // 7.95 is published as 8.0, so its band is tốt, not khá.
    expect(qualityIndex([7.9, 8])).toEqual({ responses: 2, index: 8, band: 'tot' });
    expect(qualityIndex([3.94])).toEqual({ responses: 1, index: 3.9, band: 'yeu' });
  });
  it('stays within 0–10 and bands monotonically', () => {
    const score = fc.integer({ min: 0, max: 1000 }).map((h) => h / 100);
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 50 }), (scores) => {
        const q = qualityIndex(scores);
        expect(q.index).toBeGreaterThanOrEqual(0);
        expect(q.index).toBeLessThanOrEqual(10);
        const mean = scores.reduce((s, v) => s + v, 0) / scores.length;
        expect(Math.abs((q.index ?? 0) - mean)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
    fc.assert(
      fc.property(score, score, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(QUALITY_BANDS.indexOf(qualityBand(lo))).toBeLessThanOrEqual(
          QUALITY_BANDS.indexOf(qualityBand(hi)),
        );
      }),
    );
  });
});
