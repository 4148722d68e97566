/**
 * Citizen identity number (CCCD, 12 digits): 3 digits province of birth registration, 1 digit
 * gender and century (0/1 = male/female born 1900–1999, 2/3 = 2000–2099, 4/5 = 2100–…),
 * 2 digits year of birth, 6 random digits. We check what the number itself can tell.
 */
const PROVINCE_CODES = new Set([
  '001',
  '002',
  '004',
  '006',
  '008',
  '010',
  '011',
  '012',
  '014',
  '015',
  '017',
  '019',
  '020',
  '022',
  '024',
  '025',
  '026',
  '027',
  '030',
  '031',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '040',
  '042',
  '044',
  '045',
  '046',
  '048',
  '049',
  '051',
  '052',
  '054',
  '056',
  '058',
  '060',
  '062',
  '064',
  '066',
  '067',
  '068',
  '070',
  '072',
  '074',
  '075',
  '077',
  '079',
  '080',
  '082',
  '083',
  '084',
  '086',
  '087',
  '089',
  '091',
  '092',
  '093',
  '094',
  '095',
  '096',
]);

export const CCCD_PROVINCE_CODES: readonly string[] = [...PROVINCE_CODES];

export type CccdProblem = 'format' | 'province' | 'gender' | 'birthYear';

export const CCCD_MESSAGES: Record<CccdProblem, string> = {
  format: 'Số CCCD phải gồm đúng 12 chữ số',
  province: 'Ba chữ số đầu của số CCCD không phải mã tỉnh hợp lệ',
  gender: 'Chữ số thứ 4 của số CCCD không khớp giới tính và thế kỷ sinh',
  birthYear: 'Chữ số thứ 5–6 của số CCCD không khớp năm sinh',
};

/** The problem with a CCCD, or null when it is valid (and consistent with what is known). */
export function checkCccd(
  cccd: string,
  known: { birthDate?: string; gender?: 'male' | 'female' } = {},
): CccdProblem | null {
  if (!/^\d{12}$/.test(cccd)) return 'format';
  if (!PROVINCE_CODES.has(cccd.slice(0, 3))) return 'province';
  const g = Number(cccd[3]);
  if (known.birthDate) {
    const year = Number(known.birthDate.slice(0, 4));
    const century = Math.floor((year - 1900) / 100);
    const female = known.gender === 'female' ? 1 : 0;
    if (known.gender && g !== century * 2 + female) return 'gender';
    if (!known.gender && Math.floor(g / 2) !== century) return 'gender';
    if (cccd.slice(4, 6) !== String(year % 100).padStart(2, '0')) return 'birthYear';
  }
  return null;
}

/** The 4th digit for a birth year and gender (generators and tests build consistent numbers). */
export function cccdGenderDigit(birthYear: number, gender: 'male' | 'female'): number {
  return Math.floor((birthYear - 1900) / 100) * 2 + (gender === 'female' ? 1 : 0);
}

/** Masks all but the last 3 digits for roles that do not need the number (Decree 13/2023). */
export function maskCccd(cccd: string): string {
  return `${'•'.repeat(Math.max(0, cccd.length - 3))}${cccd.slice(-3)}`;
}
