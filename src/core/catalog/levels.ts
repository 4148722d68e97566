/**
 * Qualification dimensions and their ordered levels (domain.md §4, contracts §5).
 * A level's rank is its position in the list (1 = lowest); "highest completed level" compares ranks.
 */
export const DIMENSIONS = [
  'generalEducation',
  'professional',
  'politicalTheory',
  'stateManagement',
  'leadership',
  'defenceSecurity',
  'it',
  'foreignLanguage',
  'ethnicLanguage',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const LEVELS: Record<Dimension, readonly string[]> = {
  generalEducation: ['thcs', 'thpt'],
  professional: ['so_cap', 'trung_cap', 'cao_dang', 'dai_hoc', 'thac_si', 'tien_si'],
  politicalTheory: ['so_cap', 'trung_cap', 'cao_cap'],
  stateManagement: ['can_su', 'chuyen_vien', 'chuyen_vien_chinh', 'chuyen_vien_cao_cap'],
  leadership: ['cap_phong', 'cap_huyen', 'cap_so', 'cap_vu'],
  defenceSecurity: ['dt4', 'dt3', 'dt2', 'dt1'],
  it: ['co_ban', 'nang_cao'],
  foreignLanguage: ['bac_1', 'bac_2', 'bac_3', 'bac_4', 'bac_5', 'bac_6'],
  ethnicLanguage: ['co'],
};

export const DIMENSION_LABELS: Record<Dimension, string> = {
  generalEducation: 'Giáo dục phổ thông',
  professional: 'Chuyên môn',
  politicalTheory: 'Lý luận chính trị',
  stateManagement: 'Quản lý nhà nước',
  leadership: 'Lãnh đạo quản lý',
  defenceSecurity: 'Quốc phòng an ninh',
  it: 'Tin học',
  foreignLanguage: 'Ngoại ngữ',
  ethnicLanguage: 'Tiếng dân tộc',
};

export const LEVEL_LABELS: Record<Dimension, Record<string, string>> = {
  generalEducation: { thcs: 'Trung học cơ sở', thpt: 'Trung học phổ thông' },
  professional: {
    so_cap: 'Sơ cấp',
    trung_cap: 'Trung cấp',
    cao_dang: 'Cao đẳng',
    dai_hoc: 'Đại học',
    thac_si: 'Thạc sĩ',
    tien_si: 'Tiến sĩ',
  },
  politicalTheory: { so_cap: 'Sơ cấp', trung_cap: 'Trung cấp', cao_cap: 'Cao cấp' },
  stateManagement: {
    can_su: 'Cán sự',
    chuyen_vien: 'Chuyên viên',
    chuyen_vien_chinh: 'Chuyên viên chính',
    chuyen_vien_cao_cap: 'Chuyên viên cao cấp',
  },
  leadership: { cap_phong: 'Cấp phòng', cap_huyen: 'Cấp huyện', cap_so: 'Cấp sở', cap_vu: 'Cấp vụ' },
  defenceSecurity: { dt4: 'Đối tượng 4', dt3: 'Đối tượng 3', dt2: 'Đối tượng 2', dt1: 'Đối tượng 1' },
  it: { co_ban: 'Ứng dụng CNTT cơ bản', nang_cao: 'Ứng dụng CNTT nâng cao' },
  foreignLanguage: {
    bac_1: 'Bậc 1',
    bac_2: 'Bậc 2',
    bac_3: 'Bậc 3',
    bac_4: 'Bậc 4',
    bac_5: 'Bậc 5',
    bac_6: 'Bậc 6',
  },
  ethnicLanguage: { co: 'Có chứng chỉ' },
};

/** Other spellings officers type, folded (no diacritics, lowercase) → level key. */
export const LEVEL_ALIASES: Partial<Record<Dimension, Record<string, string>>> = {
  generalEducation: { '9/12': 'thcs', '12/12': 'thpt', thcs: 'thcs', thpt: 'thpt' },
  professional: {
    'cu nhan': 'dai_hoc',
    'ky su': 'dai_hoc',
    'bac si': 'dai_hoc',
    'bac si chuyen khoa i': 'thac_si',
    'bac si chuyen khoa ii': 'tien_si',
    'van bang 2': 'dai_hoc',
  },
  politicalTheory: { 'cu nhan chinh tri': 'cao_cap', 'cao cap llct - hanh chinh': 'cao_cap' },
  it: { a: 'co_ban', b: 'co_ban', c: 'nang_cao', 'co ban': 'co_ban', 'nang cao': 'nang_cao' },
  foreignLanguage: {
    a1: 'bac_1',
    a2: 'bac_2',
    b1: 'bac_3',
    b2: 'bac_4',
    c1: 'bac_5',
    c2: 'bac_6',
    a: 'bac_1',
    b: 'bac_2',
    c: 'bac_3',
  },
  ethnicLanguage: { co: 'co', 'co chung chi': 'co', 'chung chi': 'co' },
};

export function isLevel(dimension: Dimension, level: string): boolean {
  return LEVELS[dimension].includes(level);
}

/** 1-based rank of a level within its dimension; 0 when it does not belong to it. */
export function levelRank(dimension: Dimension, level: string): number {
  return LEVELS[dimension].indexOf(level) + 1;
}

export function levelOfRank(dimension: Dimension, rank: number): string | null {
  return LEVELS[dimension][rank - 1] ?? null;
}
