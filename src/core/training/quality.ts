/**
 * Course quality from learner surveys (Thông tư 10/2017/TT-BNV): an index 0–10, the mean of the
 * responses, published with one decimal, and its band: < 2 kém, 2–< 4 yếu, 4–< 6 trung bình,
 * 6–< 8 khá, 8–10 tốt. The band is that of the published index, so the two never disagree.
 */

export const QUALITY_BANDS = ['kem', 'yeu', 'trung_binh', 'kha', 'tot'] as const;
export type QualityBand = (typeof QUALITY_BANDS)[number];

export const QUALITY_BAND_LABELS: Record<QualityBand, string> = {
  kem: 'Kém',
  yeu: 'Yếu',
  trung_binh: 'Trung bình',
  kha: 'Khá',
  tot: 'Tốt',
};

export function qualityBand(index: number): QualityBand {
  if (index < 2) return 'kem';
  if (index < 4) return 'yeu';
  if (index < 6) return 'trung_binh';
  if (index < 8) return 'kha';
  return 'tot';
}

/** One response's score: the mean of its answers (0–10), two decimals. */
export function surveyScore(answers: Readonly<Record<string, number>>): number {
  const values = Object.values(answers);
  if (values.length === 0) throw new RangeError('a survey needs at least one answer');
  const sum = values.reduce((s, v) => s + Math.round(v * 100), 0);
  return Math.round(sum / values.length) / 100;
}

export interface QualityIndex {
  responses: number;
  /** Null without responses. */
  index: number | null;
  band: QualityBand | null;
}

export function qualityIndex(scores: readonly number[]): QualityIndex {
  if (scores.length === 0) return { responses: 0, index: null, band: null };
  const sum = scores.reduce((s, v) => s + Math.round(v * 100), 0);
  // Mean in hundredths, then to one decimal (half up).
  const index = Math.round(sum / scores.length / 10) / 10;
  return { responses: scores.length, index, band: qualityBand(index) };
}
