import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Drawer,
  Flex,
  Form,
  type FormInstance,
  Input,
  Select,
  Skeleton,
  Switch,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POSITION_GROUPS, type PositionGroup } from '../../../../core/catalog/enums';
import { type PositionBody, type PositionView, positionBody } from '../../../../core/contracts/positions';
import { isApiError } from '../../../api/client';
import { api } from '../../../api/endpoints';
import { useShowError } from '../../../lib/errors';
import { parseForm, zodRules } from '../../../lib/zodForm';
import { POSITION_LEVELS, type PositionLevel } from './positionDisplay';

const FIELDS = ['code', 'name', 'group', 'level', 'keyCadre', 'managementTier', 'field', 'active'] as const;

interface Values {
  code: string;
  name: string;
  group: PositionGroup | undefined;
  level: PositionLevel | undefined;
  keyCadre: boolean;
  managementTier: string;
  field: string;
  active: boolean;
}

const EMPTY: Values = {
  code: '',
  name: '',
  group: undefined,
  level: undefined,
  keyCadre: false,
  managementTier: '',
  field: '',
  active: true,
};

function valuesOf(p: PositionView): Values {
  return {
    code: p.code,
    name: p.name,
    group: p.group,
    level: p.level,
    keyCadre: p.keyCadre,
    managementTier: p.managementTier ?? '',
    field: p.field ?? '',
    active: p.active,
  };
}

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : (v ?? null));

/** The form's values as the contract's body: empty optional texts become null. */
function pick(v: Record<string, unknown>): Record<string, unknown> {
  return {
    code: v.code ?? '',
    name: v.name ?? '',
    group: v.group,
    level: v.level,
    keyCadre: v.keyCadre === true,
    managementTier: blankToNull(v.managementTier),
    field: blankToNull(v.field),
    active: v.active !== false,
  };
}

function unchanged(p: PositionView, body: PositionBody): boolean {
  return (
    body.name === p.name &&
    body.group === p.group &&
    body.level === p.level &&
    body.keyCadre === p.keyCadre &&
    (body.managementTier ?? null) === p.managementTier &&
    (body.field ?? null) === p.field &&
    body.active === p.active
  );
}

/**
 * Puts a server VALIDATION_ERROR under the matching fields. PUT wraps the post in `position`,
 * so its paths read "position.name"; POST's read "name". Returns true when a field took one.
 */
function applyServerErrors(form: FormInstance, e: unknown): boolean {
  if (!isApiError(e)) return false;
  const byField = new Map<string, string[]>();
  for (const issue of e.fieldIssues) {
    const top = issue.path.replace(/^position\./, '').split('.')[0] ?? '';
    if (!(FIELDS as readonly string[]).includes(top)) continue;
    byField.set(top, [...(byField.get(top) ?? []), issue.message]);
  }
  if (byField.size === 0) return false;
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  // The message may sit above the fold of the drawer (the user is at its buttons): show it.
  const [first] = byField.keys();
  if (first) form.scrollToField(first, { block: 'center' });
  return true;
}

