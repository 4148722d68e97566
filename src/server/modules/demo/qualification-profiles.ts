/**
 * Who studied what: per post, the distribution of the highest level reached on each dimension
 * and the chances of studying now, tuned to the seeds (commune staff ~90% cao đẳng+, fewer degrees
 * in area III; key commune cadres ~99% đại học+, LLCT mostly trung cấp; sở leaders cao cấp).
 */
import type { AreaClass } from '../../../core/catalog/enums';
import type { Sector } from './model';
import { slotPost } from './people';
import { isCommuneKeyPost } from './posts';
import { type Table, weights } from './prng';
import type { Slot } from './slots';

export type Prof = 'none' | 'so_cap' | 'trung_cap' | 'cao_dang' | 'dai_hoc' | 'thac_si' | 'tien_si';
export type Llct = 'none' | 'so_cap' | 'trung_cap' | 'cao_cap';
export type Qlnn = 'none' | 'can_su' | 'chuyen_vien' | 'chuyen_vien_chinh' | 'chuyen_vien_cao_cap';
export type Lead = 'none' | 'cap_phong' | 'cap_huyen' | 'cap_so';
export type Def = 'none' | 'dt4' | 'dt3' | 'dt2';

export interface Profile {
  prof: Table<Prof>;
  /** Chance of studying now for the next professional degree. */
  profStudying: number;
  llct: Table<Llct>;
  llctStudying: number;
  qlnn: Table<Qlnn>;
  lead: Table<Lead>;
  def: Table<Def>;
  it: number;
  foreign: number;
  /** Chance of a minority-language certificate (commune staff in minority areas). */
  ethnicLanguage: number;
  /** Chance of a second đại học ("văn bằng 2", seed 000). */
  secondDegree: number;
  /** Chance that a đại học came straight after school rather than part-time after a diploma. */
  direct: number;
}

const NO_QLNN = weights({ none: 1 });
const NO_LEAD = weights({ none: 1 });

const profile = (p: Partial<Profile> & Pick<Profile, 'prof' | 'llct'>): Profile => ({
  profStudying: 0.05,
  llctStudying: 0.05,
  qlnn: NO_QLNN,
  lead: NO_LEAD,
  def: weights({ none: 1 }),
  it: 0.85,
  foreign: 0.6,
  ethnicLanguage: 0,
  secondDegree: 0.02,
  direct: 0.7,
  ...p,
});

const COMMUNE_STAFF_PROF: Record<AreaClass, Table<Prof>> = {
  I: weights({ thac_si: 5, dai_hoc: 78, cao_dang: 9, trung_cap: 7, so_cap: 0.5, none: 0.5 }),
  II: weights({ thac_si: 3, dai_hoc: 68, cao_dang: 15, trung_cap: 12, so_cap: 1, none: 1 }),
  III: weights({ thac_si: 2, dai_hoc: 56, cao_dang: 20, trung_cap: 19, so_cap: 2, none: 1 }),
};

const PROFILES = {
  communeKeyTop: profile({
    prof: weights({ thac_si: 25, dai_hoc: 74, cao_dang: 0.6, trung_cap: 0.4 }),
    profStudying: 0.06,
    llct: weights({ cao_cap: 40, trung_cap: 59, so_cap: 1 }),
    llctStudying: 0.15,
    qlnn: weights({ chuyen_vien_chinh: 35, chuyen_vien: 60, none: 5 }),
    lead: weights({ cap_huyen: 45, cap_phong: 35, none: 20 }),
    def: weights({ dt3: 85, dt4: 10, none: 5 }),
    ethnicLanguage: 0.1,
    secondDegree: 0.05,
  }),
  communeKey: profile({
    prof: weights({ thac_si: 14, dai_hoc: 85, cao_dang: 0.6, trung_cap: 0.4 }),
    profStudying: 0.08,
    llct: weights({ cao_cap: 9, trung_cap: 88, so_cap: 3 }),
    llctStudying: 0.08,
    qlnn: weights({ chuyen_vien_chinh: 15, chuyen_vien: 70, none: 15 }),
    lead: weights({ cap_huyen: 20, cap_phong: 40, none: 40 }),
    def: weights({ dt3: 75, dt4: 15, none: 10 }),
    ethnicLanguage: 0.12,
    secondDegree: 0.05,
  }),
  communeLead: profile({
    prof: weights({ thac_si: 8, dai_hoc: 86, cao_dang: 4, trung_cap: 2 }),
    profStudying: 0.1,
    llct: weights({ cao_cap: 3, trung_cap: 72, so_cap: 20, none: 5 }),
    llctStudying: 0.05,
    qlnn: weights({ chuyen_vien: 70, can_su: 5, none: 25 }),
    lead: weights({ cap_phong: 55, none: 45 }),
    def: weights({ dt4: 50, dt3: 10, none: 40 }),
    ethnicLanguage: 0.12,
    secondDegree: 0.04,
  }),
  provinceHead: profile({
    prof: weights({ tien_si: 12, thac_si: 58, dai_hoc: 30 }),
    llct: weights({ cao_cap: 98, trung_cap: 2 }),
    llctStudying: 0,
    qlnn: weights({ chuyen_vien_cao_cap: 40, chuyen_vien_chinh: 58, chuyen_vien: 2 }),
    lead: weights({ cap_so: 85, cap_phong: 15 }),
    def: weights({ dt2: 80, dt3: 20 }),
    foreign: 0.8,
  }),
  provinceDeputy: profile({
    prof: weights({ tien_si: 6, thac_si: 52, dai_hoc: 42 }),
    llct: weights({ cao_cap: 85, trung_cap: 15 }),
    llctStudying: 0,
    qlnn: weights({ chuyen_vien_cao_cap: 15, chuyen_vien_chinh: 75, chuyen_vien: 10 }),
    lead: weights({ cap_so: 60, cap_phong: 35, none: 5 }),
    def: weights({ dt2: 55, dt3: 45 }),
    foreign: 0.8,
  }),
  provinceLead: profile({
    prof: weights({ tien_si: 2, thac_si: 35, dai_hoc: 63 }),
    profStudying: 0.06,
    llct: weights({ cao_cap: 20, trung_cap: 70, so_cap: 7, none: 3 }),
    llctStudying: 0.08,
    qlnn: weights({ chuyen_vien_chinh: 35, chuyen_vien: 60, none: 5 }),
    lead: weights({ cap_phong: 70, none: 30 }),
    def: weights({ dt3: 60, dt4: 20, none: 20 }),
    foreign: 0.75,
  }),
  provinceStaff: profile({
    prof: weights({ tien_si: 1, thac_si: 22, dai_hoc: 75, cao_dang: 2 }),
    profStudying: 0.07,
    llct: weights({ trung_cap: 20, so_cap: 35, none: 45 }),
    qlnn: weights({ chuyen_vien_chinh: 5, chuyen_vien: 70, can_su: 5, none: 20 }),
    def: weights({ dt4: 40, none: 60 }),
    foreign: 0.7,
  }),
  lecturer: profile({
    prof: weights({ tien_si: 15, thac_si: 60, dai_hoc: 25 }),
    profStudying: 0.1,
    llct: weights({ cao_cap: 60, trung_cap: 35, so_cap: 5 }),
    qlnn: weights({ chuyen_vien_chinh: 30, chuyen_vien: 60, none: 10 }),
    def: weights({ dt3: 30, dt4: 40, none: 30 }),
    foreign: 0.8,
  }),
};

