import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Drawer, Flex, Form, Grid, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { TRAINING_MODE_LABELS, TRAINING_MODES } from '../../../core/catalog/enums';
import { courseBody } from '../../../core/contracts/training-courses';
import { useSessionUser } from '../../auth/AuthContext';
import { DateInput } from '../../components/DateInput';
import { UnitSelect, UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useShowError } from '../../lib/errors';
import { foldText } from '../../lib/format';
import { applyServerErrors, flatFields } from '../../lib/formErrors';
import { parseForm, zodRules } from '../../lib/zodForm';
import { useInstitutions, useProgrammes } from './catalogueQueries';
import { trainingApi, trainingKeys } from './trainingApi';

const FIELDS = [
  'code',
  'name',
  'programmeCode',
  'institutionCode',
  'organiserUnitCode',
  'mode',
  'place',
  'placeUnitCodes',
  'startDate',
  'endDate',
  'capacity',
  'decisionNo',
  'note',
] as const;

/** Empty strings and empty lists are "not given" for the API. */
function normalise(v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of FIELDS) {
    const x = v[k];
    if (x === '' || x === undefined || (Array.isArray(x) && x.length === 0)) out[k] = null;
    else out[k] = typeof x === 'string' ? x.trim() : x;
  }
  return out;
}

const searchable = (input: string, option?: { label?: unknown }) =>
  foldText(String(option?.label ?? '')).includes(foldText(input));

/** Mở lớp mới: a course of a programme at an institution, organised by a unit in the actor's scope. */
export function CourseCreateDrawer({
  onClose,
  onCreated,
}: {
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
  const rule = zodRules(courseBody, form, normalise);
  const programmes = useProgrammes();
  const institutions = useInstitutions();
  const programmeCode = Form.useWatch('programmeCode', form) as string | undefined;
  const programme = programmes.data?.find((p) => p.code === programmeCode);

  const create = useMutation({
    mutationFn: trainingApi.createCourse,
    onSuccess: async (c) => {
      await queryClient.invalidateQueries({ queryKey: trainingKeys.all });
      void message.success(t('training.form.created', { name: c.name }));
      onCreated(c.id);
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
    const body = parseForm(courseBody, form, normalise(form.getFieldsValue(true)));
    if (body) create.mutate(body);
  };

  return (
    <Drawer
      open
      onClose={onClose}
      title={t('training.form.title')}
      size={screens.md ? 720 : '100%'}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => void submit()}>
            {t('training.form.submit')}
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
          mode: 'full_time',
          capacity: 50,
          organiserUnitCode: user.scope.length === 1 ? user.scope[0]?.code : undefined,
        }}
        onFinish={() => void submit()}
      >
        <Form.Item name="programmeCode" label={t('training.form.programme')} rules={[rule('programmeCode')]}>
          <Select
            showSearch={{ filterOption: searchable }}
            loading={programmes.isLoading}
            placeholder={t('training.form.pick')}
            options={(programmes.data ?? [])
              .filter((p) => p.active)
              .map((p) => ({ value: p.code, label: p.name }))}
            onChange={(code: string) => {
              const p = programmes.data?.find((x) => x.code === code);
              if (!p) return;
              if (!form.getFieldValue('name')) form.setFieldValue('name', p.name);
              const mode = form.getFieldValue('mode') as string | undefined;
              if (p.modes.length && !p.modes.includes(mode as never)) form.setFieldValue('mode', p.modes[0]);
            }}
          />
        </Form.Item>
        <Form.Item name="name" label={t('training.form.name')} rules={[rule('name')]}>
          <Input placeholder={t('training.form.namePlaceholder')} maxLength={300} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item
              name="code"
              label={t('training.form.code')}
              extra={t('training.form.codeHelp')}
              rules={[rule('code')]}
            >
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="decisionNo" label={t('training.form.decisionNo')} rules={[rule('decisionNo')]}>
              <Input maxLength={100} placeholder="123/QĐ-TCT" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="institutionCode"
          label={t('training.form.institution')}
          rules={[rule('institutionCode')]}
        >
          <Select
            showSearch={{ filterOption: searchable }}
            loading={institutions.isLoading}
            placeholder={t('training.form.pick')}
            options={(institutions.data ?? [])
              .filter((i) => i.active)
              .map((i) => ({ value: i.code, label: i.name }))}
          />
        </Form.Item>
        <Form.Item
          name="organiserUnitCode"
          label={t('training.form.organiser')}
          extra={t('training.form.organiserHelp')}
          rules={[rule('organiserUnitCode')]}
        >
          <UnitSelect known={user.scope} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="mode" label={t('training.form.mode')} rules={[rule('mode')]}>
              <Select
                options={TRAINING_MODES.filter(
                  (m) => !programme?.modes.length || programme.modes.includes(m),
                ).map((m) => ({ value: m, label: TRAINING_MODE_LABELS[m] }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="capacity" label={t('training.form.capacity')} rules={[rule('capacity')]}>
              <InputNumber min={1} max={100_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="startDate" label={t('training.form.startDate')} rules={[rule('startDate')]}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="endDate"
              label={t('training.form.endDate')}
              dependencies={['startDate']}
              rules={[rule('endDate')]}
            >
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="place" label={t('training.form.place')} rules={[rule('place')]}>
          <Input placeholder={t('training.form.placePlaceholder')} maxLength={500} />
        </Form.Item>
        <Form.Item
          name="placeUnitCodes"
          label={t('training.form.placeUnits')}
          rules={[rule('placeUnitCodes')]}
        >
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item name="note" label={t('training.form.note')} rules={[rule('note')]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Drawer>
  );
}
