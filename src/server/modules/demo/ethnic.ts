/**
 * Ethnic composition of the workforce by region (rough shares from census figures of the regions'
 * provinces; synthetic data, not statistics). Commune staff are mostly local people, so a
 * commune's mix leans to its dominant group; provincial agencies are more Kinh.
 */
import type { AreaClass } from '../../../core/catalog/enums';
import { type Rng, type Table, weighted } from './prng';

export type EthnicMix = Table<string>;

export type RegionMix =
  | 'northWestMountain'
  | 'northEastMountain'
  | 'laoCaiMountain'
  | 'midland'
  | 'delta'
  | 'northCentral'
  | 'central'
  | 'highlands'
  | 'southEast'
  | 'mekongKhmer';

export const REGION_MIXES: Record<RegionMix, EthnicMix> = {
  northWestMountain: weighted(
    'Thái: 38, Kinh: 25, Mông: 20, Khơ Mú: 4, Dao: 4, Hà Nhì: 2, Mường: 3, Giáy: 1, Lào: 1, La Hủ: 1, Lự: 1',
  ),
  northEastMountain: weighted('Tày: 32, Nùng: 25, Kinh: 25, Dao: 8, Mông: 6, Sán Chay: 2, Lô Lô: 1, Hoa: 1'),
  laoCaiMountain: weighted(
    'Kinh: 42, Tày: 14, Mông: 13, Dao: 9, Thái: 7, Nùng: 5, Giáy: 3, Mường: 2, Hà Nhì: 2, Phù Lá: 1, La Chí: 0.5, Bố Y: 0.5, Pà Thẻn: 0.5, Lô Lô: 0.5',
  ),
  midland: weighted('Kinh: 80, Mường: 10, Tày: 3, Dao: 3, Sán Dìu: 2, Nùng: 2'),
  delta: weighted('Kinh: 98, Mường: 0.5, Tày: 0.5, Hoa: 0.5, Nùng: 0.5'),
  northCentral: weighted('Kinh: 85, Thái: 8, Mường: 5, Khơ Mú: 1, Mông: 1'),
  central: weighted('Kinh: 90, Bru-Vân Kiều: 3, Cơ Tu: 3, Tà Ôi: 2, Xơ Đăng: 1, Hrê: 1'),
  highlands: weighted(
    'Kinh: 62, Gia Rai: 10, Ê Đê: 8, Ba Na: 6, Xơ Đăng: 3, Mnông: 2, Cơ Ho: 3, Tày: 2, Nùng: 2, Raglay: 1, Chăm: 1',
  ),
  southEast: weighted('Kinh: 93, Hoa: 5, Khmer: 1, Xtiêng: 0.5, Chơ Ro: 0.5'),
  mekongKhmer: weighted('Kinh: 82, Khmer: 15, Hoa: 2, Chăm: 1'),
};

/** Groups that dominate communes of each area class in a northern mountain province. */
const DOMINANT_BY_AREA: Record<AreaClass, Table<string>> = {
  I: weighted('Kinh: 60, Tày: 25, Giáy: 5, Nùng: 10'),
  II: weighted('Tày: 35, Dao: 20, Thái: 15, Giáy: 10, Nùng: 10, Kinh: 10'),
  III: weighted('Mông: 50, Dao: 25, Hà Nhì: 10, Phù Lá: 5, La Chí: 5, Thái: 5'),
};

export function dominantGroup(rng: Rng, area: AreaClass): string {
  return rng.from(DOMINANT_BY_AREA[area]);
}

/** Ethnicity of a commune worker: half local dominant group, some Kinh, the rest from the region. */
export function communeWorkerEthnicity(rng: Rng, dominant: string, region: EthnicMix): string {
  const u = rng.next();
  if (u < 0.5) return dominant;
  if (u < 0.75) return 'Kinh';
  return rng.from(region);
}

/** Provincial agencies recruit province-wide: more Kinh than the communes. */
export function provinceWorkerEthnicity(rng: Rng, region: EthnicMix): string {
  return rng.chance(0.35) ? 'Kinh' : rng.from(region);
}
