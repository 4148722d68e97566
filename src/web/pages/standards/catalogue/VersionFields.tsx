import { Checkbox, Flex, Form, type FormInstance, Input, Select, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AREA_CLASSES,
  POSITION_GROUP_LABELS,
  POSITION_GROUPS,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
} from '../../../../core/catalog/enums';
import type { PositionView } from '../../../../core/contracts/positions';
import { DateInput } from '../../../components/DateInput';
import { foldText } from '../../../lib/format';
import type { VersionRule } from './versionChecks';

const half: CSSProperties = { flex: '1 1 220px', minWidth: 0 };
const MONO: CSSProperties = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' };

export function FormSection({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section style={{ marginBottom: 8 }}>
      <Typography.Title level={5} style={{ margin: '8px 0 12px' }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

interface PostOption {
  value: string;
  label: string;
  search: string;
  inactive: boolean;
}

/** Active posts, plus those already chosen (retired or unknown codes stay visible to be removed). */
function postOptions(posts: readonly PositionView[], chosen: readonly string[]): PostOption[] {
  const out: PostOption[] = posts
    .filter((p) => p.active || chosen.includes(p.code))
    .map((p) => ({
      value: p.code,
      label: p.name,
      search: foldText(`${p.name} ${p.code}`),
      inactive: !p.active,
    }));
  for (const code of chosen)
    if (!out.some((o) => o.value === code))
      out.push({ value: code, label: code, search: foldText(code), inactive: true });
  return out;
}

/** The set's code and name (new set only). */
export function SetFields({ rule }: { rule: VersionRule }) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap>
      <Form.Item
        name="code"
        label={t('standardsCatalogue.form.code')}
        extra={t('standardsCatalogue.form.codeHelp')}
        rules={[rule(['code'])]}
        getValueFromEvent={(e: React.ChangeEvent<HTMLInputElement>) => e.target.value.toUpperCase()}
        required
        style={{ flex: '1 1 200px', minWidth: 0 }}
      >
        <Input autoComplete="off" spellCheck={false} style={MONO} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('standardsCatalogue.form.name')}
        rules={[rule(['name'])]}
        required
        style={{ flex: '2 1 320px', minWidth: 0 }}
      >
        <Input autoComplete="off" placeholder={t('standardsCatalogue.form.namePlaceholder')} />
      </Form.Item>
    </Flex>
  );
}

