import { useQuery } from '@tanstack/react-query';
import { Flex, Form, type FormInstance, type FormRule, Input, Radio, Select } from 'antd';
import { type CSSProperties, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ASSIGNMENT_KIND_LABELS,
  ASSIGNMENT_KINDS,
  GENDER_LABELS,
  GENDERS,
  PERSON_CATEGORIES,
  PERSON_CATEGORY_LABELS,
  PERSON_STATUS_LABELS,
  PERSON_STATUSES,
  POSITION_GROUP_LABELS,
  POSITION_GROUPS,
} from '../../../core/catalog/enums';
import { ETHNICITIES } from '../../../core/catalog/ethnicities';
import { assignmentBody, type PersonRecord, personBody } from '../../../core/contracts/people';
import type { PositionView } from '../../../core/contracts/positions';
import { api } from '../../api/endpoints';
import { DateInput } from '../../components/DateInput';
import { UnitSelect } from '../../components/UnitTreeSelect';
import { useAllUnits } from '../../components/unitOptions';
import { foldText } from '../../lib/format';
import { endAfter, lastDayOf, orNull, postsForUnit, textOrNull } from '../../lib/records';
import { zodRule } from '../../lib/zodForm';

/* ------------------------------------------------------------ identity */

export const PERSON_FIELDS = [
  'fullName',
  'cccd',
  'cmnd',
  'birthDate',
  'gender',
  'ethnicity',
  'religion',
  'hometown',
  'category',
  'partyJoinDate',
  'partyOfficialDate',
  'status',
] as const;

/** Form values → the API's `person` body. */
export function personValues(v: Record<string, unknown>): Record<string, unknown> {
  return {
    cccd: typeof v.cccd === 'string' ? v.cccd.trim() : '',
    cmnd: textOrNull(v.cmnd),
    fullName: typeof v.fullName === 'string' ? v.fullName : '',
    birthDate: v.birthDate ?? '',
    gender: v.gender,
    ethnicity: orNull(v.ethnicity as string | null | undefined),
    religion: textOrNull(v.religion),
    hometown: textOrNull(v.hometown),
    category: v.category,
    partyJoinDate: orNull(v.partyJoinDate as string | null | undefined),
    partyOfficialDate: orNull(v.partyOfficialDate as string | null | undefined),
    status: v.status ?? 'active',
  };
}

/** A record → the values of the identity form. */
export function personFormValues(p: PersonRecord): Record<string, unknown> {
  return {
    fullName: p.fullName,
    cccd: p.cccd,
    cmnd: p.cmnd ?? '',
    birthDate: p.birthDate,
    gender: p.gender,
    ethnicity: p.ethnicity,
    religion: p.religion ?? '',
    hometown: p.hometown ?? '',
    category: p.category,
    partyJoinDate: p.partyJoinDate,
    partyOfficialDate: p.partyOfficialDate,
    status: p.status,
  };
}

const ethnicityOptions = ETHNICITIES.map((e) => ({ value: e, label: e }));
const foldFilter = (input: string, option?: { label?: unknown }) =>
  foldText(String(option?.label ?? '')).includes(foldText(input));

