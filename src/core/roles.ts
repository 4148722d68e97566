/**
 * Roles and permissions: the single table that says who may do what.
 * Routes declare a permission (see server/http/access.ts); roles grant permissions here.
 */
export const ROLES = ['admin', 'officer', 'institution', 'leader', 'cadre'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'users.read',
  'users.write',
  'roles.read',
  'audit.read',
  'org.read',
  'org.write',
  'positions.write',
  'people.read',
  'people.write',
  'reports.read',
  'standards.read',
  'standards.write',
  'appointments.override',
  'training.read',
  'training.nominate',
  'courses.manage',
  'training.catalogue',
  'plans.read',
  'plans.write',
  'plans.approve',
  'jobs.run',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  // Organisation officers administer the accounts of the units inside their scope.
  officer: [
    'users.read',
    'users.write',
    'roles.read',
    'org.read',
    'org.write',
    'people.read',
    'people.write',
    'reports.read',
    'standards.read',
    'training.read',
    'training.nominate',
    'plans.read',
    'plans.write',
  ],
  // Training-institution staff run their institution's courses: rosters, attendance, results.
  institution: ['org.read', 'standards.read', 'training.read', 'courses.manage'],
  leader: [
    'users.read',
    'roles.read',
    'org.read',
    'people.read',
    'reports.read',
    'standards.read',
    'training.read',
    // Leaders read everything in scope and decide on plans (contracts §1): approve or return.
    'plans.read',
    'plans.approve',
  ],
  cadre: [],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Roles an actor may hand out: nobody below admin creates an admin. */
export function assignableRoles(actorRole: Role): readonly Role[] {
  return actorRole === 'admin' ? ROLES : ROLES.filter((r) => r !== 'admin');
}

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  officer: { vi: 'Cán bộ tổ chức', en: 'Organisation officer' },
  institution: { vi: 'Cơ sở đào tạo', en: 'Training institution staff' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  cadre: { vi: 'Cán bộ (tự phục vụ)', en: 'Cadre (self-service)' },
};

export const PERMISSION_LABELS: Record<Permission, { vi: string; en: string }> = {
  'users.read': { vi: 'Xem tài khoản người dùng', en: 'View user accounts' },
  'users.write': { vi: 'Tạo, sửa tài khoản người dùng', en: 'Create and edit user accounts' },
  'roles.read': { vi: 'Xem vai trò và quyền', en: 'View roles and permissions' },
  'audit.read': { vi: 'Xem nhật ký hệ thống', en: 'View the audit log' },
  'org.read': { vi: 'Xem danh mục đơn vị', en: 'View organisation units' },
  'org.write': { vi: 'Thêm, sửa, sáp nhập, giải thể đơn vị', en: 'Create, edit, merge and dissolve units' },
  'positions.write': { vi: 'Sửa danh mục chức vụ', en: 'Edit the posts catalogue' },
  'people.read': { vi: 'Xem hồ sơ cán bộ', en: 'View personnel records' },
  'people.write': { vi: 'Cập nhật hồ sơ cán bộ, nhập dữ liệu', en: 'Edit personnel records and import data' },
  'reports.read': { vi: 'Xem báo cáo thống kê', en: 'View statistical reports' },
  'standards.read': { vi: 'Xem tiêu chuẩn chức danh', en: 'View title standards' },
  'standards.write': {
    vi: 'Sửa tiêu chuẩn chức danh, thêm phiên bản',
    en: 'Edit title standards and add versions',
  },
  'appointments.override': {
    vi: 'Bổ nhiệm khi chưa đạt chuẩn (ghi rõ lý do)',
    en: 'Appoint despite an unmet standard (with a written reason)',
  },
  'training.read': {
    vi: 'Xem khóa học, danh sách học viên, báo cáo đào tạo',
    en: 'View courses, rosters and training reports',
  },
  'training.nominate': {
    vi: 'Cử cán bộ đi học, rút, từ chối đề cử',
    en: 'Nominate people to courses, withdraw, refuse',
  },
  'courses.manage': {
    vi: 'Quản lý lớp học: lịch học, điểm danh, kết quả, chứng chỉ',
    en: 'Run courses: timetable, attendance, results, certificates',
  },
  'training.catalogue': {
    vi: 'Sửa danh mục cơ sở đào tạo, chương trình',
    en: 'Edit institutions and programmes',
  },
  'plans.read': { vi: 'Xem kế hoạch đào tạo, bồi dưỡng', en: 'View training plans' },
  'plans.write': { vi: 'Lập, sửa và trình kế hoạch đào tạo', en: 'Draft, edit and submit training plans' },
  'plans.approve': { vi: 'Phê duyệt hoặc trả lại kế hoạch đào tạo', en: 'Approve or return training plans' },
  'jobs.run': { vi: 'Chạy tác vụ nền', en: 'Run background jobs' },
};
