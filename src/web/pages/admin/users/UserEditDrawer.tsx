import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Drawer, Flex, Form, Input, Select, Skeleton, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type UserView, userUpdateBody } from '../../../../core/contracts/users';
import { assignableRoles, ROLE_LABELS, type Role } from '../../../../core/roles';
import { isApiError } from '../../../api/client';
import { api } from '../../../api/endpoints';
import { useSessionUser } from '../../../auth/AuthContext';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useLang } from '../../../i18n';
import { applyFieldErrors, errorMessage, useShowError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { parseForm, zodRules } from '../../../lib/zodForm';
import { LinkedPersonPicker } from './LinkedPersonPicker';
import { UserStatusTag } from './userDisplay';

const FIELDS = ['displayName', 'email', 'role', 'scope', 'active', 'personId'] as const;

interface Values {
  displayName: string;
  email: string;
  role: Role;
  scope: string[];
  active: boolean;
  personId: number | null;
}

function valuesOf(user: UserView): Values {
  return {
    displayName: user.displayName,
    email: user.email ?? '',
    role: user.role,
    scope: user.scope.map((u) => u.code),
    active: user.active,
    personId: user.person?.id ?? null,
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Only what changed is sent, with the version the editor saw (optimistic concurrency). */
function changes(user: UserView, v: Record<string, unknown>): Record<string, unknown> {
  const before = valuesOf(user);
  const out: Record<string, unknown> = { version: user.version };
  const role = v.role as Role;
  const scope = role === 'admin' ? [] : ((v.scope as string[] | undefined) ?? []);
  if (v.displayName !== before.displayName) out.displayName = v.displayName ?? '';
  // An emptied box clears the address.
  const email = typeof v.email === 'string' ? v.email.trim() : '';
  if (email !== before.email) out.email = email === '' ? null : email;
  if (role !== before.role) out.role = role;
  if (!sameSet(scope, before.scope)) out.scope = scope;
  if (v.active !== before.active) out.active = v.active;
  // The person link is edited on self-service accounts only.
  const personId = (v.personId as number | null | undefined) ?? null;
  if (role === 'cadre' && personId !== before.personId) out.personId = personId;
  return out;
}

function EditForm({
  user,
  onDone,
  onConflict,
}: {
  user: UserView;
  onDone: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const actor = useSessionUser();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const rule = zodRules(userUpdateBody, form, (v) => changes(user, v));
  const role = Form.useWatch('role', form);

  const roles = assignableRoles(actor.role);
  const roleOptions = (roles.includes(user.role) ? roles : [...roles, user.role]).map((r) => ({
    value: r,
    label: ROLE_LABELS[r][lang],
    disabled: !roles.includes(r),
  }));

  const save = useMutation({
    mutationFn: (body: Parameters<typeof api.users.update>[1]) => api.users.update(user.id, body),
    onSuccess: async (updated) => {
      queryClient.setQueryData(['users', 'detail', user.id], updated);
      await queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
      void message.success(t('users.saved'));
      onDone();
    },
    onError: async (e) => {
      if (isApiError(e) && e.code === 'VERSION_CONFLICT') {
        onConflict();
        await queryClient.invalidateQueries({ queryKey: ['users'] });
        return;
      }
      if (applyFieldErrors(form, e, FIELDS)) return;
      showError(e);
    },
  });

  const submit = () => {
    const diff = changes(user, form.getFieldsValue(true) as Record<string, unknown>);
    if (Object.keys(diff).length === 1) {
      void message.info(t('users.noChanges'));
      return;
    }
    const body = parseForm(userUpdateBody, form, diff);
    if (body) save.mutate(body);
  };

  return (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'username', label: t('users.username'), children: user.username },
          { key: 'status', label: t('users.status'), children: <UserStatusTag user={user} /> },
          {
            key: 'lastLogin',
            label: t('users.lastLogin'),
            children: user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.neverLoggedIn'),
          },
        ]}
      />
      <Form
        form={form}
        name="userEdit"
        layout="vertical"
        initialValues={valuesOf(user)}
        validateTrigger="onBlur"
        onFinish={submit}
        disabled={save.isPending}
      >
        <Form.Item name="displayName" label={t('users.displayName')} rules={[rule('displayName')]} required>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={t('users.email')} extra={t('users.emailHelp')} rules={[rule('email')]}>
          <Input type="email" autoComplete="off" spellCheck={false} inputMode="email" />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('users.role')}
          rules={[rule('role')]}
          required
          validateTrigger="onChange"
        >
          <Select options={roleOptions} disabled={user.id === actor.id} />
        </Form.Item>
        {role === 'admin' ? null : (
          <Form.Item
            name="scope"
            label={t('users.scope')}
            extra={t('users.scopeHelp')}
            rules={[rule('scope')]}
          >
            <UnitTreeSelect known={user.scope} />
          </Form.Item>
        )}
        {role === 'cadre' ? (
          <Form.Item
            name="personId"
            label={t('users.person')}
            extra={t('users.personHelp')}
            rules={[rule('personId')]}
          >
            <LinkedPersonPicker known={user.person} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="active"
          label={t('users.active')}
          valuePropName="checked"
          extra={t('users.activeHelp')}
        >
          <Switch disabled={user.id === actor.id} />
        </Form.Item>
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onDone} disabled={false}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
    </Flex>
  );
}

export function UserEditDrawer({ userId, onClose }: { userId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  // Shown above the reloaded form until the drawer closes, so the user knows why the values changed.
  const [conflict, setConflict] = useState(false);
  const detail = useQuery({
    queryKey: ['users', 'detail', userId],
    queryFn: () => api.users.get(userId ?? 0),
    enabled: userId !== null,
  });
  const user = detail.data;

  return (
    <Drawer
      open={userId !== null}
      onClose={onClose}
      afterOpenChange={(open) => {
        if (!open) setConflict(false);
      }}
      size={520}
      destroyOnHidden
      title={user ? t('users.editTitle', { username: user.username }) : t('common.loading')}
    >
      {detail.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('common.loadFailed')}
          description={errorMessage(detail.error, t)}
        />
      ) : user ? (
        // A new version (after a conflict, for example) re-creates the form with fresh values.
        <>
          {conflict ? (
            <Alert
              type="warning"
              showIcon
              title={t('users.versionConflict')}
              style={{ marginBottom: 16 }}
              role="alert"
            />
          ) : null}
          <EditForm
            key={`${user.id}-${user.version}`}
            user={user}
            onDone={onClose}
            onConflict={() => setConflict(true)}
          />
        </>
      ) : (
        <Skeleton active />
      )}
    </Drawer>
  );
}
