import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Modal, Radio, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { leaveBody } from '../../../../core/contracts/training-results';
import { LEAVE_REASONS, type LeaveReason } from '../../../../core/training/compensation';
import { DateInput } from '../../../components/DateInput';
import { useShowError } from '../../../lib/errors';
import { formatDate, formatNumber } from '../../../lib/format';
import { applyServerErrors, flatFields } from '../../../lib/formErrors';
import { todayVn } from '../../../lib/records';
import { parseForm, zodRules } from '../../../lib/zodForm';
import { type Commitment, previewLeave } from './commitmentRules';
import { commitmentKeys, commitmentsApi, type LeaveAnswer } from './commitmentsApi';

const FIELDS = ['leftOn', 'reason'] as const;
const dong = (n: number) => `${formatNumber(n)} đồng`;

function normalise(v: Record<string, unknown>) {
  return { leftOn: v.leftOn ?? '', reason: v.reason ?? undefined };
}

/** The compensation the server will compute, shown while the officer fills the form. */
function Preview({ c, leftOn, reason }: { c: Commitment; leftOn?: string; reason?: LeaveReason }) {
  const { t } = useTranslation();
  const p = previewLeave(c, leftOn, reason);
  if (p.kind === 'incomplete')
    return <Alert type="info" showIcon title={t('training.commitments.leave.previewWaiting')} />;
  if (p.kind === 'beforeStart')
    return (
      <Alert
        type="warning"
        showIcon
        title={t('training.commitments.leave.beforeStart', { date: formatDate(c.startsOn) })}
      />
    );
  const nums = {
    f: formatNumber(c.cost),
    t1: formatNumber(c.months),
    t2: formatNumber(p.served),
    s: dong(p.amount),
  };
  let explanation: string;
  if (p.exempt)
    explanation = t('training.commitments.leave.exempt', {
      reason: t(`training.commitments.reason.${reason as LeaveReason}`),
    });
  else if (p.fullCost) explanation = t('training.commitments.leave.fullCost', nums);
  else if (p.amount === 0) explanation = t('training.commitments.leave.served', nums);
  else explanation = t('training.commitments.leave.formula', nums);
  return (
    <Alert
      type={p.amount > 0 ? 'warning' : 'success'}
      showIcon
      data-testid="leave-preview"
      title={
        <span>
          {t('training.commitments.leave.previewTitle')}: <strong>{dong(p.amount)}</strong>
        </span>
      }
      description={
        <Space orientation="vertical" size={2}>
          <span>{explanation}</span>
          <Typography.Text type="secondary">
            {t('training.commitments.leave.servedLine', nums)}
          </Typography.Text>
        </Space>
      }
    />
  );
}

function Answer({ a }: { a: LeaveAnswer }) {
  const { t } = useTranslation();
  return (
    <Result
      status={a.status === 'compensated' ? 'warning' : 'success'}
      title={t(`training.commitments.outcome.${a.status as 'compensated'}`, { defaultValue: a.status })}
      subTitle={t('training.commitments.leave.saved', { name: a.person.fullName })}
      style={{ padding: '16px 0' }}
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'reason',
            label: t('training.commitments.leave.reason'),
            children: t(`training.commitments.reason.${a.reason}`),
          },
          { key: 'leftOn', label: t('training.commitments.leave.leftOn'), children: formatDate(a.leftOn) },
          {
            key: 'served',
            label: t('training.commitments.served'),
            children: `${formatNumber(a.served)} / ${formatNumber(a.months)}`,
          },
          {
            key: 'amount',
            label: t('training.commitments.leave.compensation'),
            children: <strong data-testid="leave-amount">{dong(a.compensation ?? 0)}</strong>,
          },
        ]}
      />
    </Result>
  );
}

/** Ghi nhận thôi việc / chuyển công tác trước hạn cam kết, with the compensation previewed. */
export function LeaveModal({ commitment, onClose }: { commitment: Commitment; onClose: () => void }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const rule = zodRules(leaveBody, form, normalise);
  const leftOn = Form.useWatch('leftOn', form) as string | undefined;
  const reason = Form.useWatch('reason', form) as LeaveReason | undefined;

  const save = useMutation({
    mutationFn: (body: { leftOn: string; reason: LeaveReason }) => commitmentsApi.leave(commitment.id, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: commitmentKeys.all }),
    onError: (e) => {
      if (applyServerErrors(form, e, flatFields(FIELDS))) return;
      showError(e);
    },
  });

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const body = parseForm(leaveBody, form, normalise(form.getFieldsValue(true)));
    if (body) save.mutate(body);
  };

  const done = save.data;
  return (
    <Modal
      open
      onCancel={onClose}
      width={640}
      destroyOnHidden
      title={t('training.commitments.leave.title')}
      footer={
        done ? (
          <Button type="primary" onClick={onClose}>
            {t('common.close')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
              {t('training.commitments.leave.submit')}
            </Button>
          </>
        )
      }
    >
      {done ? (
        <Answer a={done} />
      ) : (
        <>
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 16 }}
            items={[
              {
                key: 'person',
                label: t('training.commitments.person'),
                children: commitment.person.fullName,
              },
              { key: 'course', label: t('training.commitments.course'), children: commitment.course.name },
              {
                key: 'terms',
                label: t('training.commitments.terms'),
                children: t('training.commitments.termsValue', {
                  from: formatDate(commitment.startsOn),
                  to: formatDate(commitment.endsOn),
                  months: formatNumber(commitment.months),
                  cost: dong(commitment.cost),
                }),
              },
            ]}
          />
          <Form
            form={form}
            layout="vertical"
            validateTrigger="onBlur"
            disabled={save.isPending}
            initialValues={{ leftOn: todayVn() }}
          >
            <Form.Item name="leftOn" label={t('training.commitments.leave.leftOn')} rules={[rule('leftOn')]}>
              <DateInput allowClear={false} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="reason" label={t('training.commitments.leave.reason')} rules={[rule('reason')]}>
              <Radio.Group
                style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
                options={LEAVE_REASONS.map((r) => ({
                  value: r,
                  label: t(`training.commitments.reason.${r}`),
                }))}
              />
            </Form.Item>
          </Form>
          <Preview c={commitment} {...(leftOn ? { leftOn } : {})} {...(reason ? { reason } : {})} />
        </>
      )}
    </Modal>
  );
}
