import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Drawer, Flex, Form, Grid, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, activityBody } from '../../../../core/contracts/training-results';
import { useSessionUser } from '../../../auth/AuthContext';
import { DateInput } from '../../../components/DateInput';
import { UnitSelect } from '../../../components/UnitTreeSelect';
import { useShowError } from '../../../lib/errors';
import { applyServerErrors, flatFields } from '../../../lib/formErrors';
import { todayVn } from '../../../lib/records';
import { parseForm, zodRules } from '../../../lib/zodForm';
import { activitiesApi, activityKeys } from './activitiesApi';
import { ACTIVITY_FIELDS, activityValues } from './activityRules';
import { PersonPicker } from './PersonPicker';

/** Ghi nhận một hoạt động bồi dưỡng khác (kèm cặp, hướng dẫn nghiệp vụ, bồi dưỡng người mới). */
export function ActivityDrawer({ unit, onClose }: { unit: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const user = useSessionUser();
  const [form] = Form.useForm();
  const rule = zodRules(activityBody, form, activityValues);

  const add = useMutation({
    mutationFn: activitiesApi.add,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: activityKeys.all });
      void message.success(t('training.activities.form.saved'));
      onClose();
    },
    onError: (e) => {
      if (applyServerErrors(form, e, flatFields(ACTIVITY_FIELDS))) return;
      showError(e);
    },
  });

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const body = parseForm(activityBody, form, activityValues(form.getFieldsValue(true)));
    if (body) add.mutate(body);
  };

  return (
    <Drawer
      open
      onClose={onClose}
      title={t('training.activities.form.title')}
      size={screens.md ? 640 : '100%'}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={add.isPending} onClick={() => void submit()}>
            {t('training.activities.form.submit')}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        layout="vertical"
        validateTrigger="onBlur"
        disabled={add.isPending}
        initialValues={{
          kind: 'coaching',
          unitCode: unit ?? (user.scope.length === 1 ? user.scope[0]?.code : undefined),
          date: todayVn(),
          participants: 1,
        }}
      >
        <Form.Item name="kind" label={t('training.activities.kind')} rules={[rule('kind')]}>
          <Select
            options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`training.activityKind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="unitCode" label={t('training.activities.unit')} rules={[rule('unitCode')]}>
          <UnitSelect known={user.scope} />
        </Form.Item>
        <Form.Item
          name="personId"
          label={t('training.activities.person')}
          extra={t('training.activities.form.personHelp')}
          rules={[rule('personId')]}
        >
          <PersonPicker />
        </Form.Item>
        <Form.Item name="title" label={t('training.activities.title')} rules={[rule('title')]}>
          <Input maxLength={500} placeholder={t('training.activities.form.titlePlaceholder')} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="date" label={t('training.activities.date')} rules={[rule('date')]}>
              <DateInput style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="hours" label={t('training.activities.hours')} rules={[rule('hours')]}>
              <InputNumber min={0} step={0.5} decimalSeparator="," style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name="participants"
              label={t('training.activities.participants')}
              rules={[rule('participants')]}
            >
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('training.activities.note')} rules={[rule('note')]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
