import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Drawer, Flex, Form, Grid, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayVn } from '../../../core/catalog/dates';
import { PLAN_KINDS, planCreateBody } from '../../../core/contracts/plans';
import { useSessionUser } from '../../auth/AuthContext';
import { UnitSelect } from '../../components/UnitTreeSelect';
import { useShowError } from '../../lib/errors';
import { applyServerErrors, flatFields } from '../../lib/formErrors';
import { parseForm, zodRules } from '../../lib/zodForm';
import { planKeys, plansApi } from './plansApi';

const FIELDS = ['unit', 'kind', 'fromYear', 'toYear', 'title', 'fromNeeds'] as const;

/** Empty title is "not given"; an annual plan has one year. */
function normalise(v: Record<string, unknown>): Record<string, unknown> {
  const title = typeof v.title === 'string' ? v.title.trim() : '';
  return {
    unit: v.unit ?? '',
    kind: v.kind,
    fromYear: v.fromYear ?? null,
    toYear: v.kind === 'annual' ? (v.fromYear ?? null) : (v.toYear ?? null),
    ...(title ? { title } : {}),
    fromNeeds: v.fromNeeds !== false,
  };
}

/** "Lập kế hoạch": a new draft plan of a unit, optionally filled from today's training needs. */
export function PlanCreateDrawer({
  defaultUnit,
  onClose,
  onCreated,
}: {
  defaultUnit: { code: string; name: string } | null;
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const user = useSessionUser();
  const [form] = Form.useForm();
  const rule = zodRules(planCreateBody, form, normalise);
  const kind = Form.useWatch('kind', form) as string | undefined;
  const nextYear = Number(todayVn().slice(0, 4)) + 1;
  const initialUnit = defaultUnit ?? (user.scope.length === 1 ? (user.scope[0] ?? null) : null);

  const create = useMutation({
    mutationFn: plansApi.create,
    onSuccess: async (p) => {
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
      queryClient.setQueryData(planKeys.plan(p.id), p);
      void message.success(t('plans.form.created'));
      onCreated(p.id);
    },
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
    const body = parseForm(planCreateBody, form, normalise(form.getFieldsValue(true)));
    if (body) create.mutate(body);
  };

  return (
    <Drawer
      open
      onClose={onClose}
      title={t('plans.form.title')}
      size={screens.md ? 560 : '100%'}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => void submit()}>
            {t('plans.form.submit')}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        layout="vertical"
        validateTrigger="onBlur"
        disabled={create.isPending}
        initialValues={{
          unit: initialUnit?.code,
          kind: 'annual',
          fromYear: nextYear,
          toYear: nextYear,
          fromNeeds: true,
        }}
        onFinish={() => void submit()}
      >
        <Form.Item name="unit" label={t('plans.form.unit')} rules={[rule('unit')]}>
          <UnitSelect known={initialUnit ? [initialUnit] : []} />
        </Form.Item>
        <Form.Item name="kind" label={t('plans.form.kind')} rules={[rule('kind')]}>
          <Select
            options={PLAN_KINDS.map((k) => ({ value: k, label: t(`plans.kinds.${k}`) }))}
            onChange={(v: string) => {
              const from = form.getFieldValue('fromYear') as number | undefined;
              if (v === 'annual') form.setFieldValue('toYear', from);
              else if (from) form.setFieldValue('toYear', from + 4);
            }}
          />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item
            name="fromYear"
            label={t('plans.form.fromYear')}
            rules={[rule('fromYear')]}
            style={{ flex: 1 }}
          >
            <InputNumber<number>
              min={2000}
              max={2100}
              precision={0}
              style={{ width: '100%' }}
              onChange={(v) => {
                if (kind === 'annual') form.setFieldValue('toYear', v);
              }}
            />
          </Form.Item>
          <Form.Item
            name="toYear"
            label={t('plans.form.toYear')}
            rules={[rule('toYear')]}
            dependencies={['fromYear', 'kind']}
            style={{ flex: 1 }}
          >
            <InputNumber<number>
              min={2000}
              max={2100}
              precision={0}
              style={{ width: '100%' }}
              disabled={kind === 'annual'}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="title"
          label={t('plans.form.name')}
          extra={t('plans.form.nameHelp')}
          rules={[rule('title')]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="fromNeeds" valuePropName="checked" extra={t('plans.form.fromNeedsHelp')}>
          <Checkbox>{t('plans.form.fromNeeds')}</Checkbox>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
