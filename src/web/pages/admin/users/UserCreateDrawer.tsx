import { ThunderboltOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN } from '../../../../core/contracts/auth';
import { userCreateBody } from '../../../../core/contracts/users';
import { assignableRoles, ROLE_LABELS, type Role } from '../../../../core/roles';
import { isApiError } from '../../../api/client';
import { api } from '../../../api/endpoints';
import { useSessionUser } from '../../../auth/AuthContext';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useLang } from '../../../i18n';
import { applyFieldErrors, useShowError } from '../../../lib/errors';
import { parseForm, zodRules } from '../../../lib/zodForm';
import { LinkedPersonPicker } from './LinkedPersonPicker';
import { randomPassword } from './userDisplay';

const FIELDS = ['username', 'displayName', 'email', 'role', 'scope', 'password', 'personId'] as const;

interface Values {
  username: string;
  displayName: string;
  email: string;
  role: Role | undefined;
  scope: string[];
  password: string;
  personId: number | null;
}

const EMPTY: Values = {
  username: '',
  displayName: '',
  email: '',
  role: undefined,
  scope: [],
  password: '',
  personId: null,
};

function pick(v: Record<string, unknown>): Record<string, unknown> {
  const role = v.role;
  return {
    username: v.username ?? '',
    displayName: v.displayName ?? '',
    // Optional: an empty box means no address.
    email: typeof v.email === 'string' && v.email.trim() !== '' ? v.email : null,
    role,
    // An administrator has no scope limit; whatever was picked before choosing the role is dropped.
    scope: role === 'admin' ? [] : (v.scope ?? []),
    password: v.password ?? '',
    // Only a self-service account acts for a person record.
    personId: role === 'cadre' ? (v.personId ?? null) : null,
  };
}

export function UserCreateDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const actor = useSessionUser();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const rule = zodRules(userCreateBody, form, pick);
  const role = Form.useWatch('role', form);

  const create = useMutation({
    mutationFn: api.users.create,
    onSuccess: async (user) => {
      void message.success(t('users.created', { username: user.username }));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      form.resetFields();
      onClose();
    },
    onError: (e) => {
      if (applyFieldErrors(form, e, FIELDS)) return;
      if (isApiError(e) && e.status === 409) {
        form.setFields([{ name: 'username', errors: [e.message] }]);
        return;
      }
      showError(e);
    },
  });

  const submit = async () => {
    const body = parseForm(userCreateBody, form, pick(form.getFieldsValue(true) as Record<string, unknown>));
    if (body) create.mutate(body);
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('users.createTitle')}
      size={520}
      destroyOnHidden
      afterOpenChange={(o) => {
        if (!o) form.resetFields();
      }}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => void submit()}>
            {t('users.createSubmit')}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        name="userCreate"
        layout="vertical"
        initialValues={EMPTY}
        validateTrigger="onBlur"
        onFinish={() => void submit()}
        disabled={create.isPending}
      >
        <Form.Item name="username" label={t('users.username')} rules={[rule('username')]} required>
          <Input autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[rule('displayName')]} required>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={t('users.email')} extra={t('users.emailHelp')} rules={[rule('email')]}>
          <Input type="email" autoComplete="off" spellCheck={false} inputMode="email" />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('users.role')}
          required
          validateFirst
          validateTrigger={['onBlur', 'onChange']}
          rules={[{ required: true, message: t('users.roleRequired') }, rule('role')]}
        >
          <Select
            placeholder={t('users.rolePlaceholder')}
            options={assignableRoles(actor.role).map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }))}
          />
        </Form.Item>
        {role === 'admin' ? null : (
          <Form.Item
            name="scope"
            label={t('users.scope')}
            extra={t('users.scopeHelp')}
            rules={[rule('scope')]}
          >
            <UnitTreeSelect />
          </Form.Item>
        )}
        {role === 'cadre' ? (
          <Form.Item
            name="personId"
            label={t('users.person')}
            extra={t('users.personHelp')}
            rules={[rule('personId')]}
          >
            <LinkedPersonPicker />
          </Form.Item>
        ) : null}
        <Form.Item
          label={t('users.password')}
          htmlFor="userCreate_password"
          required
          extra={t('users.passwordHelp', { min: PASSWORD_MIN })}
        >
          <Flex gap={8}>
            <Form.Item name="password" noStyle rules={[rule('password')]}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button
              icon={<ThunderboltOutlined />}
              onClick={() => {
                form.setFieldValue('password', randomPassword());
                void form.validateFields(['password']);
              }}
              title={t('users.generatePassword')}
              aria-label={t('users.generatePassword')}
            />
          </Flex>
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Drawer>
  );
}