/** Validity window, legal basis, what the version applies to, and the note. */
export function VersionFields({
  form,
  rule,
  posts,
  validFromHelp,
}: {
  form: FormInstance;
  rule: VersionRule;
  posts: readonly PositionView[];
  validFromHelp?: string | undefined;
}) {
  const { t } = useTranslation();
  const chosen = (Form.useWatch(['appliesTo', 'positions'], form) ?? []) as string[];
  return (
    <>
      <FormSection title={t('standardsCatalogue.form.validity')}>
        <Flex gap={12} wrap>
          <Form.Item
            name="validFrom"
            label={t('standardsCatalogue.form.validFrom')}
            extra={validFromHelp}
            rules={[
              { required: true, message: t('standardsCatalogue.form.validFromRequired') },
              rule(['validFrom']),
            ]}
            validateFirst
            validateTrigger={['onChange', 'onBlur']}
            required
            style={half}
          >
            <DateInput allowClear={false} />
          </Form.Item>
          <Form.Item
            name="lastDay"
            label={t('standardsCatalogue.form.lastDay')}
            extra={t('standardsCatalogue.form.lastDayHelp')}
            rules={[rule(['lastDay'])]}
            validateTrigger={['onChange', 'onBlur']}
            dependencies={['validFrom']}
            style={half}
          >
            <DateInput placeholder={t('standardsCatalogue.form.lastDayPlaceholder')} />
          </Form.Item>
        </Flex>
      </FormSection>

      <FormSection title={t('standardsCatalogue.form.legalBasis')}>
        <Flex gap={12} wrap>
          <Form.Item
            name={['legalBasis', 'number']}
            label={t('standardsCatalogue.form.legalNumber')}
            rules={[rule(['legalBasis', 'number'])]}
            required
            style={half}
          >
            <Input autoComplete="off" placeholder={t('standardsCatalogue.form.legalNumberPlaceholder')} />
          </Form.Item>
          <Form.Item
            name={['legalBasis', 'date']}
            label={t('standardsCatalogue.form.legalDate')}
            extra={t('standardsCatalogue.form.legalDateHelp')}
            rules={[rule(['legalBasis', 'date'])]}
            validateTrigger={['onChange', 'onBlur']}
            style={half}
          >
            <DateInput />
          </Form.Item>
        </Flex>
        <Form.Item
          name={['legalBasis', 'title']}
          label={t('standardsCatalogue.form.legalTitle')}
          rules={[rule(['legalBasis', 'title'])]}
          required
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            placeholder={t('standardsCatalogue.form.legalTitlePlaceholder')}
          />
        </Form.Item>
      </FormSection>

      <FormSection title={t('standardsCatalogue.form.appliesTo')}>
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
          {t('standardsCatalogue.form.appliesToHelp')}
        </Typography.Paragraph>
        <Form.Item
          name={['appliesTo', 'positions']}
          label={t('standardsCatalogue.form.positions')}
          rules={[rule(['appliesTo', 'positions'])]}
          validateTrigger={['onChange', 'onBlur']}
          dependencies={[['appliesTo', 'groups']]}
        >
          <Select<string[], PostOption>
            mode="multiple"
            allowClear
            placeholder={t('standardsCatalogue.form.positionsPlaceholder')}
            options={postOptions(posts, chosen)}
            filterOption={(input, option) => !!option && option.search.includes(foldText(input))}
            optionRender={(o) => (
              <Flex justify="space-between" gap={8}>
                <span>
                  {o.data.label}
                  {o.data.inactive ? (
                    <Typography.Text type="secondary">
                      {' '}
                      {t('standardsCatalogue.form.postInactive')}
                    </Typography.Text>
                  ) : null}
                </span>
                <Typography.Text type="secondary" style={{ ...MONO, fontSize: 12 }}>
                  {o.data.value}
                </Typography.Text>
              </Flex>
            )}
          />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name={['appliesTo', 'groups']}
            label={t('standardsCatalogue.form.groups')}
            rules={[rule(['appliesTo', 'groups'])]}
            validateTrigger={['onChange', 'onBlur']}
            style={half}
          >
            <Select
              mode="multiple"
              allowClear
              placeholder={t('standardsCatalogue.form.groupsPlaceholder')}
              options={POSITION_GROUPS.map((g) => ({ value: g, label: POSITION_GROUP_LABELS[g] }))}
            />
          </Form.Item>
          <Form.Item
            name={['appliesTo', 'unitKinds']}
            label={t('standardsCatalogue.form.unitKinds')}
            rules={[rule(['appliesTo', 'unitKinds'])]}
            validateTrigger={['onChange', 'onBlur']}
            style={half}
          >
            <Select
              mode="multiple"
              allowClear
              placeholder={t('standardsCatalogue.form.unitKindsPlaceholder')}
              options={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name={['appliesTo', 'areaClasses']}
          label={t('standardsCatalogue.form.areaClasses')}
          extra={t('standardsCatalogue.form.areaClassesHelp')}
          rules={[rule(['appliesTo', 'areaClasses'])]}
          validateTrigger={['onChange', 'onBlur']}
        >
          <Checkbox.Group
            options={AREA_CLASSES.map((a) => ({
              value: a,
              label: t('standardsCatalogue.areaClass', { area: a }),
            }))}
          />
        </Form.Item>
      </FormSection>
    </>
  );
}

export function NoteField({ rule }: { rule: VersionRule }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="note" label={t('standardsCatalogue.form.note')} rules={[rule(['note'])]}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
    </Form.Item>
  );
}
