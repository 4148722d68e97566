import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Skeleton, Switch, Table, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from '../../../core/contracts/notifications';
import { paths } from '../../auth/paths';
import { PageHeader } from '../../components/PageHeader';
import { useLang } from '../../i18n';
import { useShowError } from '../../lib/errors';
import { type NotificationPreferences, notificationKeys, notificationsApi } from './notificationsApi';

interface Choice {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
}

/** Every kind, in the contract's order; a kind the server does not list is on (its default). */
function choicesOf(prefs: NotificationPreferences): Choice[] {
  return NOTIFICATION_KINDS.map(
    (kind) => prefs.items.find((i) => i.kind === kind) ?? { kind, inApp: true, email: true },
  );
}

function PreferencesForm({ prefs }: { prefs: NotificationPreferences }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [choices, setChoices] = useState<Choice[]>(() => choicesOf(prefs));

  const save = useMutation({
    mutationFn: () => notificationsApi.savePreferences({ items: choices }),
    onSuccess: (saved) => {
      queryClient.setQueryData(notificationKeys.preferences, saved);
      setChoices(choicesOf(saved));
      void message.success(t('notifications.settings.saved'));
    },
    onError: (e) => showError(e),
  });

  const set = (kind: NotificationKind, patch: Partial<Choice>) =>
    setChoices((cs) => cs.map((c) => (c.kind === kind ? { ...c, ...patch } : c)));

  const emailSwitch = (c: Choice) => {
    const label = `${t('notifications.settings.email')}: ${NOTIFICATION_KIND_LABELS[c.kind][lang]}`;
    const sw = (
      <Switch
        checked={prefs.emailAvailable && c.email}
        disabled={!prefs.emailAvailable || save.isPending}
        onChange={(v) => set(c.kind, { email: v })}
        aria-label={label}
      />
    );
    return prefs.emailAvailable ? (
      sw
    ) : (
      // A disabled switch swallows hover: the tooltip sits on a wrapper.
      <Tooltip title={t('notifications.settings.emailUnavailable')}>
        <span style={{ display: 'inline-block' }}>{sw}</span>
      </Tooltip>
    );
  };

  return (
    <Card>
      <Flex vertical gap={16}>
        {prefs.emailAvailable && prefs.email ? (
          <Alert type="info" showIcon title={t('notifications.settings.emailTo', { email: prefs.email })} />
        ) : !prefs.emailAvailable ? (
          <Alert type="info" showIcon title={t('notifications.settings.emailUnavailable')} />
        ) : null}
        <Table<Choice>
          rowKey="kind"
          size="middle"
          pagination={false}
          dataSource={choices}
          columns={[
            {
              key: 'kind',
              title: t('notifications.settings.kind'),
              render: (_, c) => NOTIFICATION_KIND_LABELS[c.kind][lang],
            },
            {
              key: 'inApp',
              title: t('notifications.settings.inApp'),
              align: 'center',
              width: 150,
              render: (_, c) => (
                <Switch
                  checked={c.inApp}
                  disabled={save.isPending}
                  onChange={(v) => set(c.kind, { inApp: v })}
                  aria-label={`${t('notifications.settings.inApp')}: ${NOTIFICATION_KIND_LABELS[c.kind][lang]}`}
                />
              ),
            },
            {
              key: 'email',
              title: t('notifications.settings.email'),
              align: 'center',
              width: 150,
              render: (_, c) => emailSwitch(c),
            },
          ]}
        />
        <Flex justify="flex-end">
          <Button type="primary" loading={save.isPending} onClick={() => save.mutate()}>
            {t('common.save')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}

/** "Cài đặt thông báo": per kind, in the app and by e-mail. */
export default function NotificationSettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const q = useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: ({ signal }) => notificationsApi.preferences(signal),
  });
  return (
    <>
      <PageHeader
        title={t('notifications.settings.title')}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(paths.notifications)}>
            {t('notifications.settings.back')}
          </Button>
        }
      >
        {t('notifications.settings.intro')}
      </PageHeader>
      {q.isPending ? (
        <Skeleton active />
      ) : q.isError ? (
        <Alert type="error" showIcon title={t('notifications.settings.loadError')} />
      ) : (
        <PreferencesForm prefs={q.data} />
      )}
    </>
  );
}
