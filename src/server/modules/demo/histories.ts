/**
 * Work histories (quá trình công tác) that lead to a person's post today. They carry what the
 * seeds and domain §9 describe: careers that climb a ladder, district cadres rotated to communes
 * (luân chuyển), secondments with an end date (biệt phái), concurrent posts (kiêm nhiệm), and the
 * 1 July 2025 reform — district posts and former communes end on 30/06/2025 (valid_to 2025-07-01,
 * exclusive) and continue the next day in the new commune or agency (kind 'transfer').
 */
import type { AssignmentKind } from '../../../core/catalog/enums';
import { addYears, DATA_AS_OF, type Day, dayOf, REFORM_DAY } from './days';
import type { CommuneCtx } from './model';
import type { Basics } from './people';
import {
  COMMUNE_STAFF_POSTS,
  type CommunePost,
  type CommuneStaffPost,
  type DistrictPost,
  type PostCode,
  type ProvincePost,
} from './posts';
import type { Rng } from './prng';
import type { AgencySlot, CommuneOrigin, CommuneSlot, PsuSlot, Slot } from './slots';
import type { UnitNode } from './units';

export interface AssignmentPlan {
  unit: UnitNode;
  post: PostCode;
  kind: AssignmentKind;
  from: Day;
  /** Exclusive end; null = still holds it. */
  to: Day | null;
  decisionNo: string | null;
  decisionDate: Day | null;
  note: string | null;
}

export interface Career {
  start: Day;
  assignments: AssignmentPlan[];
}

const TRANSFER_NOTE = 'Sắp xếp đơn vị hành chính, chính quyền địa phương hai cấp từ 01/7/2025';

/** Who signs the decision, by post and period (Huyện ủy before the reform, Tỉnh ủy after…). */
function issuer(post: PostCode, kind: AssignmentKind, from: Day): string {
  const beforeReform = from < REFORM_DAY;
  if (kind === 'rotation') return '-QĐ/TU';
  if (post === 'XA_BT' || post === 'XA_PBT') return beforeReform ? '-QĐ/HU' : '-QĐ/TU';
  if (post === 'HUYEN_BT' || post === 'HUYEN_PBT') return '-QĐ/TU';
  if (kind === 'election') return '/NQ-HĐND';
  if (post === 'XA_CT_MTTQ') return '/QĐ-MTTQ';
  if (post === 'TINH_CONG_CHUC' && kind === 'recruitment') return '/QĐ-SNV';
  return '/QĐ-UBND';
}

class Timeline {
  readonly list: AssignmentPlan[] = [];

  constructor(private readonly rng: Rng) {}

  add(
    unit: UnitNode,
    post: PostCode,
    kind: AssignmentKind,
    from: Day,
    to: Day | null,
    note: string | null = null,
  ) {
    if (to !== null && to <= from) return;
    const n = this.rng.int(1, 1999);
    const decisionDate = from - this.rng.int(3, 25);
    this.list.push({
      unit,
      post,
      kind,
      from,
      to,
      decisionNo: `${n}${issuer(post, kind, from)}`,
      decisionDate,
      note,
    });
  }

  /** Ends every open assignment on `day` (retirement, leaving the province). */
  cut(day: Day): void {
    for (let i = this.list.length - 1; i >= 0; i--) {
      const a = this.list[i];
      if (!a) continue;
      if (a.from >= day) this.list.splice(i, 1);
      else if (a.to === null || a.to > day) a.to = day;
    }
  }
}

/**
 * `count` increasing days in [from, to): the first is `from`, the others spread over the span
 * with some jitter, at least a month apart.
 */
function ladderDays(rng: Rng, from: Day, to: Day, count: number): Day[] {
  const days = [from];
  const span = to - from;
  for (let i = 1; i < count; i++) {
    const f = (i - 0.35 + rng.next() * 0.6) / count;
    const prev = days[i - 1] ?? from;
    days.push(Math.max(prev + 30, from + Math.floor(span * f)));
  }
  return days.filter((d) => d < to);
}

