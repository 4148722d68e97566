/** Route paths, in Vietnamese like the rest of the UI. */
export const paths = {
  login: '/dang-nhap',
  dashboard: '/',
  org: '/don-vi',
  people: '/can-bo',
  standards: '/tieu-chuan',
  standardsCatalogue: '/tieu-chuan/danh-muc',
  training: '/dao-tao',
  trainingReport: '/dao-tao/bao-cao',
  /** Khóa học của tôi: self-registration of an account linked to a person record. */
  trainingMine: '/dao-tao/cua-toi',
  trainingCommitments: '/dao-tao/cam-ket',
  trainingActivities: '/dao-tao/hoat-dong',
  /** Bồi dưỡng tối thiểu hằng năm (issue 6 item 5). */
  trainingMinimum: '/dao-tao/toi-thieu',
  plans: '/ke-hoach',
  /** Nhu cầu đào tạo per unit (issue 6 item 1). */
  plansNeeds: '/ke-hoach/nhu-cau',
  /** Người tôi theo dõi: a monitor's people and their learning-plan items (issue 6 item 3). */
  plansMonitored: '/ke-hoach/theo-doi',
  /** Kế hoạch đào tạo, bồi dưỡng of units (issue 6 item 2), and a plan at `planPath(id)`. */
  plansList: '/ke-hoach/dao-tao',
  /** Which sub-units have submitted their plan for a year. */
  plansSubmissions: '/ke-hoach/tinh-hinh-nop',
  /** Kế hoạch của tôi: the signed-in person's own learning plan. */
  myPlan: '/ke-hoach/cua-toi',
  succession: '/quy-hoach',
  reports: '/bao-cao',
  peopleImport: '/can-bo/nhap-du-lieu',
  reportQualifications: '/bao-cao/trinh-do',
  users: '/quan-tri/nguoi-dung',
  roles: '/quan-tri/vai-tro',
  positions: '/quan-tri/chuc-vu',
  audit: '/quan-tri/nhat-ky',
  changePassword: '/tai-khoan/doi-mat-khau',
  tokens: '/tai-khoan/token-api',
  /** Thông báo: the notification centre, and its per-kind preferences (issue 6 item 4). */
  notifications: '/thong-bao',
  notificationSettings: '/thong-bao/cai-dat',
} as const;

/** The person page, and its print view (Mẫu 2C style). */
export const personPath = (id: number) => `${paths.people}/${id}`;
export const personPrintPath = (id: number) => `${paths.people}/${id}/in`;

/** A unit training plan, optionally on a tab. */
export const planPath = (id: number, tab?: string) => `/ke-hoach/dao-tao/${id}${tab ? `?tab=${tab}` : ''}`;

/** A course page (Đào tạo), optionally on a tab. */
export const coursePath = (id: number, tab?: string) =>
  `${paths.training}/lop/${id}${tab ? `?tab=${tab}` : ''}`;

/**
 * Only same-site paths are accepted as `next`, so a crafted link cannot send a user who has
 * just signed in to another site.
 */
export function safeNext(next: string | null | undefined): string {
  // A path on this site: one leading slash, not followed by another slash or a backslash.
  if (next == null || !/^\/(?![/\\])/.test(next)) return paths.dashboard;
  if (next === paths.login || next.startsWith(`${paths.login}?`)) return paths.dashboard;
  return next;
}

export function loginPath(next?: string): string {
  if (!next || next === paths.dashboard) return paths.login;
  if (safeNext(next) === paths.dashboard) return paths.login;
  return `${paths.login}?next=${encodeURIComponent(next)}`;
}
