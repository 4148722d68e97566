/**
 * What people generation needs to know about a province: its communes (with the pre-2025 units
 * they replaced), agencies and their divisions, public-service units and party organisations.
 * Both the demo province and each province of the synthetic nation are described this way, so
 * the person, history and qualification generators serve both.
 */
import type { AreaClass } from '../../../core/catalog/enums';
import type { EthnicMix } from './ethnic';
import type { UnitNode } from './units';

export interface CommuneCtx {
  unit: UnitNode;
  /** Pre-2025 communes it replaced (itself when it was kept unchanged). */
  predecessors: UnitNode[];
  /** Pre-2025 districts of those predecessors. */
  districts: UnitNode[];
  partyUnit: UnitNode;
  areaClass: AreaClass;
  /** Ethnic group most commune staff belong to. */
  dominantEthnicity: string;
  /** Names of the commune's divisions (phòng), for assignment notes. */
  divisions: readonly string[];
}

export interface AgencyCtx {
  unit: UnitNode;
  divisions: UnitNode[];
  partyUnit: UnitNode;
  /** Title of the head ("Giám đốc Sở Nội vụ", "Trưởng Ban Tổ chức Tỉnh ủy") for assignment notes. */
  headTitle: string;
  deputyTitle: string;
  /** Field of study that suits the agency (majors of its staff). */
  field: Field;
}

export type Sector = 'education' | 'health' | 'culture' | 'agriculture' | 'training' | 'other';

export interface PsuCtx {
  unit: UnitNode;
  sector: Sector;
  /** Relative number of staff (schools and hospitals are large). */
  weight: number;
  partyUnit: UnitNode;
  /** A commune-level unit's commune, for hometown and ethnicity of its staff. */
  commune: CommuneCtx | null;
}

export type Field =
  | 'admin'
  | 'land'
  | 'finance'
  | 'law'
  | 'culture'
  | 'politics'
  | 'economy'
  | 'education'
  | 'health'
  | 'agriculture'
  | 'tech'
  | 'construction';

export interface ProvinceCtx {
  unit: UnitNode;
  /** Short name ("Hà Sơn") for institution names ("Trường Chính trị tỉnh Hà Sơn"). */
  shortName: string;
  /** CCCD province codes of people born here (a merged province has several). */
  cccdCodes: readonly string[];
  southern: boolean;
  ethnicMix: EthnicMix;
  communes: CommuneCtx[];
  agencies: AgencyCtx[];
  psus: PsuCtx[];
  /** Pre-2025 districts. */
  districts: UnitNode[];
  school: UnitNode;
  /** Political academy for cao cấp LLCT of this region. */
  academy: string;
}
