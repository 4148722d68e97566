import type { Lang } from '../../../i18n';

/**
 * Readable names of the audit actions and entities the server writes. Kept outside i18next
 * because the codes contain dots, which i18next reads as nesting. Unknown codes show as they are.
 */
const ACTIONS: Record<string, Record<Lang, string>> = {
  'auth.login': { vi: 'Đăng nhập', en: 'Sign-in' },
  'auth.login_failed': { vi: 'Đăng nhập không thành công', en: 'Failed sign-in' },
  'auth.locked': { vi: 'Tạm khóa do đăng nhập sai nhiều lần', en: 'Locked after failed sign-ins' },
  'auth.logout': { vi: 'Đăng xuất', en: 'Sign-out' },
  'user.password_change': { vi: 'Đổi mật khẩu', en: 'Password change' },
  'token.create': { vi: 'Tạo token API', en: 'API token created' },
  'token.revoke': { vi: 'Thu hồi token API', en: 'API token revoked' },
  'user.create': { vi: 'Tạo người dùng', en: 'User created' },
  'user.update': { vi: 'Sửa người dùng', en: 'User updated' },
  'user.reset_password': { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
};

const ENTITIES: Record<string, Record<Lang, string>> = {
  app_user: { vi: 'Người dùng', en: 'User' },
  api_token: { vi: 'Token API', en: 'API token' },
  org_unit: { vi: 'Đơn vị', en: 'Unit' },
};

export function actionLabel(action: string, lang: Lang): string | undefined {
  return ACTIONS[action]?.[lang];
}

export function entityLabel(entity: string, lang: Lang): string | undefined {
  return ENTITIES[entity]?.[lang];
}
