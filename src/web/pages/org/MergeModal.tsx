import { ArrowLeftOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../core/catalog/dates';
import { AREA_CLASSES, UNIT_KIND_LABELS, UNIT_KINDS } from '../../../core/catalog/enums';
import { type MergeBody, mergeBody, unitCreateBody } from '../../../core/contracts/org';
import { api, type OrgTree } from '../../api/endpoints';
import { DateInput } from '../../components/DateInput';
import { UnitSelect, UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useAllUnits } from '../../components/unitOptions';
import { useShowError } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { applyServerErrors } from '../../lib/formErrors';
import { indexTree } from '../../lib/orgTree';
import { orNull, textOrNull, todayVn } from '../../lib/records';
import { parseForm, zodRule } from '../../lib/zodForm';
import { futureDate, useOrgChanged } from './unitDialogs';

const successorSchema = unitCreateBody.omit({ validFrom: true });

interface Summary {
  body: MergeBody;
  sources: string[];
  successor: string;
  people: number;
  subUnits: number;
}

/** Server paths → form fields ("successor.code" is the new unit's code). */
function fieldOf(path: string): string | null {
  if (path.startsWith('sourceCodes')) return 'sourceCodes';
  if (path === 'successorCode') return 'successorCode';
  if (path === 'effectiveDate') return 'effectiveDate';
  if (path === 'decisionNo') return 'decisionNo';
  const last = path.split('.').at(-1) ?? '';
  if (last === 'code') return 'newCode';
  if (last === 'name') return 'newName';
  if (last === 'kind') return 'newKind';
  if (last === 'parentCode') return 'newParentCode';
  return null;
}

/**
 * Sáp nhập: several units end on a date and one unit (existing or new) continues them. A second
 * step says what will happen, with the figures of the day before, and asks for confirmation.
 */
export function MergeModal({
  open,
  initialSource,
  tree,
  onClose,
  onMerged,
}: {
  open: boolean;
  initialSource: string;
  tree: OrgTree;
  onClose: () => void;
  onMerged: (successor: string, date: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const changed = useOrgChanged();
  const queryClient = useQueryClient();
  const all = useAllUnits();
  const [form] = Form.useForm();
  const [summary, setSummary] = useState<Summary | null>(null);
  const [preparing, setPreparing] = useState(false);
  const mode = (Form.useWatch('mode', form) as 'existing' | 'new' | undefined) ?? 'existing';
  const sources = (Form.useWatch('sourceCodes', form) as string[] | undefined) ?? [];

  useEffect(() => {
    if (open) {
      setSummary(null);
      form.setFieldsValue({
        sourceCodes: [initialSource],
        mode: 'existing',
        successorCode: null,
        effectiveDate: todayVn(),
        decisionNo: '',
      });
    }
  }, [open, initialSource, form]);

  const successorValues = (v: Record<string, unknown>) => ({
    code: typeof v.newCode === 'string' ? v.newCode.trim() : '',
    name: typeof v.newName === 'string' ? v.newName : '',
    kind: v.newKind,
    tree,
    parentCode: orNull(v.newParentCode as string | null | undefined),
    areaClass: orNull(v.newAreaClass as string | null | undefined),
    difficultArea: false,
  });
  const bodyOf = (v: Record<string, unknown>): Record<string, unknown> => ({
    sourceCodes: (v.sourceCodes as string[] | undefined) ?? [],
    ...(v.mode === 'new'
      ? { successor: successorValues(v) }
      : v.successorCode
        ? { successorCode: v.successorCode }
        : {}),
    effectiveDate: v.effectiveDate ?? '',
    decisionNo: textOrNull(v.decisionNo),
  });
  const values = () => form.getFieldsValue(true) as Record<string, unknown>;
  const rule = (field: string) => zodRule(mergeBody, field, () => bodyOf(values()));
  const newRule = (field: string) => zodRule(successorSchema, field, () => successorValues(values()));

  const merge = useMutation({
    mutationFn: api.org.merge,
    onSuccess: async (unit, body) => {
      void message.success(t('org.mergedDone', { name: unit.name, date: formatDate(body.effectiveDate) }));
      await changed();
      setSummary(null);
      onClose();
      onMerged(unit.code, body.effectiveDate);
    },
    onError: (e) => {
      setSummary(null);
      if (applyServerErrors(form, e, fieldOf)) return;
      showError(e);
    },
  });

  /** Checks the form, then reads the tree of the day before to say what will happen. */
  const prepare = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const body = parseForm(mergeBody, form, bodyOf(values()));
    if (!body) return;
    setPreparing(true);
    try {
      const eve = addDays(body.effectiveDate, -1);
      const nodes = await queryClient.fetchQuery({
        queryKey: ['org', 'tree', tree, eve],
        queryFn: ({ signal }) => api.org.tree({ asOf: eve, tree }, signal),
      });
      const index = indexTree(nodes);
      const nameOf = (code: string) =>
        index.byCode.get(code)?.name ?? all.data?.find((u) => u.code === code)?.name ?? code;
      const sourceSet = new Set(body.sourceCodes);
      let people = 0;
      let subUnits = 0;
      for (const code of body.sourceCodes) {
        people += index.byCode.get(code)?.people ?? 0;
        subUnits += (index.children.get(code) ?? []).filter((c) => !sourceSet.has(c.code)).length;
      }
      setSummary({
        body,
        sources: body.sourceCodes.map(nameOf),
        successor: body.successor ? body.successor.name : nameOf(body.successorCode ?? ''),
        people,
        subUnits,
      });
    } catch (e) {
      showError(e);
    } finally {
      setPreparing(false);
    }
  };

  const footer = summary ? (
    <Flex justify="space-between" gap={8} wrap>
      <Button icon={<ArrowLeftOutlined />} onClick={() => setSummary(null)} disabled={merge.isPending}>
        {t('org.mergeBack')}
      </Button>
      <Flex gap={8}>
        <Button onClick={onClose} disabled={merge.isPending}>
          {t('common.cancel')}
        </Button>
        <Button
          type="primary"
          danger
          icon={<MergeCellsOutlined />}
          loading={merge.isPending}
          onClick={() => merge.mutate(summary.body)}
        >
          {t('org.mergeConfirm')}
        </Button>
      </Flex>
    </Flex>
  ) : (
    <Flex justify="flex-end" gap={8}>
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      <Button type="primary" loading={preparing} onClick={() => void prepare()}>
        {t('org.mergeNext')}
      </Button>
    </Flex>
  );

  return (
    <Modal
      open={open}
      title={summary ? t('org.mergeConfirmTitle') : t('org.mergeTitle')}
      onCancel={onClose}
      destroyOnHidden
      width={680}
      footer={footer}
      maskClosable={false}
    >
      {summary ? (
        <Flex vertical gap={12} data-testid="merge-summary">
          <Alert
            type="warning"
            showIcon
            title={t('org.mergeSummaryTitle', {
              sources: summary.sources.join(', '),
              successor: summary.successor,
              date: formatDate(summary.body.effectiveDate),
            })}
          />
          <ul style={{ margin: 0, paddingInlineStart: 20, lineHeight: 1.8 }}>
            <li>
              {summary.people > 0
                ? t('org.mergeSummaryPeople', {
                    n: formatNumber(summary.people),
                    successor: summary.successor,
                    eve: formatDate(addDays(summary.body.effectiveDate, -1)),
                  })
                : t('org.mergeSummaryNoPeople')}
            </li>
            {summary.subUnits > 0 ? (
              <li>
                {t('org.mergeSummaryUnits', {
                  n: formatNumber(summary.subUnits),
                  successor: summary.successor,
                })}
              </li>
            ) : null}
            {summary.body.successor ? (
              <li>
                {t('org.mergeSummaryNew', {
                  name: summary.body.successor.name,
                  code: summary.body.successor.code,
                  date: formatDate(summary.body.effectiveDate),
                })}
              </li>
            ) : null}
            <li>
              {t('org.mergeSummaryEnd', {
                sources: summary.sources.join(', '),
                date: formatDate(summary.body.effectiveDate),
              })}
            </li>
            {summary.body.decisionNo ? (
              <li>{t('org.mergeSummaryDecision', { no: summary.body.decisionNo })}</li>
            ) : null}
          </ul>
          <Typography.Text type="secondary">{t('org.mergeSummaryNote')}</Typography.Text>
        </Flex>
      ) : null}
      <Form
        form={form}
        name="unitMerge"
        layout="vertical"
        validateTrigger="onBlur"
        onFinish={() => void prepare()}
        style={summary ? { display: 'none' } : undefined}
        onValuesChange={(changed: Record<string, unknown>) => {
          // A new successor is, by default, of the kind of the first merged unit.
          if (changed.mode === 'new' && !form.getFieldValue('newKind')) {
            const first = (form.getFieldValue('sourceCodes') as string[] | undefined)?.[0];
            const kind = all.data?.find((u) => u.code === first)?.kind;
            if (kind) form.setFieldValue('newKind', kind);
          }
        }}
      >
        <Form.Item
          name="sourceCodes"
          label={t('org.mergeSources')}
          extra={t('org.mergeSourcesHelp')}
          rules={[rule('sourceCodes')]}
          required
          validateTrigger={['onBlur', 'onChange']}
        >
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item name="mode" label={t('org.mergeSuccessor')} required>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'existing', label: t('org.mergeExisting') },
              { value: 'new', label: t('org.mergeNew') },
            ]}
          />
        </Form.Item>
        {mode === 'existing' ? (
          <Form.Item
            name="successorCode"
            label={t('org.mergeSuccessorUnit')}
            rules={[rule('successorCode')]}
            required
            validateTrigger={['onBlur', 'onChange']}
          >
            <UnitSelect filter={(u) => !sources.includes(u.code)} />
          </Form.Item>
        ) : (
          <>
            <Flex gap={12} wrap>
              <Form.Item
                name="newCode"
                label={t('org.code')}
                rules={[newRule('code')]}
                required
                style={{ flex: '1 1 180px' }}
              >
                <Input autoComplete="off" spellCheck={false} />
              </Form.Item>
              <Form.Item
                name="newKind"
                label={t('org.kind')}
                rules={[{ required: true, message: t('org.kindRequired') }, newRule('kind')]}
                validateFirst
                required
                validateTrigger={['onBlur', 'onChange']}
                style={{ flex: '1 1 180px' }}
              >
                <Select options={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))} />
              </Form.Item>
              <Form.Item name="newAreaClass" label={t('org.areaClass')} style={{ flex: '0 1 110px' }}>
                <Select
                  allowClear
                  options={AREA_CLASSES.map((c) => ({ value: c, label: c }))}
                  placeholder="—"
                />
              </Form.Item>
            </Flex>
            <Form.Item name="newName" label={t('org.name')} rules={[newRule('name')]} required>
              <Input autoComplete="off" placeholder={t('org.namePlaceholder')} />
            </Form.Item>
            <Form.Item name="newParentCode" label={t('org.parent')} extra={t('org.mergeParentHelp')}>
              <UnitSelect filter={(u) => !sources.includes(u.code)} />
            </Form.Item>
          </>
        )}
        <Flex gap={12} wrap>
          <Form.Item
            name="effectiveDate"
            label={t('org.effectiveDate')}
            rules={[rule('effectiveDate')]}
            required
            extra={t('org.notFutureHelp')}
            style={{ flex: '1 1 180px' }}
          >
            <DateInput allowClear={false} disabledDate={futureDate} />
          </Form.Item>
          <Form.Item
            name="decisionNo"
            label={t('org.mergeDecisionNo')}
            rules={[
              { required: true, whitespace: true, message: t('org.decisionNoRequired') },
              rule('decisionNo'),
            ]}
            required
            style={{ flex: '1 1 240px' }}
          >
            <Input autoComplete="off" placeholder={t('org.mergeDecisionPlaceholder')} />
          </Form.Item>
        </Flex>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
