/**
 * Which post the i-th person of the nation holds, as a pure function of i (every loading pass
 * regenerates people one table at a time and must get the same person each time).
 * Of every 25 people 2 work in communes, 1 in a provincial agency and 22 in public-service units —
 * roughly the national mix (≈ 2.2 million CBCCVC, most of them teachers and health workers).
 * Commune and agency posts are filled round by round: every commune gets its Bí thư before any
 * gets a second post, so a small N still has a leader everywhere it reaches.
 */
import type { AgencyCtx, CommuneCtx, ProvinceCtx } from '../model';
import type { CommunePost, ProvincePost } from '../posts';
import { mixSeed, Rng } from '../prng';
import type { Slot } from '../slots';
import type { UnitNode } from '../units';
import type { NationModel } from './model';

export const PATTERN = 25;
const COMMUNE_SHARE = 2;
const AGENCY_SHARE = 1;

const COMMUNE_ROUNDS: CommunePost[] = [
  'XA_BT',
  'XA_CT_UBND',
  'XA_PBT',
  'XA_PCT_HDND',
  'XA_PCT_UBND',
  'XA_PCT_UBND',
  'XA_CT_MTTQ',
];
const STAFF: CommunePost[] = ['XA_CC_VP', 'XA_CC_DC', 'XA_CC_TC', 'XA_CC_TP', 'XA_CC_VH'];

function communeSlot(model: NationModel, j: number): Slot {
  const n = model.communes.length;
  const c = model.communes[j % n] as CommuneCtx;
  const round = Math.floor(j / n);
  const base = { type: 'commune' as const, province: provinceOf(model, c.unit), commune: c, division: null };
  const key = COMMUNE_ROUNDS[round];
  if (key === 'XA_BT') return { ...base, post: key, concurrent: ['XA_CT_HDND'] };
  // In seven communes of ten the chair of the People's Committee is also a deputy secretary.
  if (key === 'XA_CT_UBND') return { ...base, post: key, concurrent: j % 10 < 7 ? ['XA_PBT'] : [] };
  if (key) return { ...base, post: key, concurrent: [] };
  const d = round - COMMUNE_ROUNDS.length;
  const divisions = c.divisions.length;
  if (d < divisions)
    return { ...base, post: 'XA_TRUONG_PHONG', concurrent: [], division: c.divisions[d] ?? null };
  if (d < 2 * divisions)
    return { ...base, post: 'XA_PHO_PHONG', concurrent: [], division: c.divisions[d - divisions] ?? null };
  return { ...base, post: STAFF[(d - 2 * divisions) % STAFF.length] ?? 'XA_CC_VP', concurrent: [] };
}

function agencySlot(model: NationModel, j: number, leave: Slot['leave']): Slot {
  const n = model.agencies.length;
  const g = model.agencies[j % n] as AgencyCtx;
  const round = Math.floor(j / n);
  const province = provinceOf(model, g.unit);
  const divisions = g.divisions.length;
  const slot = (post: ProvincePost, division: AgencyCtx['divisions'][number] | null): Slot => ({
    type: 'agency',
    province,
    agency: g,
    division,
    post,
    ...(post === 'TINH_CONG_CHUC' && leave ? { leave } : {}),
  });
  if (round === 0) return slot('TINH_GD_SO', null);
  if (round <= 2) return slot('TINH_PGD_SO', null);
  const d = round - 3;
  if (d < divisions) return slot('TINH_TRUONG_PHONG', g.divisions[d] ?? null);
  if (d < 2 * divisions) return slot('TINH_PHO_PHONG', g.divisions[d - divisions] ?? null);
  return slot('TINH_CONG_CHUC', g.divisions[d % Math.max(1, divisions)] ?? null);
}

function provinceOf(model: NationModel, unit: UnitNode): ProvinceCtx {
  const p = unit.province ? model.provinceOf.get(unit.province) : undefined;
  if (!p) throw new Error(`unit ${unit.code} has no province`);
  return p;
}

export function nationSlot(model: NationModel, seed: number, i: number): Slot {
  const r = i % PATTERN;
  const block = Math.floor(i / PATTERN);
  // About 1.5% of staff have left (retired or moved away); their history ends before today.
  const u = mixSeed(seed, i, 0x1eafe) % 1000;
  const leave: Slot['leave'] = u < 12 ? 'retired' : u < 15 ? 'moved_out' : undefined;
  if (r < COMMUNE_SHARE) return communeSlot(model, block * COMMUNE_SHARE + r);
  if (r < COMMUNE_SHARE + AGENCY_SHARE) return agencySlot(model, block * AGENCY_SHARE, leave);
  const psu = model.psus.at(new Rng(mixSeed(seed, i, 0x95c)).next());
  return { type: 'psu', province: provinceOf(model, psu.unit), psu, ...(leave ? { leave } : {}) };
}
