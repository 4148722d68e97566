/**
 * The bulk loader's fast path for person's derived columns: it knows each person's whole history
 * while generating them, so it computes the same values `recomputePersonDerived` would — same
 * rules, same tie-breaks — and writes them with the person row, instead of updating two million
 * rows afterwards. A test compares both on a generated dataset.
 */
import { DIMENSIONS, levelRank } from '../../../core/catalog/levels';
import type { Day } from './days';
import type { AssignmentPlan } from './histories';
import type { PersonPlan } from './person-plan';
import type { PostInfo } from './posts';
import type { UnitNode } from './units';

export interface Derived {
  unit: UnitNode | null;
  post: PostInfo | null;
  /** The primary assignment is valid today (not only the last one held). */
  assigned: boolean;
  /** Highest completed rank per dimension, in DIMENSIONS order; null = none. */
  ranks: (number | null)[];
}

const overlapping = (kind: string) => kind === 'concurrent' || kind === 'secondment';

/**
 * Same order as the SQL: valid today first, then a non-overlapping kind, then the latest start,
 * then the latest record (ids follow the plan's order). A person with nothing valid today keeps
 * the unit they left.
 */
export function derive(plan: PersonPlan, posts: Map<string, PostInfo>, today: Day): Derived {
  let best: AssignmentPlan | null = null;
  let bestValid = false;
  for (const a of plan.career.assignments) {
    const valid = a.from <= today && (a.to === null || a.to > today);
    if (best === null || better(a, valid, best, bestValid)) {
      best = a;
      bestValid = valid;
    }
  }
  const ranks: (number | null)[] = DIMENSIONS.map(() => null);
  for (const q of plan.qualifications) {
    if (q.status !== 'completed' || (q.end !== null && q.end > today)) continue;
    const i = DIMENSIONS.indexOf(q.dimension);
    const rank = levelRank(q.dimension, q.level);
    const have = ranks[i];
    if (have === null || have === undefined || rank > have) ranks[i] = rank;
  }
  return {
    unit: best?.unit ?? null,
    post: best ? (posts.get(best.post) ?? null) : null,
    assigned: bestValid,
    ranks,
  };
}

/** Whether `a` (later in the plan than `b`) sorts before `b`; ties go to the later record. */
function better(a: AssignmentPlan, aValid: boolean, b: AssignmentPlan, bValid: boolean): boolean {
  if (aValid !== bValid) return aValid;
  const ao = overlapping(a.kind);
  const bo = overlapping(b.kind);
  if (ao !== bo) return !ao;
  return a.from >= b.from;
}
