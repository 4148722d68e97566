/**
 * A slot is the place a generated person holds today: a post in a commune, an agency (or one of
 * its divisions) or a public-service unit. The person's age, education and whole work history
 * are generated to lead to it.
 */
import type { Gender } from '../../../core/catalog/enums';
import type { AgencyCtx, CommuneCtx, ProvinceCtx, PsuCtx } from './model';
import type { CommunePost, ProvincePost } from './posts';
import type { UnitNode } from './units';

/** Where a commune leader came from before the 2025 reform (seeds 000, 004: rotation, districts). */
export type CommuneOrigin = 'local' | 'district' | 'province' | 'recent';

/** Someone the demo must contain exactly (the e2e journey searches for Nguyễn Văn Chà). */
export interface FixedPerson {
  fullName: string;
  gender: Gender;
  ethnicity: string;
  birthYear: number;
}

/** Overrides that make a unit reproduce a seed article's figures (Xã Độc Lập: ~90% cao đẳng+). */
export interface QualHints {
  professional?: 'trung_cap' | 'cao_dang' | 'dai_hoc' | 'thac_si';
  /** Studying towards a higher degree now ("đi học nâng cao trình độ"), e.g. đại học văn bằng 2. */
  studying?: 'dai_hoc_vb2' | 'dai_hoc' | 'thac_si';
}

interface SlotBase {
  province: ProvinceCtx;
  /** Left the workforce before the data date (their history ends then). */
  leave?: 'retired' | 'moved_out';
  fixed?: FixedPerson;
  qual?: QualHints;
}

export interface CommuneSlot extends SlotBase {
  type: 'commune';
  commune: CommuneCtx;
  post: CommunePost;
  /** Posts held concurrently (kiêm nhiệm): Bí thư kiêm Chủ tịch HĐND… */
  concurrent: CommunePost[];
  /** Name of the commune division for heads and deputies of divisions. */
  division: string | null;
  origin?: CommuneOrigin;
}

export interface AgencySlot extends SlotBase {
  type: 'agency';
  agency: AgencyCtx;
  /** Division for heads/deputies of divisions and civil servants; null for the agency's leaders. */
  division: UnitNode | null;
  post: ProvincePost;
}

export interface PsuSlot extends SlotBase {
  type: 'psu';
  psu: PsuCtx;
}

export type Slot = CommuneSlot | AgencySlot | PsuSlot;
