/** Enumerations of personnel records, with the Vietnamese labels the UI and workbooks use. */

export const UNIT_KINDS = [
  'province',
  'commune',
  'ward',
  'special_zone',
  'district',
  'agency',
  'public_service',
  'party_org',
  'mass_org',
  'training_institution',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  province: 'Tỉnh',
  commune: 'Xã',
  ward: 'Phường',
  special_zone: 'Đặc khu',
  district: 'Huyện',
  agency: 'Sở, ban, ngành',
  public_service: 'Đơn vị sự nghiệp',
  party_org: 'Tổ chức đảng',
  mass_org: 'Đoàn thể',
  training_institution: 'Cơ sở đào tạo',
};
/** Commune-level kinds: posts XA_* apply here; area classes and grace periods concern them. */
export const COMMUNE_KINDS: readonly UnitKind[] = ['commune', 'ward', 'special_zone'];

export const AREA_CLASSES = ['I', 'II', 'III'] as const;
export type AreaClass = (typeof AREA_CLASSES)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };

export const PERSON_CATEGORIES = ['can_bo', 'cong_chuc', 'vien_chuc', 'nguoi_lao_dong'] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];
export const PERSON_CATEGORY_LABELS: Record<PersonCategory, string> = {
  can_bo: 'Cán bộ',
  cong_chuc: 'Công chức',
  vien_chuc: 'Viên chức',
  nguoi_lao_dong: 'Người lao động',
};

export const PERSON_STATUSES = ['active', 'retired', 'moved_out', 'deceased'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
export const PERSON_STATUS_LABELS: Record<PersonStatus, string> = {
  active: 'Đang công tác',
  retired: 'Đã nghỉ hưu',
  moved_out: 'Đã chuyển công tác',
  deceased: 'Đã từ trần',
};

export const ASSIGNMENT_KINDS = [
  'recruitment',
  'appointment',
  'election',
  'rotation',
  'transfer',
  'secondment',
  'concurrent',
] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];
export const ASSIGNMENT_KIND_LABELS: Record<AssignmentKind, string> = {
  recruitment: 'Tuyển dụng',
  appointment: 'Bổ nhiệm',
  election: 'Bầu cử',
  rotation: 'Luân chuyển',
  transfer: 'Điều động',
  secondment: 'Biệt phái',
  concurrent: 'Kiêm nhiệm',
};
/** Kinds that may overlap another assignment of the same person. */
export const OVERLAPPING_KINDS: readonly AssignmentKind[] = ['concurrent', 'secondment'];

export const QUALIFICATION_STATUSES = ['completed', 'in_progress'] as const;
export type QualificationStatus = (typeof QUALIFICATION_STATUSES)[number];
export const QUALIFICATION_STATUS_LABELS: Record<QualificationStatus, string> = {
  completed: 'Đã hoàn thành',
  in_progress: 'Đang học',
};

export const TRAINING_MODES = ['full_time', 'part_time', 'online', 'blended'] as const;
export type TrainingMode = (typeof TRAINING_MODES)[number];
export const TRAINING_MODE_LABELS: Record<TrainingMode, string> = {
  full_time: 'Tập trung',
  part_time: 'Vừa làm vừa học',
  online: 'Trực tuyến',
  blended: 'Kết hợp',
};

export const RATINGS = ['excellent', 'good', 'completed', 'not_completed'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  completed: 'Hoàn thành nhiệm vụ',
  not_completed: 'Không hoàn thành nhiệm vụ',
};

export const POSITION_GROUPS = ['leadership', 'professional', 'support'] as const;
export type PositionGroup = (typeof POSITION_GROUPS)[number];
export const POSITION_GROUP_LABELS: Record<PositionGroup, string> = {
  leadership: 'Lãnh đạo, quản lý',
  professional: 'Chuyên môn, nghiệp vụ',
  support: 'Hỗ trợ, phục vụ',
};
