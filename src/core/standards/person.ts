/**
 * A person's compliance on a date across every post they hold (pure; the server's materialised
 * rows, the as-of reports and the person page all call this, so they cannot disagree).
 *
 * Counting rule (contracts §6 counts distinct persons): a person holding several posts with a
 * standard is `gap` if any post has a gap, else `in_progress` if any is in progress, else `meets`;
 * they are counted once, in the unit of their *home* post — the same primary-assignment order as
 * the person's derived current unit (a non-overlapping kind before concurrent posts and
 * secondments, then the latest start, then the latest record).
 */

import { evaluate } from './evaluate';
import { addMonths } from './retirement';
import type { ComplianceStatus, Gap, PersonFacts, StandardSet, UnitFacts } from './types';

export interface PositionFacts {
  /** Database id where known (the server stores it with the materialised row). */
  id?: number;
  code: string;
  group: string;
  keyCadre: boolean;
}

export interface Holding {
  assignmentId: number;
  kind: string;
  validFrom: string;
  /** Exclusive; null = open. */
  validTo: string | null;
  position: PositionFacts;
  unit: UnitFacts & { id: number };
}

export interface PostCompliance {
  assignmentId: number;
  position: PositionFacts;
  unitId: number;
  status: ComplianceStatus;
  gaps: Gap[];
  versionIds: number[];
}

export interface PersonCompliance {
  status: ComplianceStatus;
  /** The holding the person is counted under. */
  home: PostCompliance;
  posts: PostCompliance[];
}

const OVERLAPPING = new Set(['concurrent', 'secondment']);
const RANK: Record<ComplianceStatus, number> = { meets: 0, in_progress: 1, gap: 2 };

export function worse(a: ComplianceStatus, b: ComplianceStatus): ComplianceStatus {
  return RANK[a] >= RANK[b] ? a : b;
}

const activeOn = (h: { validFrom: string; validTo: string | null }, date: string) =>
  h.validFrom <= date && (h.validTo === null || h.validTo > date);

/** Whether a set version applies to a post in a unit (ignoring dates). */
export function setApplies(set: StandardSet, position: PositionFacts, unit: UnitFacts): boolean {
  const a = set.appliesTo;
  const post = a.positions.includes(position.code) || (a.groups ?? []).includes(position.group);
  if (!post) return false;
  if (a.unitKinds?.length && !(unit.kind && a.unitKinds.includes(unit.kind))) return false;
  if (a.areaClasses?.length && !(unit.areaClass && a.areaClasses.includes(unit.areaClass))) return false;
  return true;
}

/** Every set version in force on the date that applies to the post in the unit. */
export function setsFor(
  sets: readonly StandardSet[],
  position: PositionFacts,
  unit: UnitFacts,
  date: string,
): StandardSet[] {
  return sets.filter((s) => activeOn(s, date) && setApplies(s, position, unit));
}

/** Primary-assignment order (mirrors server/modules/people/derived.ts). */
function homeOrder(a: Holding, b: Holding): number {
  const ao = OVERLAPPING.has(a.kind) ? 1 : 0;
  const bo = OVERLAPPING.has(b.kind) ? 1 : 0;
  if (ao !== bo) return ao - bo;
  if (a.validFrom !== b.validFrom) return a.validFrom > b.validFrom ? -1 : 1;
  return b.assignmentId - a.assignmentId;
}

/**
 * When the person took up the post of `h`: its start, carried back over earlier holdings of the
 * same post that run into it without a break (a merger ends an assignment and continues it in
 * the successor on the same day; that does not restart an onboarding window).
 */
export function postStart(holdings: readonly Holding[], h: Holding): string {
  let start = h.validFrom;
  for (;;) {
    const before = holdings.find(
      (o) => o.position.code === h.position.code && o.validTo === start && o.validFrom < start,
    );
    if (!before) return start;
    start = before.validFrom;
  }
}

/** Evaluates one post against all the sets that apply to it; null when none applies. */
export function postCompliance(
  sets: readonly StandardSet[],
  person: PersonFacts,
  h: Holding,
  date: string,
  since: string = h.validFrom,
): PostCompliance | null {
  const applicable = setsFor(sets, h.position, h.unit, date);
  if (applicable.length === 0) return null;
  let status: ComplianceStatus = 'meets';
  const gaps: Gap[] = [];
  for (const s of applicable) {
    const e = evaluate(s, person, h.unit, date, since);
    status = worse(status, e.status);
    gaps.push(...e.gaps);
  }
  return {
    assignmentId: h.assignmentId,
    position: h.position,
    unitId: h.unit.id,
    status,
    gaps,
    versionIds: applicable.map((s) => s.versionId ?? 0),
  };
}

export function personCompliance(
  sets: readonly StandardSet[],
  person: PersonFacts,
  holdings: readonly Holding[],
  date: string,
): PersonCompliance | null {
  const held = holdings.filter((h) => activeOn(h, date)).sort(homeOrder);
  const posts: PostCompliance[] = [];
  for (const h of held) {
    const c = postCompliance(sets, person, h, date, postStart(holdings, h));
    if (c) posts.push(c);
  }
  const home = posts[0];
  if (!home) return null;
  return { status: posts.reduce<ComplianceStatus>((s, p) => worse(s, p.status), 'meets'), home, posts };
}

/**
 * The first date after `date` on which this person's evaluation can change without anyone
 * editing anything: a set version starting or ending, a grace period ending, a qualification's
 * end date arriving, an assignment starting or ending. Null = never by itself.
 * The nightly refresh re-evaluates people whose date has come.
 */
export function nextChange(
  sets: readonly StandardSet[],
  person: PersonFacts,
  holdings: readonly Holding[],
  date: string,
): string | null {
  let next: string | null = null;
  const consider = (d: string | null | undefined) => {
    if (d && d > date && (next === null || d < next)) next = d;
  };
  for (const h of holdings) {
    if (h.validTo !== null && h.validTo <= date) continue;
    consider(h.validFrom);
    consider(h.validTo);
    for (const s of sets) {
      if (!setApplies(s, h.position, h.unit)) continue;
      consider(s.validFrom);
      consider(s.validTo);
      for (const r of s.requirements) {
        const options = r.kind === 'anyOf' ? r.options : [r];
        for (const o of options) {
          if (o.kind === 'level' && o.graceMonths) consider(addMonths(h.unit.validFrom, o.graceMonths));
          if (o.kind === 'level' && o.withinMonthsOfAppointment)
            consider(addMonths(postStart(holdings, h), o.withinMonthsOfAppointment));
          if (o.kind === 'serviceYears' && person.serviceStart)
            consider(addMonths(person.serviceStart, o.minYears * 12));
        }
      }
    }
  }
  for (const q of person.qualifications) {
    consider(q.startDate);
    consider(q.endDate);
  }
  return next;
}
