/**
 * The appointment gate (pure): may this person take this post in this unit on this date?
 * Every requirement of every set that applies must be met on the date — qualifications and the
 * appointment-only conditions (serving a full term before retirement age). A requirement still in
 * progress refuses too: the rule is "do not appoint anyone who has not been trained".
 * The reason list is open: the planning-pool rule (domain §8) adds its own code later.
 */
import { formatCivilDate } from '../catalog/dates';
import { describeRequirement, requirementStatus } from './evaluate';
import { type PositionFacts, setsFor } from './person';
import { retirementDate } from './retirement';
import type { LegalBasis, PersonFacts, StandardSet, UnitFacts } from './types';

export type AppointmentReasonCode = 'STANDARD_GAP' | 'STANDARD_IN_PROGRESS' | 'FULL_TERM' | 'PERSON_INACTIVE';

export interface AppointmentReason {
  code: AppointmentReasonCode | (string & {});
  message: string;
  requirement?: string;
  legalBasis?: LegalBasis;
}

export interface AppointmentCheck {
  allowed: boolean;
  reasons: AppointmentReason[];
  /** Not blocking: e.g. a requirement inside its grace period. */
  warnings: AppointmentReason[];
  standards: { code: string; name: string; legalBasis: LegalBasis }[];
}

export function legalBasisText(b: LegalBasis): string {
  return b.date ? `${b.number} ngày ${formatCivilDate(b.date)}` : b.number;
}

export function checkAppointment(
  sets: readonly StandardSet[],
  person: PersonFacts & { active: boolean },
  position: PositionFacts,
  unit: UnitFacts,
  date: string,
): AppointmentCheck {
  const reasons: AppointmentReason[] = [];
  const warnings: AppointmentReason[] = [];
  if (!person.active)
    reasons.push({
      code: 'PERSON_INACTIVE',
      message: 'Người này không còn đang công tác (đã nghỉ hưu, chuyển đi hoặc từ trần)',
    });
  const applicable = setsFor(sets, position, unit, date);
  for (const s of applicable) {
    const basis = legalBasisText(s.legalBasis);
    for (const r of s.requirements) {
      // The appointment date is the day the post is taken up: an onboarding window starts there.
      const st = requirementStatus(r, person, unit, date, date);
      if (st === 'met') continue;
      const requirement = describeRequirement(r);
      const common = { requirement, legalBasis: s.legalBasis };
      if (st === 'grace') {
        warnings.push({
          code: 'GRACE',
          message: `Đang trong thời gian chuyển tiếp: ${requirement} (căn cứ ${basis})`,
          ...common,
        });
      } else if (r.kind === 'fullTerm') {
        const retire = formatCivilDate(retirementDate(person.birthDate, person.gender));
        reasons.push({
          code: 'FULL_TERM',
          message: `Không đủ tuổi công tác trọn ${r.months} tháng: đến tuổi nghỉ hưu ngày ${retire} (căn cứ ${basis})`,
          ...common,
        });
      } else if (st === 'in_progress') {
        reasons.push({
          code: 'STANDARD_IN_PROGRESS',
          message: `Đang học, chưa hoàn thành: ${requirement} (căn cứ ${basis})`,
          ...common,
        });
      } else {
        reasons.push({
          code: 'STANDARD_GAP',
          message: `Chưa đạt: ${requirement} (căn cứ ${basis})`,
          ...common,
        });
      }
    }
  }
  return {
    allowed: reasons.length === 0,
    reasons,
    warnings,
    standards: applicable.map((s) => ({ code: s.code, name: s.name, legalBasis: s.legalBasis })),
  };
}
