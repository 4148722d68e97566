/**
 * Yearly ratings 2021–2025 (domain §7), rewards and a few disciplines. A person has a steady
 * "form" so ratings correlate over the years: most "hoàn thành tốt", some "xuất sắc", a few
 * "không hoàn thành" — and those few are the ones disciplined. Good learners are rewarded and
 * people who refused a nomination to study are disciplined (seed 003).
 */
import type { Rating } from '../../../core/catalog/enums';
import { addMonths, addYears, DATA_AS_OF, type Day, dayOf, yearOf } from './days';
import type { Career } from './histories';
import type { Basics, PartyPlan } from './people';
import { isCommuneKeyPost, type PostCode } from './posts';
import { type Rng, Table, weights } from './prng';
import type { QualificationPlan } from './qualifications';

export interface EvaluationPlan {
  year: number;
  rating: Rating;
}

export interface RewardPlan {
  type: 'reward' | 'discipline';
  authority: 'state' | 'party';
  form: string;
  decisionNo: string;
  decision: Day;
  reason: string;
  /** Discipline: end of its effect on planning (24/36/60 months, domain §8). */
  effectiveTo: Day | null;
}

export const FIRST_RATED_YEAR = 2021;
export const LAST_RATED_YEAR = 2025;

const FORMS = {
  strong: weights({ excellent: 30, good: 66, completed: 4 }),
  usual: weights({ excellent: 10, good: 74, completed: 15, not_completed: 1 }),
  weak: weights({ excellent: 2, good: 52, completed: 40, not_completed: 6 }),
};
const FORM_OF_PERSON = weights({ strong: 18, usual: 74, weak: 8 });

export function makeEvaluations(rng: Rng, basics: Basics, career: Career, post: PostCode): EvaluationPlan[] {
  // Leaders are rated a little higher on average (they were chosen for it).
  const form =
    isCommuneKeyPost(post) || post.startsWith('TINH_')
      ? rng.chance(0.3)
        ? 'strong'
        : 'usual'
      : rng.from(FORM_OF_PERSON);
  const out: EvaluationPlan[] = [];
  for (let year = FIRST_RATED_YEAR; year <= LAST_RATED_YEAR; year++) {
    // Rated for a year when at work for at least six months of it and still there at its end.
    if (career.start > dayOf(year, 7, 1)) continue;
    if (basics.leftOn !== null && basics.leftOn < dayOf(year, 12, 15)) continue;
    if (dayOf(year, 12, 15) > DATA_AS_OF) continue;
    out.push({ year, rating: rng.from(FORMS[form]) });
  }
  return out;
}

/** Discipline form, months its effect on planning lasts (domain §8), and how common it is. */
const DISCIPLINE = new Table<readonly [string, number]>([
  [['Khiển trách', 24], 65],
  [['Cảnh cáo', 36], 30],
  [['Cách chức', 60], 5],
]);

export function makeRewards(
  rng: Rng,
  basics: Basics,
  evaluations: EvaluationPlan[],
  qualifications: QualificationPlan[],
  party: PartyPlan | null,
): RewardPlan[] {
  const out: RewardPlan[] = [];
  const decided = (year: number) => dayOf(year + 1, 1, 10) + rng.int(0, 70);
  let streak = 0;
  for (const e of evaluations) {
    streak = e.rating === 'excellent' ? streak + 1 : 0;
    if (e.rating === 'excellent' && rng.chance(0.35)) {
      out.push({
        type: 'reward',
        authority: 'state',
        form: streak >= 2 && rng.chance(0.5) ? 'Chiến sĩ thi đua cơ sở' : 'Giấy khen',
        decisionNo: `${rng.int(1, 999)}/QĐ-UBND`,
        decision: decided(e.year),
        reason: `Hoàn thành xuất sắc nhiệm vụ năm ${e.year}`,
        effectiveTo: null,
      });
    }
    if (e.rating === 'not_completed' && rng.chance(0.15)) {
      const [form, months] = rng.from(DISCIPLINE);
      const decision = decided(e.year);
      out.push({
        type: 'discipline',
        authority: rng.chance(0.3) ? 'party' : 'state',
        form,
        decisionNo: `${rng.int(1, 999)}/QĐ-KL`,
        decision,
        reason: `Vi phạm trong thực hiện nhiệm vụ năm ${e.year}`,
        effectiveTo: addMonths(decision, months),
      });
    }
  }
  // Good learners (seed 003: "khen thưởng … những CBCC tích cực học tập, đạt kết quả tốt").
  const llct = qualifications.find(
    (q) => q.dimension === 'politicalTheory' && q.status === 'completed' && q.end !== null,
  );
  if (llct?.end && yearOf(llct.end) >= 2018 && rng.chance(0.06)) {
    out.push({
      type: 'reward',
      authority: 'party',
      form: 'Giấy khen',
      decisionNo: `${rng.int(1, 999)}-QĐ/TCT`,
      decision: llct.end + rng.int(5, 30),
      reason: 'Học viên có thành tích học tập xuất sắc',
      effectiveTo: null,
    });
  }
  // "Nghiêm khắc xử lý những CBCC không chấp hành quyết định cử đi học" (seed 003).
  if (rng.chance(0.002)) {
    const decision = DATA_AS_OF - rng.int(60, 1200);
    out.push({
      type: 'discipline',
      authority: 'state',
      form: 'Khiển trách',
      decisionNo: `${rng.int(1, 999)}/QĐ-KL`,
      decision,
      reason: 'Không chấp hành quyết định cử đi học',
      effectiveTo: addMonths(decision, 24),
    });
  }
  if (party && addYears(party.join, 30) <= DATA_AS_OF && rng.chance(0.8)) {
    // Awarded on 3 February or 2 September after the 30th anniversary of admission.
    const due = addYears(party.join, 30);
    const year = yearOf(due);
    const candidates = [dayOf(year, 2, 3), dayOf(year, 9, 2), dayOf(year + 1, 2, 3)].filter((d) => d >= due);
    const decision = candidates[0] ?? dayOf(year + 1, 2, 3);
    if (decision <= DATA_AS_OF) {
      out.push({
        type: 'reward',
        authority: 'party',
        form: 'Huy hiệu 30 năm tuổi Đảng',
        decisionNo: `${rng.int(1, 999)}-QĐ/TU`,
        decision,
        reason: 'Đủ 30 năm tuổi Đảng',
        effectiveTo: null,
      });
    }
  }
  if (rng.chance(0.02) && basics.status === 'active') {
    out.push({
      type: 'reward',
      authority: 'state',
      form: 'Bằng khen của Chủ tịch UBND tỉnh',
      decisionNo: `${rng.int(1, 999)}/QĐ-UBND`,
      decision: DATA_AS_OF - rng.int(30, 1500),
      reason: 'Có thành tích xuất sắc trong công tác',
      effectiveTo: null,
    });
  }
  return out;
}
