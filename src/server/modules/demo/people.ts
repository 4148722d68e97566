/**
 * Who a generated person is: gender, birth date, ethnicity, name, category, hometown and party
 * membership. Ages and women's shares depend on the post (commune chairs are older and mostly
 * men; teachers mostly women), and nobody active is past retirement age on the data date.
 */
import { CCCD_PROVINCE_CODES } from '../../../core/catalog/cccd';
import type { Gender, PersonCategory, PersonStatus } from '../../../core/catalog/enums';
import { addMonths, addYears, DATA_AS_OF, type Day, dayOf, yearOf } from './days';
import { communeWorkerEthnicity, provinceWorkerEthnicity } from './ethnic';
import { makeName, type PersonName, styleOf } from './names';
import type { PostCode } from './posts';
import type { Rng } from './prng';
import type { Slot } from './slots';
import type { UnitNode } from './units';

export interface Basics {
  gender: Gender;
  birth: Day;
  birthYear: number;
  ethnicity: string;
  name: PersonName;
  religion: string | null;
  hometown: string;
  category: PersonCategory;
  status: PersonStatus;
  /** Day they left (retired or moved out), null while active. */
  leftOn: Day | null;
  cmnd: string | null;
  /** Province code of the CCCD: where the birth was registered, mostly this province. */
  cccdProvince: string;
}

export function slotPost(slot: Slot): PostCode {
  return slot.type === 'psu' ? 'VIEN_CHUC' : slot.post;
}

/** Share of women and age range (on the data date) by post. */
function profileOf(slot: Slot): { women: number; minAge: number; maxAge: number } {
  const post = slotPost(slot);
  switch (post) {
    case 'XA_BT':
    case 'XA_CT_UBND':
      return { women: 0.12, minAge: 38, maxAge: 58 };
    case 'XA_PBT':
    case 'XA_CT_HDND':
    case 'XA_PCT_HDND':
    case 'XA_PCT_UBND':
      return { women: 0.25, minAge: 33, maxAge: 58 };
    case 'XA_CT_MTTQ':
      return { women: 0.35, minAge: 36, maxAge: 58 };
    case 'XA_TRUONG_PHONG':
    case 'XA_PHO_PHONG':
      return { women: 0.4, minAge: 29, maxAge: 56 };
    case 'TINH_GD_SO':
      return { women: 0.15, minAge: 44, maxAge: 59 };
    case 'TINH_PGD_SO':
      return { women: 0.25, minAge: 39, maxAge: 59 };
    case 'TINH_TRUONG_PHONG':
      return { women: 0.35, minAge: 34, maxAge: 58 };
    case 'TINH_PHO_PHONG':
      return { women: 0.45, minAge: 30, maxAge: 56 };
    case 'VIEN_CHUC': {
      const sector = slot.type === 'psu' ? slot.psu.sector : 'other';
      return {
        women: sector === 'education' ? 0.72 : sector === 'health' ? 0.65 : 0.5,
        minAge: 23,
        maxAge: 59,
      };
    }
    default:
      return { women: 0.55, minAge: 23, maxAge: 58 };
  }
}

function categoryOf(post: PostCode): PersonCategory {
  if (post === 'VIEN_CHUC') return 'vien_chuc';
  if (
    post.startsWith('XA_') &&
    !post.startsWith('XA_CC_') &&
    post !== 'XA_TRUONG_PHONG' &&
    post !== 'XA_PHO_PHONG'
  ) {
    return 'can_bo';
  }
  return 'cong_chuc';
}

function religionOf(rng: Rng, ethnicity: string): string {
  const u = rng.next();
  if (ethnicity === 'Mông' && u < 0.08) return 'Tin lành';
  if (u < 0.04) return 'Phật giáo';
  if (u < 0.05) return 'Công giáo';
  return 'Không';
}

function ethnicityFor(rng: Rng, slot: Slot): string {
  const region = slot.province.ethnicMix;
  if (slot.type === 'commune') return communeWorkerEthnicity(rng, slot.commune.dominantEthnicity, region);
  if (slot.type === 'psu' && slot.psu.commune) {
    return communeWorkerEthnicity(rng, slot.psu.commune.dominantEthnicity, region);
  }
  return provinceWorkerEthnicity(rng, region);
}

function homeUnit(rng: Rng, slot: Slot): UnitNode {
  if (slot.type === 'commune' && rng.chance(0.7)) return slot.commune.unit;
  if (slot.type === 'psu' && slot.psu.commune && rng.chance(0.6)) return slot.psu.commune.unit;
  return rng.pick(slot.province.communes).unit;
}

