/**
 * Eligibility to be sent to postgraduate training (domain §6): rules are dated data (training_rule
 * kind eligibility_postgraduate); this file only evaluates them. Pure: no database, no clock.
 */
import { formatCivilDate, yearsBetween } from '../catalog/dates';
import { RATING_LABELS, RATINGS, type Rating } from '../catalog/enums';

export interface PostgraduateRule {
  /** Whole years of service since the first assignment, at the course start. */
  minServiceYears: number;
  /** How many of the most recent yearly ratings must reach `minRating`. */
  ratedYears: number;
  minRating: Rating;
  /** Maximum age at the course start. */
  maxAge: number;
}

export interface EligibilityPerson {
  fullName: string;
  birthDate: string;
  /** Start of the first assignment (vào cơ quan nhà nước), or null when none is recorded. */
  firstServiceDate: string | null;
  evaluations: { year: number; rating: string }[];
}

export interface ProgrammeAwards {
  trainingKind: string;
  awardsDimension: string | null;
  awardsLevel: string | null;
}

/** The rules apply to dao_tao programmes awarding a professional master's or doctorate. */
export function needsPostgraduateEligibility(p: ProgrammeAwards): boolean {
  return (
    p.trainingKind === 'dao_tao' &&
    p.awardsDimension === 'professional' &&
    (p.awardsLevel === 'thac_si' || p.awardsLevel === 'tien_si')
  );
}

/** Higher is better: excellent 3 > good 2 > completed 1 > not_completed 0; unknown → -1. */
export function ratingRank(r: string): number {
  const i = RATINGS.indexOf(r as Rating);
  return i < 0 ? -1 : RATINGS.length - 1 - i;
}

/** Reads a rule's params, refusing malformed data loudly (the rule is administrators' data). */
export function parsePostgraduateRule(params: Record<string, unknown>): PostgraduateRule {
  const num = (k: string) => {
    const v = params[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`training_rule: ${k} is not a number`);
    return v;
  };
  const minRating = params.minRating;
  if (typeof minRating !== 'string' || !RATINGS.includes(minRating as Rating))
    throw new Error('training_rule: minRating is not a rating');
  return {
    minServiceYears: num('minServiceYears'),
    ratedYears: num('ratedYears'),
    minRating: minRating as Rating,
    maxAge: num('maxAge'),
  };
}

/**
 * The reasons a person is not eligible on `onDate` (the course start), in Vietnamese; empty when
 * eligible.
 */
export function postgraduateProblems(rule: PostgraduateRule, p: EligibilityPerson, onDate: string): string[] {
  const problems: string[] = [];
  const age = yearsBetween(p.birthDate, onDate);
  if (age > rule.maxAge)
    problems.push(`${age} tuổi vào ngày khai giảng ${formatCivilDate(onDate)}, quá ${rule.maxAge} tuổi`);
  if (!p.firstServiceDate || p.firstServiceDate > onDate) {
    problems.push('chưa có quá trình công tác');
  } else {
    const years = yearsBetween(p.firstServiceDate, onDate);
    if (years < rule.minServiceYears)
      problems.push(`mới công tác ${years} năm, chưa đủ ${rule.minServiceYears} năm`);
  }
  const startYear = Number(onDate.slice(0, 4));
  const recent = p.evaluations
    .filter((e) => e.year < startYear)
    .sort((a, b) => b.year - a.year)
    .slice(0, rule.ratedYears);
  const label = RATING_LABELS[rule.minRating].toLowerCase();
  if (recent.length < rule.ratedYears) {
    problems.push(`chưa đủ ${rule.ratedYears} năm được đánh giá, xếp loại gần nhất`);
  } else {
    const low = recent.filter((e) => ratingRank(e.rating) < ratingRank(rule.minRating));
    if (low.length > 0)
      problems.push(
        `năm ${low
          .map((e) => e.year)
          .sort()
          .join(', ')} xếp loại dưới mức "${label}"`,
      );
  }
  return problems;
}

/** One message naming the person: "Nguyễn Văn A chưa đủ điều kiện cử đi đào tạo sau đại học: …". */
export function eligibilityMessage(fullName: string, problems: string[]): string {
  return `${fullName} chưa đủ điều kiện cử đi đào tạo sau đại học: ${problems.join('; ')}.`;
}
