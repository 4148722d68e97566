import { LoadingOutlined, StopOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Modal, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentCheck, AppointmentReason } from '../../../api/compliance';
import { useAllUnits } from '../../../components/unitOptions';
import { formatDate } from '../../../lib/format';
import { legalBasisText } from '../../standards/compliance/complianceDisplay';
import { usePositions } from '../personForms';
import type { GateCheck } from './appointmentGate';

const REASON_MAX = 1000;

function Reasons({ items }: { items: readonly AppointmentReason[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {items.map((r, i) => (
        // Two reasons can share a code (two requirements): the order is the key.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed while the dialog is open
        <li key={i} style={{ marginBottom: 4 }}>
          <Typography.Text>{r.message}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}

/** Names of a post and a unit chosen in the form, for the dialog's sentence. */
function usePostNames(unitCode: string, positionCode: string) {
  const units = useAllUnits();
  const positions = usePositions();
  return {
    unit: units.data?.find((u) => u.code === unitCode)?.name ?? unitCode,
    position: positions.data?.find((p) => p.code === positionCode)?.name ?? positionCode,
  };
}

/**
 * "Không đủ điều kiện bổ nhiệm": why the post cannot be given (each reason names its legal basis)
 * and the standards concerned. The assignment is not saved; an administrator may appoint anyway,
 * writing the reason, which is sent with the assignment.
 */
export function AppointmentCheckModal({
  check,
  personName,
  unitCode,
  positionCode,
  date,
  pending,
  onCancel,
  onOverride,
}: {
  /** null: closed. */
  check: GateCheck | null;
  personName: string;
  unitCode: string;
  positionCode: string;
  date: string;
  pending: boolean;
  onCancel: () => void;
  onOverride: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const names = usePostNames(unitCode, positionCode);
  const [overriding, setOverriding] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const open = check !== null;

  useEffect(() => {
    if (!open) {
      setOverriding(false);
      form.resetFields();
    }
  }, [open, form]);

  const confirm = async () => {
    try {
      const v = await form.validateFields();
      onOverride(v.reason.trim());
    } catch {
      // The field shows what is missing.
    }
  };

  const footer = !check ? null : overriding ? (
    <Flex justify="flex-end" gap={8} wrap>
      <Button onClick={() => setOverriding(false)} disabled={pending}>
        {t('compliance.check.back')}
      </Button>
      <Button type="primary" danger loading={pending} onClick={() => void confirm()}>
        {t('compliance.check.overrideSubmit')}
      </Button>
    </Flex>
  ) : (
    <Flex justify="flex-end" gap={8} wrap>
      {check.canOverride ? (
        <Button danger onClick={() => setOverriding(true)}>
          {t('compliance.check.override')}
        </Button>
      ) : null}
      <Button type="primary" onClick={onCancel}>
        {t('compliance.check.close')}
      </Button>
    </Flex>
  );

  return (
    <Modal
      open={open}
      onCancel={pending ? undefined : onCancel}
      closable={!pending}
      maskClosable={false}
      width={640}
      title={
        <Flex gap={8} align="center">
          <StopOutlined style={{ color: '#cf1322' }} />
          <span>{t('compliance.check.title')}</span>
        </Flex>
      }
      footer={footer}
      data-testid="appointment-check-modal"
    >
      {check ? (
        <Flex vertical gap={14}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('compliance.check.intro', {
              name: personName,
              position: names.position,
              unit: names.unit,
              date: formatDate(date),
            })}
          </Typography.Paragraph>
          <Flex vertical gap={4}>
            <Typography.Text strong>{t('compliance.check.reasons')}</Typography.Text>
            <Reasons items={check.reasons} />
          </Flex>
          {check.standards.length ? (
            <Flex vertical gap={4}>
              <Typography.Text strong>{t('compliance.check.standards')}</Typography.Text>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {check.standards.map((s) => (
                  <li key={s.code}>
                    <Typography.Text>{s.name}</Typography.Text>{' '}
                    <Tooltip title={s.legalBasis.title}>
                      <Typography.Text type="secondary">
                        (
                        {t('compliance.gap.basis', {
                          basis: legalBasisText(s.legalBasis, t('compliance.gap.dayWord')),
                        })}
                        )
                      </Typography.Text>
                    </Tooltip>
                  </li>
                ))}
              </ul>
            </Flex>
          ) : null}
          {check.warnings.length ? (
            <Alert
              type="warning"
              showIcon
              icon={<WarningOutlined />}
              title={t('compliance.check.warnings')}
              description={<Reasons items={check.warnings} />}
            />
          ) : null}
          {overriding ? (
            <Form form={form} layout="vertical" disabled={pending} requiredMark>
              <Form.Item
                name="reason"
                label={t('compliance.check.overrideReason')}
                extra={t('compliance.check.overrideHelp')}
                rules={[
                  {
                    validator: async (_r, v: unknown) => {
                      if (typeof v !== 'string' || v.trim().length < 10)
                        throw new Error(t('compliance.check.overrideReasonRequired'));
                    },
                  },
                ]}
                required
                style={{ marginBottom: 0 }}
              >
                <Input.TextArea
                  autoFocus
                  autoSize={{ minRows: 3, maxRows: 6 }}
                  maxLength={REASON_MAX}
                  showCount
                  placeholder={t('compliance.check.overridePlaceholder')}
                />
              </Form.Item>
            </Form>
          ) : (
            <Typography.Text type="secondary">
              {check.canOverride ? t('compliance.check.notSavedAdmin') : t('compliance.check.notSaved')}
            </Typography.Text>
          )}
        </Flex>
      ) : null}
    </Modal>
  );
}

/**
 * What the check says while the assignment form is filled in: refused (the dialog will say it again
 * on save), warnings that do not block (grace period), or the standards the person meets.
 */
export function AppointmentCheckNotice({
  check,
  loading,
}: {
  check: AppointmentCheck | undefined;
  loading: boolean;
}) {
  const { t } = useTranslation();
  if (!check)
    return loading ? (
      <Typography.Text type="secondary" data-testid="appointment-check-notice">
        <LoadingOutlined /> {t('compliance.check.checking')}
      </Typography.Text>
    ) : null;
  if (!check.allowed)
    return (
      <Alert
        type="error"
        showIcon
        title={t('compliance.check.inlineRefused')}
        description={<Reasons items={check.reasons} />}
        data-testid="appointment-check-notice"
      />
    );
  if (check.warnings.length)
    return (
      <Alert
        type="warning"
        showIcon
        title={t('compliance.check.warnings')}
        description={<Reasons items={check.warnings} />}
        data-testid="appointment-check-notice"
      />
    );
  if (check.standards.length)
    return (
      <Alert
        type="success"
        showIcon
        title={t('compliance.check.inlineMeets', {
          standards: check.standards.map((s) => s.name).join('; '),
        })}
        data-testid="appointment-check-notice"
      />
    );
  return null;
}