const PUBLIC_EMPLOYEE_PROF: Record<Sector, Table<Prof>> = {
  education: weights({ thac_si: 7, dai_hoc: 72, cao_dang: 15, trung_cap: 6 }),
  health: weights({ tien_si: 1, thac_si: 9, dai_hoc: 40, cao_dang: 20, trung_cap: 30 }),
  culture: weights({ thac_si: 8, dai_hoc: 64, cao_dang: 14, trung_cap: 14 }),
  agriculture: weights({ thac_si: 10, dai_hoc: 65, cao_dang: 12, trung_cap: 13 }),
  training: PROFILES.lecturer.prof,
  other: weights({ thac_si: 10, dai_hoc: 65, cao_dang: 12, trung_cap: 13 }),
};
const PUBLIC_EMPLOYEE_LLCT = weights({ trung_cap: 10, so_cap: 30, none: 60 });

export function profileFor(slot: Slot): Profile {
  const post = slotPost(slot);
  if (post === 'XA_BT' || post === 'XA_CT_UBND') return PROFILES.communeKeyTop;
  if (isCommuneKeyPost(post)) return PROFILES.communeKey;
  if (post === 'XA_TRUONG_PHONG' || post === 'XA_PHO_PHONG') return PROFILES.communeLead;
  if (slot.type === 'commune') {
    return profile({
      prof: COMMUNE_STAFF_PROF[slot.commune.areaClass],
      profStudying: 0.12,
      llct: weights({ trung_cap: 25, so_cap: 45, none: 30 }),
      qlnn: weights({ chuyen_vien: 40, can_su: 15, none: 45 }),
      def: weights({ dt4: 35, none: 65 }),
      foreign: 0.5,
      ethnicLanguage: slot.commune.dominantEthnicity === 'Kinh' ? 0.02 : 0.15,
      secondDegree: 0.04,
    });
  }
  if (post === 'TINH_GD_SO') return PROFILES.provinceHead;
  if (post === 'TINH_PGD_SO') return PROFILES.provinceDeputy;
  if (post === 'TINH_TRUONG_PHONG' || post === 'TINH_PHO_PHONG') return PROFILES.provinceLead;
  if (slot.type === 'agency') return PROFILES.provinceStaff;
  if (slot.psu.sector === 'training') return PROFILES.lecturer;
  return profile({
    prof: PUBLIC_EMPLOYEE_PROF[slot.psu.sector],
    llct: PUBLIC_EMPLOYEE_LLCT,
    qlnn: weights({ chuyen_vien: 20, none: 80 }),
    def: weights({ dt4: 25, none: 75 }),
    it: 0.9,
    foreign: 0.72,
    // Teachers and nurses often upgraded trung cấp → cao đẳng → đại học while working (liên thông).
    direct: 0.5,
  });
}

/** The LLCT level a post's standard asks for (domain §5): trung cấp for leaders, cao cấp for sở leaders. */
export function requiredLlct(slot: Slot): Llct {
  const post = slotPost(slot);
  if (post === 'TINH_GD_SO' || post === 'TINH_PGD_SO') return 'cao_cap';
  if (isCommuneKeyPost(post) || post === 'XA_TRUONG_PHONG' || post === 'XA_PHO_PHONG') return 'trung_cap';
  if (post === 'TINH_TRUONG_PHONG' || post === 'TINH_PHO_PHONG') return 'trung_cap';
  return 'none';
}
