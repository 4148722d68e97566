/**
 * The 34 provinces and centrally-run cities after 1 July 2025, with the number of commune-level
 * units each has (3,321 in total: xã, phường, 13 đặc khu), the CCCD codes of the provinces they
 * absorbed, and the ethnic mix of their region. Counts are as we recall them from the June 2025
 * resolutions — good enough for a benchmark nation, not a statistical source; the total is exact.
 */
import type { RegionMix } from '../ethnic';

export interface ProvinceDef {
  /** Two-digit official code (the code of the province that kept its seat). */
  code: string;
  name: string;
  shortName: string;
  communes: number;
  wards: number;
  specialZones: number;
  /** CCCD codes of the pre-2025 provinces it merged. */
  cccd: string[];
  mix: RegionMix;
  /** Southern naming (Huỳnh, Võ) and universities. */
  southern: boolean;
  academy: 'I' | 'II' | 'III' | 'IV';
}

const p = (
  code: string,
  name: string,
  communes: number,
  wards: number,
  specialZones: number,
  cccd: string[],
  mix: RegionMix,
  southern: boolean,
  academy: ProvinceDef['academy'],
): ProvinceDef => ({
  code,
  name,
  shortName: name.replace(/^(Tỉnh|Thành phố) /, ''),
  communes,
  wards,
  specialZones,
  cccd,
  mix,
  southern,
  academy,
});

export const PROVINCES: readonly ProvinceDef[] = [
  p('01', 'Thành phố Hà Nội', 126, 51, 0, ['001'], 'delta', false, 'I'),
  p('04', 'Tỉnh Cao Bằng', 56, 3, 0, ['004'], 'northEastMountain', false, 'I'),
  p('08', 'Tỉnh Tuyên Quang', 124, 7, 0, ['008', '002'], 'laoCaiMountain', false, 'I'),
  p('11', 'Tỉnh Điện Biên', 45, 3, 0, ['011'], 'northWestMountain', false, 'I'),
  p('12', 'Tỉnh Lai Châu', 38, 2, 0, ['012'], 'northWestMountain', false, 'I'),
  p('14', 'Tỉnh Sơn La', 75, 8, 0, ['014'], 'northWestMountain', false, 'I'),
  p('15', 'Tỉnh Lào Cai', 99, 10, 0, ['010', '015'], 'laoCaiMountain', false, 'I'),
  p('19', 'Tỉnh Thái Nguyên', 92, 15, 0, ['019', '006'], 'midland', false, 'I'),
  p('20', 'Tỉnh Lạng Sơn', 65, 4, 0, ['020'], 'northEastMountain', false, 'I'),
  p('22', 'Tỉnh Quảng Ninh', 54, 30, 2, ['022'], 'midland', false, 'I'),
  p('24', 'Tỉnh Bắc Ninh', 99, 33, 0, ['027', '024'], 'delta', false, 'I'),
  p('25', 'Tỉnh Phú Thọ', 148, 15, 0, ['025', '026', '017'], 'midland', false, 'I'),
  p('31', 'Thành phố Hải Phòng', 114, 45, 2, ['031', '030'], 'delta', false, 'I'),
  p('33', 'Tỉnh Hưng Yên', 104, 11, 0, ['033', '034'], 'delta', false, 'I'),
  p('37', 'Tỉnh Ninh Bình', 129, 32, 0, ['037', '035', '036'], 'delta', false, 'I'),
  p('38', 'Tỉnh Thanh Hóa', 166, 19, 0, ['038'], 'northCentral', false, 'I'),
  p('40', 'Tỉnh Nghệ An', 130, 11, 0, ['040'], 'northCentral', false, 'I'),
  p('42', 'Tỉnh Hà Tĩnh', 69, 9, 0, ['042'], 'delta', false, 'I'),
  p('44', 'Tỉnh Quảng Trị', 78, 8, 1, ['045', '044'], 'central', false, 'III'),
  p('46', 'Thành phố Huế', 40, 21, 0, ['046'], 'central', false, 'III'),
  p('48', 'Thành phố Đà Nẵng', 94, 23, 1, ['048', '049'], 'central', true, 'III'),
  p('51', 'Tỉnh Quảng Ngãi', 96, 9, 1, ['051', '062'], 'highlands', true, 'III'),
  p('52', 'Tỉnh Gia Lai', 135, 25, 0, ['064', '052'], 'highlands', true, 'III'),
  p('56', 'Tỉnh Khánh Hòa', 65, 16, 1, ['056', '058'], 'central', true, 'III'),
  p('66', 'Tỉnh Đắk Lắk', 102, 14, 0, ['066', '054'], 'highlands', true, 'III'),
  p('68', 'Tỉnh Lâm Đồng', 124, 20, 1, ['068', '067', '060'], 'highlands', true, 'III'),
  p('79', 'Thành phố Hồ Chí Minh', 168, 113, 1, ['079', '074', '077'], 'southEast', true, 'II'),
  p('75', 'Tỉnh Đồng Nai', 95, 23, 0, ['075', '070'], 'southEast', true, 'II'),
  p('80', 'Tỉnh Tây Ninh', 96, 14, 0, ['072', '080'], 'southEast', true, 'II'),
  p('82', 'Tỉnh Đồng Tháp', 102, 20, 0, ['087', '082'], 'southEast', true, 'IV'),
  p('86', 'Tỉnh Vĩnh Long', 124, 19, 0, ['086', '083', '084'], 'mekongKhmer', true, 'IV'),
  p('91', 'Tỉnh An Giang', 102, 14, 3, ['089', '091'], 'mekongKhmer', true, 'IV'),
  p('92', 'Thành phố Cần Thơ', 103, 31, 0, ['092', '094', '093'], 'mekongKhmer', true, 'IV'),
  p('96', 'Tỉnh Cà Mau', 64, 9, 0, ['096', '095'], 'mekongKhmer', true, 'IV'),
];

export const ACADEMIES: Record<ProvinceDef['academy'], string> = {
  I: 'Học viện Chính trị khu vực I',
  II: 'Học viện Chính trị khu vực II',
  III: 'Học viện Chính trị khu vực III',
  IV: 'Học viện Chính trị khu vực IV',
};

/** The reform's total; a test and the generator check the table adds up to it. */
export const COMMUNE_LEVEL_UNITS = 3321;
