import { Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../core/contracts/users';
import { formatDateTime } from '../../../lib/format';

export function UserStatusTag({ user, now = Date.now() }: { user: UserView; now?: number }) {
  const { t } = useTranslation();
  if (!user.active) return <Tag color="red">{t('users.statusDisabled')}</Tag>;
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > now) {
    // "Tạm khóa đến dd/MM/yyyy HH:mm" wraps inside the tag rather than widening the column.
    return (
      <Tag color="orange" style={{ whiteSpace: 'normal' }}>
        {t('users.statusLockedUntil', { at: formatDateTime(user.lockedUntil) })}
      </Tag>
    );
  }
  return <Tag color="green">{t('users.statusActive')}</Tag>;
}

export function scopeText(user: Pick<UserView, 'role' | 'scope'>, t: TFunction): string {
  if (user.role === 'admin') return t('users.scopeAll');
  if (user.scope.length === 0) return t('common.none');
  return user.scope.map((u) => u.name).join(', ');
}

const SCOPE_SHOWN = 3;

/** Unit names of the scope; long scopes show the first few and "+N" with the full list on hover. */
export function ScopeCell({ user }: { user: UserView }) {
  const { t } = useTranslation();
  if (user.role === 'admin' || user.scope.length === 0) {
    return <Typography.Text type="secondary">{scopeText(user, t)}</Typography.Text>;
  }
  const shown = user.scope.slice(0, SCOPE_SHOWN).map((u) => u.name);
  const rest = user.scope.length - shown.length;
  return (
    <span title={scopeText(user, t)}>
      {shown.join(', ')}
      {rest > 0 ? <Typography.Text type="secondary">{` +${rest}`}</Typography.Text> : null}
    </span>
  );
}

/** A random password for a new account: 16 characters without look-alikes (0/O, 1/l/I). */
export function randomPassword(length = 16): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.';
  const bytes = new Uint32Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