export function makeBasics(rng: Rng, slot: Slot): Basics {
  const post = slotPost(slot);
  const profile = profileOf(slot);
  const fixed = slot.fixed;
  const gender: Gender = fixed?.gender ?? (rng.chance(profile.women) ? 'female' : 'male');
  const asOfYear = yearOf(DATA_AS_OF);
  let birthYear: number;
  if (fixed) {
    birthYear = fixed.birthYear;
  } else if (slot.leave === 'retired') {
    // Retired at 60–62 (men) or 55–57 (women), some time in the last three years.
    birthYear = asOfYear - (gender === 'male' ? rng.int(61, 63) : rng.int(56, 58));
  } else {
    // Younger ages are commoner among staff; the square skews towards the lower bound.
    const maxAge = Math.min(profile.maxAge, gender === 'male' ? 59 : 55);
    const u =
      post === 'VIEN_CHUC' || post.endsWith('CONG_CHUC') || post.startsWith('XA_CC_')
        ? rng.next() ** 1.4
        : rng.next();
    birthYear = asOfYear - (profile.minAge + Math.floor(u * (maxAge - profile.minAge + 1)));
  }
  const birth = dayOf(birthYear, 1, 1) + rng.int(0, 364);
  const ethnicity = fixed?.ethnicity ?? ethnicityFor(rng, slot);
  const name = fixed
    ? (() => {
        const [family = '', middle = '', ...rest] = fixed.fullName.split(' ');
        return { family, middle, given: rest.join(' '), full: fixed.fullName };
      })()
    : makeName(rng, styleOf(ethnicity, slot.province.southern), gender);
  let status: PersonStatus = 'active';
  let leftOn: Day | null = null;
  if (slot.leave === 'retired') {
    status = 'retired';
    const months = gender === 'male' ? rng.int(726, 732) : rng.int(666, 672);
    leftOn = Math.min(addMonths(birth, months), DATA_AS_OF - 30);
  } else if (slot.leave === 'moved_out') {
    status = 'moved_out';
    leftOn = DATA_AS_OF - rng.int(30, 900);
  }
  const home = homeUnit(rng, slot);
  return {
    gender,
    birth,
    birthYear,
    ethnicity,
    name,
    religion: religionOf(rng, ethnicity),
    hometown: `${home.name}, ${slot.province.unit.name}`,
    category: categoryOf(post),
    status,
    leftOn,
    cmnd: birthYear < 1992 && rng.chance(0.4) ? rng.digits(9) : null,
    cccdProvince: rng.chance(0.88) ? rng.pick(slot.province.cccdCodes) : rng.pick(CCCD_PROVINCE_CODES),
  };
}

export interface PartyPlan {
  join: Day;
  official: Day | null;
  unit: UnitNode;
}

/** Share of party members by post: every key cadre, most leaders, fewer staff and public employees. */
function partyShare(post: PostCode): number {
  if (post.startsWith('XA_CC_')) return 0.65;
  if (post === 'TINH_CONG_CHUC') return 0.6;
  if (post === 'VIEN_CHUC') return 0.3;
  if (post === 'XA_PHO_PHONG' || post === 'TINH_PHO_PHONG') return 0.9;
  return 1;
}

export function partyUnitOf(slot: Slot): UnitNode {
  if (slot.type === 'commune') return slot.commune.partyUnit;
  if (slot.type === 'agency') return slot.agency.partyUnit;
  return slot.psu.partyUnit;
}

/**
 * Membership: admitted (dự bị) some years into work, official after 12 months. Leaders joined
 * early, within about ten years of starting work, well before they took a leading post.
 */
export function makeParty(rng: Rng, slot: Slot, basics: Basics, careerStart: Day): PartyPlan | null {
  const share = partyShare(slotPost(slot));
  if (!rng.chance(share)) return null;
  const earliest = Math.max(addYears(basics.birth, 20), careerStart - 365 * 2);
  const latest = Math.min(basics.leftOn ?? DATA_AS_OF, DATA_AS_OF) - 60;
  if (latest <= earliest) return null;
  const span = share === 1 ? Math.min(latest - earliest, 365 * 10) : latest - earliest;
  const join = earliest + Math.floor(rng.next() ** (share === 1 ? 2.5 : 1.8) * span);
  const official = addYears(join, 1) <= DATA_AS_OF ? addYears(join, 1) : null;
  return { join, official, unit: partyUnitOf(slot) };
}
