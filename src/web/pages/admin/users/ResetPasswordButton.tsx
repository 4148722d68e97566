import { KeyOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Popconfirm, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../core/contracts/users';
import { api } from '../../../api/endpoints';
import { OneTimeSecret } from '../../../components/OneTimeSecret';
import { useShowError } from '../../../lib/errors';

export function ResetPasswordButton({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [secret, setSecret] = useState<string | null>(null);
  // The hover hint must not sit on top of the confirmation it opened.
  const [confirming, setConfirming] = useState(false);
  const reset = useMutation({
    mutationFn: () => api.users.resetPassword(user.id),
    onSuccess: (res) => setSecret(res.password),
    onError: (e) => showError(e),
  });
  return (
    <>
      <Popconfirm
        title={t('users.resetConfirmTitle')}
        description={
          <div style={{ maxWidth: 320 }}>{t('users.resetConfirm', { username: user.username })}</div>
        }
        okText={t('users.resetPassword')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => reset.mutateAsync().catch(() => undefined)}
        open={confirming}
        onOpenChange={setConfirming}
      >
        <Tooltip title={t('users.resetPassword')} open={confirming ? false : undefined}>
          <Button
            type="text"
            icon={<KeyOutlined />}
            loading={reset.isPending}
            aria-label={`${t('users.resetPassword')} ${user.username}`}
          />
        </Tooltip>
      </Popconfirm>
      <OneTimeSecret
        open={secret !== null}
        title={t('users.resetDone', { username: user.username })}
        warning={t('users.resetWarning')}
        secret={secret ?? ''}
        onClose={() => setSecret(null)}
      />
    </>
  );
}