/** Posts held one after another in `unitOf(i)`, the last ending at `end` (null = open). */
function climb(
  t: Timeline,
  rng: Rng,
  posts: PostCode[],
  unitOf: (i: number) => UnitNode,
  from: Day,
  end: Day | null,
  firstKind: AssignmentKind,
  noteOf: (i: number) => string | null = () => null,
): void {
  const until = end ?? DATA_AS_OF - rng.int(20, 400);
  const days = ladderDays(rng, from, Math.max(until, from + 1), posts.length);
  // When time is short the first posts of the ladder are skipped, never the last.
  const offset = posts.length - days.length;
  days.forEach((d, i) => {
    const post = posts[i + offset];
    if (!post) return;
    const next = days[i + 1];
    const kind: AssignmentKind = i === 0 ? firstKind : electedPost(post) ? 'election' : 'appointment';
    t.add(unitOf(i + offset), post, kind, d, next ?? end, noteOf(i + offset));
  });
}

function electedPost(post: PostCode): boolean {
  return [
    'XA_BT',
    'XA_PBT',
    'XA_CT_HDND',
    'XA_PCT_HDND',
    'XA_CT_UBND',
    'XA_CT_MTTQ',
    'HUYEN_BT',
    'HUYEN_PBT',
    'HUYEN_CT_UBND',
  ].includes(post);
}

/** Age 21–28 at recruitment, some time before the data date (or before they left), never under 18. */
function careerStart(rng: Rng, basics: Basics): Day {
  const start = addYears(basics.birth, 21 + rng.next() * rng.next() * 7) + rng.int(0, 120);
  const latest = basics.leftOn === null ? DATA_AS_OF - rng.int(60, 400) : basics.leftOn - rng.int(200, 700);
  return Math.max(Math.min(start, latest), addYears(basics.birth, 18) + 30);
}

function staffPostFor(rng: Rng, post: CommunePost): CommuneStaffPost {
  if ((COMMUNE_STAFF_POSTS as readonly string[]).includes(post)) return post as CommuneStaffPost;
  return rng.pick(COMMUNE_STAFF_POSTS);
}

function chooseOrigin(rng: Rng, post: CommunePost): CommuneOrigin {
  const u = rng.next();
  if (post === 'XA_BT' || post === 'XA_CT_UBND')
    return u < 0.45 ? 'district' : u < 0.85 ? 'local' : 'province';
  if (post.startsWith('XA_CC_')) return u < 0.15 ? 'district' : 'local';
  if (post === 'XA_TRUONG_PHONG' || post === 'XA_PHO_PHONG') return u < 0.4 ? 'district' : 'local';
  return u < 0.3 ? 'district' : u < 0.9 ? 'local' : 'province';
}

/** Posts a local cadre held in the former commune before taking `post` in the new one. */
function localLadder(rng: Rng, post: CommunePost, staff: CommuneStaffPost): CommunePost[] {
  switch (post) {
    case 'XA_BT':
      return [staff, 'XA_PCT_UBND', rng.chance(0.5) ? 'XA_CT_UBND' : 'XA_PBT', 'XA_BT'];
    case 'XA_CT_UBND':
      return [staff, 'XA_PCT_UBND', 'XA_CT_UBND'];
    case 'XA_PBT':
      return [
        staff,
        rng.chance(0.5) ? 'XA_PCT_HDND' : 'XA_PCT_UBND',
        rng.chance(0.5) ? 'XA_CT_HDND' : 'XA_PBT',
      ];
    case 'XA_PCT_HDND':
    case 'XA_PCT_UBND':
    case 'XA_CT_MTTQ':
    case 'XA_CT_HDND':
      return [staff, post];
    default:
      return [staff];
  }
}

function districtLadder(rng: Rng, post: CommunePost): DistrictPost[] {
  switch (post) {
    case 'XA_BT':
      return [
        'HUYEN_CONG_CHUC',
        'HUYEN_PHO_PHONG',
        'HUYEN_TRUONG_PHONG',
        rng.chance(0.5) ? 'HUYEN_PCT_UBND' : 'HUYEN_PBT',
      ];
    case 'XA_CT_UBND':
      return [
        'HUYEN_CONG_CHUC',
        'HUYEN_PHO_PHONG',
        'HUYEN_TRUONG_PHONG',
        ...(rng.chance(0.4) ? (['HUYEN_PCT_UBND'] as const) : []),
      ];
    case 'XA_TRUONG_PHONG':
      return [
        'HUYEN_CONG_CHUC',
        'HUYEN_PHO_PHONG',
        ...(rng.chance(0.4) ? (['HUYEN_TRUONG_PHONG'] as const) : []),
      ];
    case 'XA_PHO_PHONG':
      return ['HUYEN_CONG_CHUC', ...(rng.chance(0.5) ? (['HUYEN_PHO_PHONG'] as const) : [])];
    default:
      return post.startsWith('XA_CC_')
        ? ['HUYEN_CONG_CHUC']
        : [
            'HUYEN_CONG_CHUC',
            'HUYEN_PHO_PHONG',
            ...(rng.chance(0.5) ? (['HUYEN_TRUONG_PHONG'] as const) : []),
          ];
  }
}