export function PersonFields({ form, withStatus }: { form: FormInstance; withStatus?: boolean }) {
  const { t } = useTranslation();
  const rule = (field: string): FormRule =>
    zodRule(personBody, field, () => personValues(form.getFieldsValue(true) as Record<string, unknown>));
  const half = { flex: '1 1 200px', minWidth: 0 } as const;
  return (
    <>
      <Form.Item name="fullName" label={t('person.fullName')} rules={[rule('fullName')]} required>
        <Input autoComplete="off" placeholder={t('person.fullNamePlaceholder')} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item
          name="birthDate"
          label={t('person.birthDate')}
          rules={[rule('birthDate')]}
          required
          style={half}
        >
          <DateInput />
        </Form.Item>
        <Form.Item
          name="gender"
          label={t('person.gender')}
          rules={[rule('gender')]}
          required
          validateTrigger={['onBlur', 'onChange']}
          style={half}
        >
          <Radio.Group options={GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }))} />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item
          name="cccd"
          label={t('person.cccd')}
          rules={[rule('cccd')]}
          required
          extra={t('person.cccdHelp')}
          style={half}
        >
          <Input autoComplete="off" inputMode="numeric" maxLength={12} spellCheck={false} />
        </Form.Item>
        <Form.Item name="cmnd" label={t('person.cmnd')} rules={[rule('cmnd')]} style={half}>
          <Input autoComplete="off" inputMode="numeric" maxLength={9} spellCheck={false} />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name="ethnicity" label={t('person.ethnicity')} rules={[rule('ethnicity')]} style={half}>
          <Select
            allowClear
            showSearch={{ filterOption: foldFilter }}
            options={ethnicityOptions}
            placeholder={t('person.ethnicityPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="religion" label={t('person.religion')} rules={[rule('religion')]} style={half}>
          <Input autoComplete="off" placeholder={t('person.religionPlaceholder')} />
        </Form.Item>
      </Flex>
      <Form.Item name="hometown" label={t('person.hometown')} rules={[rule('hometown')]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item
          name="category"
          label={t('person.category')}
          rules={[rule('category')]}
          required
          validateTrigger={['onBlur', 'onChange']}
          style={half}
        >
          <Select
            options={PERSON_CATEGORIES.map((c) => ({ value: c, label: PERSON_CATEGORY_LABELS[c] }))}
            placeholder={t('person.categoryPlaceholder')}
          />
        </Form.Item>
        {withStatus ? (
          <Form.Item name="status" label={t('person.status')} rules={[rule('status')]} required style={half}>
            <Select options={PERSON_STATUSES.map((s) => ({ value: s, label: PERSON_STATUS_LABELS[s] }))} />
          </Form.Item>
        ) : null}
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item
          name="partyJoinDate"
          label={t('person.partyJoinDate')}
          rules={[rule('partyJoinDate')]}
          style={half}
        >
          <DateInput />
        </Form.Item>
        <Form.Item
          name="partyOfficialDate"
          label={t('person.partyOfficialDate')}
          rules={[rule('partyOfficialDate')]}
          style={half}
        >
          <DateInput />
        </Form.Item>
      </Flex>
    </>
  );
}

/* ---------------------------------------------------------- assignment */

export const ASSIGNMENT_FIELDS = [
  'unitCode',
  'positionCode',
  'kind',
  'decisionNo',
  'decisionDate',
  'validFrom',
  'lastDay',
  'note',
] as const;

/** Form values → the API's assignment body ("Đến ngày" is inclusive; the API's end is not). */
export function assignmentValues(v: Record<string, unknown>): Record<string, unknown> {
  return {
    unitCode: v.unitCode ?? '',
    positionCode: v.positionCode ?? '',
    kind: v.kind,
    decisionNo: textOrNull(v.decisionNo),
    decisionDate: orNull(v.decisionDate as string | null | undefined),
    validFrom: v.validFrom ?? '',
    validTo: endAfter(v.lastDay as string | null | undefined),
    note: textOrNull(v.note),
  };
}

export function assignmentFormValues(a: PersonRecord['assignments'][number]): Record<string, unknown> {
  return {
    unitCode: a.unit.code,
    positionCode: a.position.code,
    kind: a.kind,
    decisionNo: a.decisionNo ?? '',
    decisionDate: a.decisionDate,
    validFrom: a.validFrom,
    lastDay: lastDayOf(a.validTo),
    note: a.note ?? '',
  };
}

export function usePositions() {
  return useQuery({
    queryKey: ['positions'],
    queryFn: ({ signal }) => api.positions.list(signal),
    staleTime: 10 * 60_000,
  });
}

function positionOptions(list: readonly PositionView[]) {
  return POSITION_GROUPS.map((g) => ({
    label: POSITION_GROUP_LABELS[g],
    title: POSITION_GROUP_LABELS[g],
    options: list.filter((p) => p.group === g).map((p) => ({ value: p.code, label: p.name, title: p.name })),
  })).filter((g) => g.options.length > 0);
}

/** Posts for a unit's level (commune kinds → commune/any; others → province/any). */
export function PositionSelect({
  unitKind,
  value,
  onChange,
  onBlur,
  id,
  allowClear,
  placeholder,
  style,
  'aria-label': ariaLabel,
}: {
  unitKind?: string | null | undefined;
  value?: string | null;
  onChange?: (v: string | null) => void;
  onBlur?: () => void;
  id?: string;
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const positions = usePositions();
  const list = positions.data ?? [];
  const offered = unitKind ? postsForUnit(list, unitKind) : list.filter((p) => p.active);
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      onBlur={onBlur}
      allowClear={allowClear}
      loading={positions.isLoading}
      showSearch={{ filterOption: foldFilter }}
      options={positionOptions(offered)}
      placeholder={placeholder ?? t('person.positionPlaceholder')}
      style={style}
      aria-label={ariaLabel}
      popupMatchSelectWidth={false}
    />
  );
}

export function AssignmentFields({
  form,
  known = [],
}: {
  form: FormInstance;
  known?: readonly { code: string; name: string }[];
}) {
  const { t } = useTranslation();
  const units = useAllUnits();
  const positions = usePositions();
  const unitCode = Form.useWatch('unitCode', form) as string | null | undefined;
  const unitKind = unitCode ? units.data?.find((u) => u.code === unitCode)?.kind : undefined;
  const rule = (field: string): FormRule =>
    zodRule(assignmentBody, field, () =>
      assignmentValues(form.getFieldsValue(true) as Record<string, unknown>),
    );
  const half = { flex: '1 1 200px', minWidth: 0 } as const;

  // A post that is not valid for the newly chosen unit is dropped.
  useEffect(() => {
    const current = form.getFieldValue('positionCode') as string | null | undefined;
    if (!current || !unitKind || !positions.data) return;
    if (!postsForUnit(positions.data, unitKind).some((p) => p.code === current)) {
      form.setFieldValue('positionCode', null);
    }
  }, [unitKind, positions.data, form]);

  return (
    <>
      <Form.Item
        name="unitCode"
        label={t('person.unit')}
        rules={[rule('unitCode')]}
        required
        validateTrigger={['onBlur', 'onChange']}
      >
        <UnitSelect known={known} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item
          name="positionCode"
          label={t('person.position')}
          rules={[rule('positionCode')]}
          required
          validateTrigger={['onBlur', 'onChange']}
          extra={unitKind ? t('person.positionHelp') : t('person.positionPickUnit')}
          style={{ flex: '2 1 260px', minWidth: 0 }}
        >
          <PositionSelect unitKind={unitKind} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('person.assignmentKind')}
          rules={[rule('kind')]}
          required
          validateTrigger={['onBlur', 'onChange']}
          style={{ flex: '1 1 160px', minWidth: 0 }}
        >
          <Select options={ASSIGNMENT_KINDS.map((k) => ({ value: k, label: ASSIGNMENT_KIND_LABELS[k] }))} />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item
          name="validFrom"
          label={t('person.from')}
          rules={[rule('validFrom')]}
          required
          style={half}
        >
          <DateInput />
        </Form.Item>
        <Form.Item
          name="lastDay"
          label={t('person.to')}
          rules={[rule('validTo')]}
          extra={t('person.toHelp')}
          style={half}
        >
          <DateInput />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name="decisionNo" label={t('person.decisionNo')} rules={[rule('decisionNo')]} style={half}>
          <Input autoComplete="off" placeholder={t('org.decisionNoPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="decisionDate"
          label={t('person.decisionDate')}
          rules={[rule('decisionDate')]}
          style={half}
        >
          <DateInput />
        </Form.Item>
      </Flex>
      <Form.Item name="note" label={t('person.note')} rules={[rule('note')]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
    </>
  );
}
