import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { type LoginBody, loginBody } from '../../../core/contracts/auth';
import { isApiError } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { safeNext } from '../../auth/paths';
import { FullPageSpin } from '../../auth/RequireAuth';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { applyFieldErrors, errorMessage } from '../../lib/errors';
import { parseForm, zodRules } from '../../lib/zodForm';

const FIELDS = ['username', 'password'] as const;

function pick(values: Record<string, unknown>): Record<string, unknown> {
  return { username: values.username ?? '', password: values.password ?? '' };
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { state, login } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<LoginBody>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const next = safeNext(params.get('next'));
  const rule = zodRules(loginBody, form, pick);

  useEffect(() => {
    document.title = `${t('auth.loginTitle')} — ${t('app.documentTitle')}`;
  }, [t]);

  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'authenticated' && !submitting) return <Navigate to={next} replace />;

  const onFinish = async (raw: Record<string, unknown>) => {
    setError(null);
    const body = parseForm(loginBody, form, pick(raw));
    if (!body) return;
    setSubmitting(true);
    try {
      await login(body);
      navigate(next, { replace: true });
    } catch (e) {
      if (!(isApiError(e) && applyFieldErrors(form, e, FIELDS))) setError(errorMessage(e, t));
      setSubmitting(false);
    }
  };

  const notice =
    state.status === 'anonymous' && state.reason === 'expired'
      ? t('auth.sessionExpired')
      : state.status === 'anonymous' && state.reason === 'logout'
        ? t('auth.loggedOut')
        : null;

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        boxSizing: 'border-box',
        padding: 24,
        background: 'linear-gradient(160deg, #f5f7fb 0%, #e8eef8 55%, #fdf1f1 100%)',
      }}
    >
      <div style={{ position: 'absolute', top: 16, right: 16 }}>
        <LanguageSwitch />
      </div>
      <Flex vertical align="center" gap={12} style={{ marginBottom: 24, maxWidth: 480, textAlign: 'center' }}>
        <span
          aria-hidden
          style={{
            width: 56,
            height: 56,
            borderRadius: 14,
            background: '#c8102e',
            color: '#ffd700',
            display: 'grid',
            placeItems: 'center',
            fontWeight: 700,
            fontSize: 30,
            boxShadow: '0 6px 16px rgba(200,16,46,0.25)',
          }}
        >
          C
        </span>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Text style={{ fontSize: 16 }} type="secondary">
          {t('app.tagline')}
        </Typography.Text>
      </Flex>
      <Card style={{ width: '100%', maxWidth: 400 }} styles={{ body: { padding: 28 } }}>
        <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 20 }}>
          {t('auth.loginTitle')}
        </Typography.Title>
        {notice && !error ? <Alert type="info" showIcon title={notice} style={{ marginBottom: 16 }} /> : null}
        {error ? (
          <Alert
            type="error"
            showIcon
            title={error}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
            role="alert"
          />
        ) : null}
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          validateTrigger="onBlur"
          initialValues={{ username: '', password: '' }}
          onFinish={(v) => void onFinish(v as Record<string, unknown>)}
          disabled={submitting}
        >
          <Form.Item name="username" label={t('auth.username')} rules={[rule('username')]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[rule('password')]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
            {t('auth.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
          {t('auth.loginHint')}
        </Typography.Paragraph>
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 24, fontSize: 12 }}>
        {t('auth.footer')}
      </Typography.Text>
    </Flex>
  );
}