function communeCareer(rng: Rng, slot: CommuneSlot, start: Day): Timeline {
  const t = new Timeline(rng);
  const c = slot.commune;
  const post = slot.post;
  const unchanged = c.unit.validFrom < REFORM_DAY;
  let origin = slot.origin ?? chooseOrigin(rng, post);
  if (start >= REFORM_DAY - 180) origin = post.startsWith('XA_CC_') ? 'recent' : 'province';
  const note = slot.division;
  // Start of today's post: the reform day for those who came with it, later for some.
  const takeOver = Math.max(REFORM_DAY, start);

  switch (origin) {
    case 'recent':
      t.add(c.unit, post, 'recruitment', Math.max(start, c.unit.validFrom), null, note);
      break;
    case 'local': {
      const former = rng.pick(c.predecessors);
      const staff = staffPostFor(rng, post);
      const ladder = localLadder(rng, post, staff);
      const last = ladder[ladder.length - 1];
      if (unchanged && former === c.unit && last === post) {
        // Same post in the same commune before and after the reform: one continuous assignment.
        climb(
          t,
          rng,
          ladder,
          () => c.unit,
          start,
          null,
          'recruitment',
          (i) => (i === ladder.length - 1 ? note : null),
        );
      } else {
        climb(t, rng, ladder, () => former, start, REFORM_DAY, 'recruitment');
        // A kept commune's own cadre changing post is appointed or elected, not transferred; the
        // others continue in the successor as the org service's merger writes it.
        const kind: AssignmentKind =
          former !== c.unit ? 'transfer' : electedPost(post) ? 'election' : 'appointment';
        const mergeNote = `Sáp nhập ${former.name} vào ${c.unit.name}`;
        t.add(c.unit, post, kind, REFORM_DAY, null, kind === 'transfer' ? (note ?? mergeNote) : note);
      }
      break;
    }
    case 'district': {
      const district = rng.pick(c.districts);
      let from = start;
      if (rng.chance(0.3) && REFORM_DAY - start > 365 * 8) {
        // Began as a commune civil servant, then moved up to the district.
        const moved = start + rng.int(365 * 2, 365 * 6);
        t.add(rng.pick(c.predecessors), staffPostFor(rng, post), 'recruitment', start, moved);
        from = moved;
      }
      const ladder = districtLadder(rng, post);
      climb(t, rng, ladder, () => district, from, REFORM_DAY, from === start ? 'recruitment' : 'transfer');
      if (ladder.length >= 3 && rng.chance(0.3)) addPastRotation(rng, t, district, c);
      if (rng.chance(0.1)) addPastSecondment(rng, t, district, c);
      t.add(c.unit, post, 'transfer', REFORM_DAY, null, note ?? TRANSFER_NOTE);
      break;
    }
    case 'province': {
      const agency = rng.pick(slot.province.agencies);
      const division = agency.divisions.length ? rng.pick(agency.divisions) : agency.unit;
      const rotatedOn = Math.min(takeOver + (rng.chance(0.5) ? 0 : rng.int(0, 300)), DATA_AS_OF - 30);
      climb(
        t,
        rng,
        ['TINH_CONG_CHUC', 'TINH_PHO_PHONG', ...(rng.chance(0.5) ? (['TINH_TRUONG_PHONG'] as const) : [])],
        () => division,
        start,
        rotatedOn,
        'recruitment',
      );
      t.add(c.unit, post, 'rotation', rotatedOn, null, `Luân chuyển từ ${agency.unit.name}`);
      break;
    }
  }
  const current = t.list.find((a) => a.unit === c.unit && a.post === post && a.to === null);
  for (const extra of slot.concurrent) {
    t.add(c.unit, extra, 'concurrent', Math.max(current?.from ?? takeOver, REFORM_DAY), null, 'Kiêm nhiệm');
  }
  return t;
}

/**
 * A district cadre sent to lead a weak commune for 2–3 years (seed 004: "luân chuyển cán bộ cấp
 * huyện về giữ chức danh chủ chốt ở những xã có mặt hạn chế"), then back to the district.
 * The district post in between is cut around it so the person holds one main post at a time.
 */