function PositionForm({
  position,
  onDone,
  onConflict,
}: {
  /** The post being edited, or undefined to add one. */
  position: PositionView | undefined;
  onDone: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const rule = zodRules(positionBody, form, pick);

  const save = useMutation({
    mutationFn: (body: PositionBody) =>
      position
        ? api.positions.update(position.code, { position: body, version: position.version })
        : api.positions.create(body),
    onSuccess: async (saved) => {
      void message.success(position ? t('positions.saved') : t('positions.created', { name: saved.name }));
      await queryClient.invalidateQueries({ queryKey: ['positions'] });
      onDone();
    },
    onError: async (e) => {
      if (isApiError(e) && e.code === 'VERSION_CONFLICT') {
        onConflict();
        await queryClient.invalidateQueries({ queryKey: ['positions'] });
        return;
      }
      if (applyServerErrors(form, e)) return;
      showError(e);
    },
  });

  const submit = () => {
    const body = parseForm(positionBody, form, pick(form.getFieldsValue(true) as Record<string, unknown>));
    if (!body) return;
    if (position && unchanged(position, body)) {
      void message.info(t('positions.noChanges'));
      return;
    }
    // Retiring a post is an official change to the catalogue: confirm it first.
    if (position?.active && !body.active) {
      void modal.confirm({
        title: t('positions.deactivateTitle'),
        content: t('positions.deactivateConfirm', { name: body.name }),
        okText: t('positions.deactivateOk'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () => save.mutate(body),
      });
      return;
    }
    save.mutate(body);
  };

  return (
    <Form
      form={form}
      name="position"
      layout="vertical"
      initialValues={position ? valuesOf(position) : EMPTY}
      validateTrigger="onBlur"
      onFinish={submit}
      disabled={save.isPending}
    >
      <Form.Item
        name="code"
        label={t('positions.codeLabel')}
        extra={position ? undefined : t('positions.codeHelp')}
        rules={position ? [] : [rule('code')]}
        required
      >
        <Input
          autoComplete="off"
          spellCheck={false}
          readOnly={position !== undefined}
          variant={position ? 'filled' : 'outlined'}
          style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' }}
        />
      </Form.Item>
      <Form.Item name="name" label={t('positions.name')} rules={[rule('name')]} required>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="group"
        label={t('positions.group')}
        required
        validateFirst
        validateTrigger={['onBlur', 'onChange']}
        rules={[{ required: true, message: t('positions.groupRequired') }, rule('group')]}
      >
        <Select
          placeholder={t('positions.groupPlaceholder')}
          options={POSITION_GROUPS.map((g) => ({ value: g, label: t(`positions.groups.${g}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="level"
        label={t('positions.level')}
        required
        validateFirst
        validateTrigger={['onBlur', 'onChange']}
        rules={[{ required: true, message: t('positions.levelRequired') }, rule('level')]}
      >
        <Select
          placeholder={t('positions.levelPlaceholder')}
          options={POSITION_LEVELS.map((l) => ({ value: l, label: t(`positions.levels.${l}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="keyCadre"
        label={t('positions.keyCadreLabel')}
        valuePropName="checked"
        extra={t('positions.keyCadreHelp')}
      >
        <Switch />
      </Form.Item>
      <Form.Item name="managementTier" label={t('positions.managementTier')} rules={[rule('managementTier')]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="field" label={t('positions.field')} rules={[rule('field')]}>
        <Input autoComplete="off" placeholder={t('positions.fieldPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="active"
        label={t('positions.activeLabel')}
        valuePropName="checked"
        extra={t('positions.activeHelp')}
      >
        <Switch />
      </Form.Item>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onDone} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {position ? t('common.save') : t('positions.createSubmit')}
        </Button>
      </Flex>
    </Form>
  );
}

/** Add a post (`creating`) or edit `position`; the list's fresh record re-creates the form. */
export function PositionDrawer({
  open,
  creating,
  position,
  onClose,
}: {
  open: boolean;
  creating: boolean;
  position: PositionView | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  // Shown above the reloaded form until the drawer closes, so the user knows why the values changed.
  const [conflict, setConflict] = useState(false);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={creating ? t('positions.createTitle') : t('positions.editTitle', { code: position?.code ?? '' })}
      size={520}
      destroyOnHidden
      afterOpenChange={(o) => {
        if (!o) setConflict(false);
      }}
    >
      {creating ? (
        <PositionForm key="new" position={undefined} onDone={onClose} onConflict={() => undefined} />
      ) : position ? (
        <>
          {conflict ? (
            <Alert
              type="warning"
              showIcon
              title={t('positions.versionConflict')}
              style={{ marginBottom: 16 }}
              role="alert"
            />
          ) : null}
          <PositionForm
            key={`${position.code}-${position.version}`}
            position={position}
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
