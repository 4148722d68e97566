import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PASSWORD_MIN, passwordChangeBody } from '../../../core/contracts/auth';
import { isApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import { useAuth } from '../../auth/AuthContext';
import { paths } from '../../auth/paths';
import { PageHeader } from '../../components/PageHeader';
import { applyFieldErrors, useShowError } from '../../lib/errors';
import { parseForm, zodRules } from '../../lib/zodForm';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

function pick(v: Record<string, unknown>): Record<string, unknown> {
  return { currentPassword: v.currentPassword ?? '', newPassword: v.newPassword ?? '' };
}

export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const { refresh } = useAuth();
  const { message } = App.useApp();
  const showError = useShowError();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const rule = zodRules(passwordChangeBody, form, pick);

  const change = useMutation({
    mutationFn: api.auth.changePassword,
    onSuccess: async () => {
      void message.success(t('password.changed'));
      form.resetFields();
      await refresh().catch(() => undefined);
      navigate(paths.dashboard);
    },
    onError: (e) => {
      if (applyFieldErrors(form, e, ['currentPassword', 'newPassword'])) return;
      if (isApiError(e) && e.code === 'WRONG_PASSWORD') {
        form.setFields([{ name: 'currentPassword', errors: [e.message] }]);
        return;
      }
      showError(e);
    },
  });

  const submit = async () => {
    const values = form.getFieldsValue(true) as Record<string, unknown>;
    const body = parseForm(passwordChangeBody, form, pick(values));
    try {
      await form.validateFields(['confirm']);
    } catch {
      return;
    }
    if (body) change.mutate(body);
  };

  return (
    <>
      <PageHeader title={t('password.title')} />
      <Card style={{ maxWidth: 560 }}>
        <Typography.Paragraph type="secondary">
          {t('password.hint', { min: PASSWORD_MIN })}
        </Typography.Paragraph>
        <Form
          form={form}
          name="passwordChange"
          layout="vertical"
          validateTrigger="onBlur"
          initialValues={{ currentPassword: '', newPassword: '', confirm: '' }}
          onFinish={() => void submit()}
          disabled={change.isPending}
        >
          <Form.Item
            name="currentPassword"
            label={t('password.current')}
            required
            rules={[rule('currentPassword')]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            required
            dependencies={['currentPassword']}
            rules={[rule('newPassword')]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            required
            dependencies={['newPassword']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_r, value: string) => {
                  if (!value) throw new Error(t('password.confirmRequired'));
                  if (value !== getFieldValue('newPassword')) throw new Error(t('password.confirmMismatch'));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t('password.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