function addPastRotation(rng: Rng, t: Timeline, district: UnitNode, c: CommuneCtx): void {
  const from = REFORM_DAY - rng.int(365 * 4, 365 * 9);
  const to = from + rng.int(365 * 2, 365 * 3);
  const holder = t.list.find((a) => a.unit === district && a.from < from && (a.to ?? DATA_AS_OF) > to);
  if (!holder || holder.to === null) return;
  const resumeTo = holder.to;
  holder.to = from;
  const commune = rng.pick(c.predecessors);
  t.add(
    commune,
    rng.chance(0.6) ? 'XA_CT_UBND' : 'XA_BT',
    'rotation',
    from,
    to,
    `Luân chuyển từ ${district.name}`,
  );
  t.add(district, holder.post, 'appointment', to, resumeTo, 'Hết thời hạn luân chuyển, trở về đơn vị cũ');
}

/** A district civil servant seconded to a commune for a while (seed 002: "biệt phái công tác tại các xã"). */
function addPastSecondment(rng: Rng, t: Timeline, district: UnitNode, c: CommuneCtx): void {
  const from = REFORM_DAY - rng.int(365 * 2, 365 * 8);
  const to = from + rng.int(300, 730);
  if (from <= (t.list[0]?.from ?? REFORM_DAY)) return;
  t.add(
    rng.pick(c.predecessors),
    rng.pick(COMMUNE_STAFF_POSTS),
    'secondment',
    from,
    to,
    `Biệt phái từ ${district.name}`,
  );
}

function agencyLadder(post: ProvincePost): ProvincePost[] {
  switch (post) {
    case 'TINH_GD_SO':
      return ['TINH_CONG_CHUC', 'TINH_PHO_PHONG', 'TINH_TRUONG_PHONG', 'TINH_PGD_SO', 'TINH_GD_SO'];
    case 'TINH_PGD_SO':
      return ['TINH_CONG_CHUC', 'TINH_PHO_PHONG', 'TINH_TRUONG_PHONG', 'TINH_PGD_SO'];
    case 'TINH_TRUONG_PHONG':
      return ['TINH_CONG_CHUC', 'TINH_PHO_PHONG', 'TINH_TRUONG_PHONG'];
    case 'TINH_PHO_PHONG':
      return ['TINH_CONG_CHUC', 'TINH_PHO_PHONG'];
    default:
      return ['TINH_CONG_CHUC'];
  }
}

