import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Modal, Select, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AREA_CLASSES, UNIT_KIND_LABELS, UNIT_KINDS } from '../../../core/catalog/enums';
import { dissolveBody, unitCreateBody, unitMoveBody, unitUpdateBody } from '../../../core/contracts/org';
import { isApiError } from '../../api/client';
import { api, type OrgTree, type UnitDetail } from '../../api/endpoints';
import { DateInput } from '../../components/DateInput';
import { UnitSelect } from '../../components/UnitTreeSelect';
import { useShowError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { applyServerErrors, flatFields } from '../../lib/formErrors';
import { orNull, textOrNull, todayVn } from '../../lib/records';
import { parseForm, zodRules } from '../../lib/zodForm';

/** After any change to the organisation, trees, counts, lists and reports are stale. */
export function useOrgChanged() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['org'] }),
      queryClient.invalidateQueries({ queryKey: ['people'] }),
      queryClient.invalidateQueries({ queryKey: ['reports'] }),
    ]);
  };
}

export const futureDate = (iso: string) => iso > todayVn();

const kindOptions = UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }));
const areaOptions = AREA_CLASSES.map((c) => ({ value: c, label: c }));

/* ------------------------------------------------------------------ create */

const CREATE_FIELDS = [
  'code',
  'name',
  'kind',
  'parentCode',
  'officialCode',
  'areaClass',
  'difficultArea',
  'validFrom',
] as const;

function createValues(v: Record<string, unknown>, tree: OrgTree): Record<string, unknown> {
  return {
    code: typeof v.code === 'string' ? v.code.trim() : '',
    name: typeof v.name === 'string' ? v.name : '',
    kind: v.kind,
    tree,
    parentCode: orNull(v.parentCode as string | null | undefined),
    officialCode: textOrNull(v.officialCode),
    areaClass: orNull(v.areaClass as string | null | undefined),
    difficultArea: v.difficultArea === true,
    validFrom: v.validFrom ?? '',
  };
}

