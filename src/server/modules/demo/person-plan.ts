/**
 * One generated person with everything recorded about them. Each part draws from its own seeded
 * stream (person index × part), so a generator that needs only part of a person (the bulk loader
 * streams one table at a time) regenerates exactly the same values without the other parts.
 */
import type { CccdAllocator } from './cccd';
import { type EvaluationPlan, makeEvaluations, makeRewards, type RewardPlan } from './evaluations';
import { type Career, makeCareer } from './histories';
import { type Basics, makeBasics, makeParty, type PartyPlan, slotPost } from './people';
import { mixSeed, Rng } from './prng';
import { makeQualifications, type QualificationPlan } from './qualifications';
import type { Slot } from './slots';

export interface PersonPlan {
  slot: Slot;
  basics: Basics;
  career: Career;
  qualifications: QualificationPlan[];
  party: PartyPlan | null;
  evaluations: EvaluationPlan[];
  rewards: RewardPlan[];
}

enum Stream {
  Basics = 1,
  Career = 2,
  Qualifications = 3,
  Party = 4,
  Evaluations = 5,
  Rewards = 6,
}

const rngFor = (seed: number, index: number, stream: Stream) => new Rng(mixSeed(seed, index, stream));

/** What a caller needs; parts not asked for are left empty (and cost nothing). */
export interface PlanParts {
  qualifications?: boolean;
  evaluations?: boolean;
}

export function planPerson(seed: number, index: number, slot: Slot, parts: PlanParts = {}): PersonPlan {
  const basics = makeBasics(rngFor(seed, index, Stream.Basics), slot);
  const career = makeCareer(rngFor(seed, index, Stream.Career), slot, basics);
  const needQualifications = parts.qualifications ?? true;
  const needEvaluations = parts.evaluations ?? true;
  const qualifications = needQualifications
    ? makeQualifications(rngFor(seed, index, Stream.Qualifications), slot, basics, career)
    : [];
  const party = makeParty(rngFor(seed, index, Stream.Party), slot, basics, career.start);
  const evaluations = needEvaluations
    ? makeEvaluations(rngFor(seed, index, Stream.Evaluations), basics, career, slotPost(slot))
    : [];
  // Rewards read qualifications (good learners), so they come only with both parts.
  const rewards =
    needEvaluations && needQualifications
      ? makeRewards(rngFor(seed, index, Stream.Rewards), basics, evaluations, qualifications, party)
      : [];
  return { slot, basics, career, qualifications, party, evaluations, rewards };
}

/** The CCCD is allocated in person order (unique per bucket), so only the person pass asks for it. */
export function cccdOf(plan: PersonPlan, allocator: CccdAllocator): string {
  return allocator.next(plan.basics.cccdProvince, plan.basics.birthYear, plan.basics.gender);
}