function agencyCareer(rng: Rng, slot: AgencySlot, start: Day): Timeline {
  const t = new Timeline(rng);
  const { agency, province } = slot;
  const home = slot.division ?? (agency.divisions.length ? rng.pick(agency.divisions) : agency.unit);
  // Some started in another agency and were transferred here (điều động).
  const firstAgency = rng.chance(0.2) ? rng.pick(province.agencies) : agency;
  const firstDivision = firstAgency.divisions.length ? rng.pick(firstAgency.divisions) : firstAgency.unit;
  const ladder = agencyLadder(slot.post);
  const unitOf = (i: number): UnitNode => {
    const post = ladder[i];
    if (post === 'TINH_GD_SO' || post === 'TINH_PGD_SO') return agency.unit;
    return i === 0 && ladder.length > 1 ? firstDivision : home;
  };
  const noteOf = (i: number): string | null => {
    const post = ladder[i];
    if (post === 'TINH_GD_SO') return agency.headTitle;
    if (post === 'TINH_PGD_SO') return agency.deputyTitle;
    return null;
  };
  const fromDistrict =
    (slot.post === 'TINH_CONG_CHUC' || slot.post === 'TINH_PHO_PHONG') &&
    start < REFORM_DAY - 365 * 2 &&
    province.districts.length > 0 &&
    rng.chance(0.25);
  if (fromDistrict) {
    // District staff went to provincial agencies when districts were abolished.
    const district = rng.pick(province.districts);
    const posts: DistrictPost[] =
      slot.post === 'TINH_PHO_PHONG' ? ['HUYEN_CONG_CHUC', 'HUYEN_PHO_PHONG'] : ['HUYEN_CONG_CHUC'];
    climb(t, rng, posts, () => district, start, REFORM_DAY, 'recruitment');
    t.add(home, slot.post, 'transfer', REFORM_DAY, null, TRANSFER_NOTE);
  } else {
    climb(t, rng, ladder, unitOf, start, null, 'recruitment', noteOf);
    if (firstAgency !== agency) {
      const second = t.list[1];
      if (second) second.kind = 'transfer';
    }
    if (
      (slot.post === 'TINH_GD_SO' || slot.post === 'TINH_PGD_SO') &&
      province.districts.length > 0 &&
      rng.chance(0.3)
    ) {
      addLeaderRotation(rng, t, rng.pick(province.districts));
    }
  }
  if (slot.post === 'TINH_CONG_CHUC' && province.communes.length > 0) {
    const u = rng.next();
    if (u < 0.06) {
      // Seconded now to a commune of the new two-tier system, with the end date of the decision.
      const commune = rng.pick(province.communes).unit;
      const from = REFORM_DAY + rng.int(0, Math.max(1, DATA_AS_OF - REFORM_DAY - 60));
      // Decisions run "đến hết 31/12/2026" or "đến hết 30/6/2027" (valid_to is the next day).
      const to = rng.chance(0.5) ? dayOf(2027, 1, 1) : dayOf(2027, 7, 1);
      t.add(
        commune,
        rng.pick(COMMUNE_STAFF_POSTS),
        'secondment',
        from,
        to,
        `Biệt phái từ ${agency.unit.name}`,
      );
    } else if (u < 0.1 && t.list[0] && t.list[0].from < REFORM_DAY - 365 * 3) {
      const commune = rng.pick(province.communes);
      const from = REFORM_DAY - rng.int(365 * 1, 365 * 3);
      const to = Math.min(from + rng.int(200, 500), REFORM_DAY);
      t.add(
        rng.pick(commune.predecessors),
        rng.pick(COMMUNE_STAFF_POSTS),
        'secondment',
        from,
        to,
        `Biệt phái từ ${agency.unit.name}`,
      );
    }
  }
  if (slot.post === 'TINH_PGD_SO' && agency.divisions.length > 0 && rng.chance(0.15)) {
    const current = t.list.find((a) => a.to === null);
    if (current)
      t.add(rng.pick(agency.divisions), 'TINH_TRUONG_PHONG', 'concurrent', current.from, null, 'Kiêm nhiệm');
  }
  return t;
}

/** Provincial leaders spent 2–4 years leading a district as part of their training (luân chuyển). */
function addLeaderRotation(rng: Rng, t: Timeline, district: UnitNode): void {
  const from = REFORM_DAY - rng.int(365 * 5, 365 * 12);
  const to = from + rng.int(365 * 2, 365 * 4);
  const holder = t.list.find((a) => a.from < from && a.to !== null && a.to > to);
  if (!holder || holder.to === null) return;
  const resumeTo = holder.to;
  holder.to = from;
  t.add(
    district,
    rng.chance(0.5) ? 'HUYEN_PCT_UBND' : 'HUYEN_PBT',
    'rotation',
    from,
    to,
    `Luân chuyển từ ${holder.unit.name}`,
  );
  t.add(holder.unit, holder.post, 'appointment', to, resumeTo, 'Hết thời hạn luân chuyển');
}

function psuCareer(rng: Rng, slot: PsuSlot, start: Day): Timeline {
  const t = new Timeline(rng);
  const unit = slot.psu.unit;
  const others = slot.province.psus;
  if (others.length > 1 && rng.chance(0.15) && DATA_AS_OF - start > 365 * 5) {
    let previous = rng.pick(others).unit;
    if (previous === unit) previous = rng.pick(others).unit;
    if (previous !== unit) {
      const moved = start + rng.int(365 * 2, Math.max(365 * 2 + 1, DATA_AS_OF - start - 365));
      t.add(previous, 'VIEN_CHUC', 'recruitment', start, moved);
      t.add(unit, 'VIEN_CHUC', 'transfer', moved, null);
      return t;
    }
  }
  t.add(unit, 'VIEN_CHUC', 'recruitment', Math.max(start, unit.validFrom), null);
  return t;
}

export function makeCareer(rng: Rng, slot: Slot, basics: Basics): Career {
  const start = careerStart(rng, basics);
  const t =
    slot.type === 'commune'
      ? communeCareer(rng, slot, start)
      : slot.type === 'agency'
        ? agencyCareer(rng, slot, start)
        : psuCareer(rng, slot, start);
  if (basics.leftOn !== null) t.cut(basics.leftOn);
  return { start, assignments: t.list };
}