/** Thêm đơn vị (trực thuộc `parent`, or a top unit when `parent` is null). */
export function UnitCreateModal({
  open,
  parentCode,
  parentName,
  tree,
  onClose,
  onCreated,
}: {
  open: boolean;
  parentCode: string | null;
  parentName: string | null;
  tree: OrgTree;
  onClose: () => void;
  onCreated: (code: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const changed = useOrgChanged();
  const [form] = Form.useForm();
  const normalise = (v: Record<string, unknown>) => createValues(v, tree);
  const rule = zodRules(unitCreateBody, form, normalise);

  useEffect(() => {
    if (open)
      form.setFieldsValue({
        parentCode,
        validFrom: todayVn(),
        difficultArea: false,
        kind: tree === 'party' ? 'party_org' : undefined,
      });
  }, [open, parentCode, tree, form]);

  const create = useMutation({
    mutationFn: api.org.create,
    onSuccess: async (unit) => {
      void message.success(t('org.created', { name: unit.name }));
      await changed();
      form.resetFields();
      onClose();
      onCreated(unit.code);
    },
    onError: (e) => {
      if (applyServerErrors(form, e, flatFields(CREATE_FIELDS))) return;
      showError(e);
    },
  });

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const body = parseForm(unitCreateBody, form, normalise(form.getFieldsValue(true)));
    if (body) create.mutate(body);
  };

  return (
    <Modal
      open={open}
      title={parentCode ? t('org.addChildTitle', { name: parentName ?? parentCode }) : t('org.createRoot')}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => void submit()}>
            {t('org.createSubmit')}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        name="unitCreate"
        layout="vertical"
        validateTrigger="onBlur"
        onFinish={() => void submit()}
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="code"
            label={t('org.code')}
            rules={[rule('code')]}
            required
            extra={t('org.codeHelp')}
            style={{ flex: '1 1 200px' }}
          >
            <Input autoComplete="off" spellCheck={false} />
          </Form.Item>
          <Form.Item
            name="kind"
            label={t('org.kind')}
            rules={[{ required: true, message: t('org.kindRequired') }, rule('kind')]}
            validateFirst
            required
            validateTrigger={['onBlur', 'onChange']}
            style={{ flex: '1 1 200px' }}
          >
            <Select options={kindOptions} placeholder={t('org.kindPlaceholder')} />
          </Form.Item>
        </Flex>
        <Form.Item name="name" label={t('org.name')} rules={[rule('name')]} required>
          <Input autoComplete="off" placeholder={t('org.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="parentCode" label={t('org.parent')} rules={[rule('parentCode')]}>
          <UnitSelect known={parentCode ? [{ code: parentCode, name: parentName ?? parentCode }] : []} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="validFrom"
            label={t('org.validFrom')}
            rules={[rule('validFrom')]}
            required
            style={{ flex: '1 1 160px' }}
          >
            <DateInput allowClear={false} />
          </Form.Item>
          <Form.Item
            name="officialCode"
            label={t('org.officialCode')}
            rules={[rule('officialCode')]}
            style={{ flex: '1 1 160px' }}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="areaClass" label={t('org.areaClass')} style={{ flex: '0 1 120px' }}>
            <Select allowClear options={areaOptions} placeholder="—" />
          </Form.Item>
        </Flex>
        <Form.Item name="difficultArea" label={t('org.difficultArea')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}

/* -------------------------------------------------------- rename and edit */

const EDIT_FIELDS = ['name', 'officialCode', 'areaClass', 'difficultArea', 'effectiveDate'] as const;

/** Đổi tên (from a date) and the unit's other attributes. Only what changed is sent. */
export function UnitEditModal({
  open,
  unit,
  onClose,
}: {
  open: boolean;
  unit: UnitDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const changed = useOrgChanged();
  const [form] = Form.useForm();
  const normalise = (v: Record<string, unknown>) => {
    const out: Record<string, unknown> = { effectiveDate: v.effectiveDate ?? '', version: unit.version };
    if (v.name !== unit.name) out.name = v.name ?? '';
    const officialCode = textOrNull(v.officialCode);
    if (officialCode !== unit.officialCode) out.officialCode = officialCode;
    const areaClass = orNull(v.areaClass as string | null | undefined);
    if (areaClass !== unit.areaClass) out.areaClass = areaClass;
    if ((v.difficultArea === true) !== unit.difficultArea) out.difficultArea = v.difficultArea === true;
    return out;
  };
  const rule = zodRules(unitUpdateBody, form, normalise);

  useEffect(() => {
    if (open)
      form.setFieldsValue({
        name: unit.name,
        officialCode: unit.officialCode ?? '',
        areaClass: unit.areaClass,
        difficultArea: unit.difficultArea,
        effectiveDate: todayVn(),
      });
  }, [open, unit, form]);

  const save = useMutation({
    mutationFn: (body: Parameters<typeof api.org.update>[1]) => api.org.update(unit.code, body),
    onSuccess: async () => {
      void message.success(t('org.saved'));
      await changed();
      onClose();
    },
    onError: async (e) => {
      if (isApiError(e) && e.code === 'VERSION_CONFLICT') {
        showError(e, t('org.versionConflict'));
        await changed();
        onClose();
        return;
      }
      if (applyServerErrors(form, e, flatFields(EDIT_FIELDS))) return;
      showError(e);
    },
  });

  const submit = () => {
    const diff = normalise(form.getFieldsValue(true));
    if (Object.keys(diff).length === 2) {
      void message.info(t('org.noChanges'));
      return;
    }
    const body = parseForm(unitUpdateBody, form, diff);
    if (body) save.mutate(body);
  };

  return (
    <Modal
      open={open}
      title={t('org.renameTitle', { name: unit.name })}
      onCancel={onClose}
      destroyOnHidden
      width={600}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={submit}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form form={form} name="unitEdit" layout="vertical" validateTrigger="onBlur" onFinish={submit}>
        <Form.Item name="name" label={t('org.newName')} rules={[rule('name')]} required>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="effectiveDate"
          label={t('org.renameFrom')}
          rules={[rule('effectiveDate')]}
          required
          extra={t('org.renameFromHelp')}
        >
          <DateInput allowClear={false} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="officialCode"
            label={t('org.officialCode')}
            rules={[rule('officialCode')]}
            style={{ flex: '1 1 180px' }}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="areaClass" label={t('org.areaClass')} style={{ flex: '0 1 140px' }}>
            <Select allowClear options={areaOptions} placeholder="—" />
          </Form.Item>
          <Form.Item name="difficultArea" label={t('org.difficultArea')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Flex>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}

/* -------------------------------------------------------------------- move */

const MOVE_FIELDS = ['parentCode', 'effectiveDate', 'decisionNo'] as const;

export function UnitMoveModal({
  open,
  unit,
  parentCode,
  onClose,
}: {
  open: boolean;
  unit: UnitDetail;
  parentCode: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const changed = useOrgChanged();
  const [form] = Form.useForm();
  const normalise = (v: Record<string, unknown>) => ({
    parentCode: v.parentCode ?? '',
    effectiveDate: v.effectiveDate ?? '',
    decisionNo: textOrNull(v.decisionNo),
  });
  const rule = zodRules(unitMoveBody, form, normalise);

  useEffect(() => {
    if (open) form.setFieldsValue({ parentCode: null, effectiveDate: todayVn(), decisionNo: '' });
  }, [open, form]);

  const move = useMutation({
    mutationFn: (body: Parameters<typeof api.org.move>[1]) => api.org.move(unit.code, body),
    onSuccess: async () => {
      void message.success(t('org.moved', { name: unit.name }));
      await changed();
      onClose();
    },
    onError: (e) => {
      if (applyServerErrors(form, e, flatFields(MOVE_FIELDS))) return;
      showError(e);
    },
  });

  const submit = () => {
    const body = parseForm(unitMoveBody, form, normalise(form.getFieldsValue(true)));
    if (body) move.mutate(body);
  };

  return (
    <Modal
      open={open}
      title={t('org.moveTitle', { name: unit.name })}
      onCancel={onClose}
      destroyOnHidden
      width={560}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={move.isPending} onClick={submit}>
            {t('org.moveSubmit')}
          </Button>
        </Flex>
      }
    >
      <Form form={form} name="unitMove" layout="vertical" validateTrigger="onBlur" onFinish={submit}>
        <Form.Item
          name="parentCode"
          label={t('org.newParent')}
          rules={[rule('parentCode')]}
          required
          validateTrigger={['onBlur', 'onChange']}
        >
          <UnitSelect filter={(u) => u.code !== unit.code && u.code !== parentCode} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="effectiveDate"
            label={t('org.effectiveDate')}
            rules={[rule('effectiveDate')]}
            required
            style={{ flex: '1 1 160px' }}
          >
            <DateInput allowClear={false} disabledDate={futureDate} />
          </Form.Item>
          <Form.Item
            name="decisionNo"
            label={t('org.decisionNo')}
            rules={[rule('decisionNo')]}
            style={{ flex: '1 1 200px' }}
          >
            <Input autoComplete="off" placeholder={t('org.decisionNoPlaceholder')} />
          </Form.Item>
        </Flex>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}

/* ---------------------------------------------------------------- dissolve */

export function UnitDissolveModal({
  open,
  unit,
  people,
  onClose,
}: {
  open: boolean;
  unit: UnitDetail;
  people: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const changed = useOrgChanged();
  const [form] = Form.useForm();
  const normalise = (v: Record<string, unknown>) => ({
    effectiveDate: v.effectiveDate ?? '',
    decisionNo: textOrNull(v.decisionNo),
  });
  const rule = zodRules(dissolveBody, form, normalise);
  const date = Form.useWatch('effectiveDate', form) as string | undefined;

  useEffect(() => {
    if (open) form.setFieldsValue({ effectiveDate: todayVn(), decisionNo: '' });
  }, [open, form]);

  const dissolve = useMutation({
    mutationFn: (body: Parameters<typeof api.org.dissolve>[1]) => api.org.dissolve(unit.code, body),
    onSuccess: async () => {
      void message.success(t('org.dissolved', { name: unit.name }));
      await changed();
      onClose();
    },
    onError: (e) => {
      if (applyServerErrors(form, e, flatFields(['effectiveDate', 'decisionNo']))) return;
      showError(e);
    },
  });

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const body = parseForm(dissolveBody, form, normalise(form.getFieldsValue(true)));
    if (body) dissolve.mutate(body);
  };

  return (
    <Modal
      open={open}
      title={t('org.dissolveTitle', { name: unit.name })}
      onCancel={onClose}
      destroyOnHidden
      width={560}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button danger type="primary" loading={dissolve.isPending} onClick={() => void submit()}>
            {t('org.dissolveSubmit')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {people > 0 ? (
          <Alert type="warning" showIcon title={t('org.dissolveHasPeople', { n: people })} />
        ) : null}
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('org.dissolveExplain', { name: unit.name, date: formatDate(date ?? todayVn()) })}
        </Typography.Paragraph>
        <Form
          form={form}
          name="unitDissolve"
          layout="vertical"
          validateTrigger="onBlur"
          onFinish={() => void submit()}
        >
          <Flex gap={12} wrap>
            <Form.Item
              name="effectiveDate"
              label={t('org.effectiveDate')}
              rules={[rule('effectiveDate')]}
              required
              style={{ flex: '1 1 160px' }}
            >
              <DateInput allowClear={false} disabledDate={futureDate} />
            </Form.Item>
            <Form.Item
              name="decisionNo"
              label={t('org.decisionNo')}
              rules={[
                { required: true, whitespace: true, message: t('org.decisionNoRequired') },
                rule('decisionNo'),
              ]}
              required
              style={{ flex: '1 1 200px' }}
            >
              <Input autoComplete="off" placeholder={t('org.decisionNoPlaceholder')} />
            </Form.Item>
          </Flex>
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      </Flex>
    </Modal>
  );
}
