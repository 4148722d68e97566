import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Divider,
  Flex,
  Form,
  type FormInstance,
  InputNumber,
  Select,
  Tooltip,
  Typography,
} from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DIMENSION_LABELS,
  DIMENSIONS,
  type Dimension,
  LEVEL_LABELS,
  LEVELS,
} from '../../../../core/catalog/levels';
import { requirement } from '../../../../core/contracts/standards';
import { describeRequirement } from '../../../../core/standards/evaluate';
import type { Requirement } from '../../../../core/standards/types';
import type { VersionRule } from './versionChecks';
import {
  type NamePath,
  nextRequirementId,
  OPTION_KINDS,
  type OptionKind,
  REQUIREMENT_KINDS,
  type RequirementKind,
  type RequirementRow,
  requirementIds,
  rowToRequirement,
} from './versionForm';

/** Untyped form: rows are addressed by index paths the values type cannot express. */
type AnyForm = FormInstance;

const half: CSSProperties = { flex: '1 1 220px', minWidth: 0 };
const rowBox: CSSProperties = {
  border: '1px solid var(--ant-color-border-secondary, #f0f0f0)',
  borderRadius: 8,
  padding: '12px 16px 4px',
  background: 'var(--ant-color-fill-quaternary, #fafafa)',
};
const optionBox: CSSProperties = {
  border: '1px dashed var(--ant-color-border, #d9d9d9)',
  borderRadius: 6,
  padding: '8px 12px 0',
  background: 'var(--ant-color-bg-container, #fff)',
};

const dimensionOptions = DIMENSIONS.map((d) => ({ value: d, label: DIMENSION_LABELS[d] }));

/** The next free "r<n>" across the whole form (options included). */
function nextId(form: AnyForm): string {
  const rows = (form.getFieldValue('requirements') ?? []) as (RequirementRow | undefined)[];
  return nextRequirementId(requirementIds(rows));
}

/** Dimension → minimum level (limited to that dimension's levels), accepted fields, grace months. */
function LevelFields({
  rel,
  abs,
  form,
  rule,
}: {
  rel: NamePath;
  abs: NamePath;
  form: AnyForm;
  rule: VersionRule;
}) {
  const { t } = useTranslation();
  const dimension = Form.useWatch([...abs, 'dimension'], form) as Dimension | undefined;
  return (
    <>
      <Flex gap={12} wrap>
        <Form.Item
          name={[...rel, 'dimension']}
          label={t('standardsCatalogue.req.dimension')}
          rules={[
            { required: true, message: t('standardsCatalogue.req.dimensionRequired') },
            rule([...abs, 'dimension']),
          ]}
          validateFirst
          validateTrigger={['onChange', 'onBlur']}
          required
          style={half}
        >
          <Select
            options={dimensionOptions}
            placeholder={t('standardsCatalogue.req.dimensionPlaceholder')}
            onChange={() => form.setFieldValue([...abs, 'minLevel'], undefined)}
          />
        </Form.Item>
        <Form.Item
          name={[...rel, 'minLevel']}
          label={t('standardsCatalogue.req.minLevel')}
          rules={[rule([...abs, 'minLevel'])]}
          validateTrigger={['onChange', 'onBlur']}
          required
          style={half}
        >
          <Select
            disabled={!dimension}
            placeholder={
              dimension
                ? t('standardsCatalogue.req.minLevelPlaceholder')
                : t('standardsCatalogue.req.minLevelPickDimension')
            }
            options={
              dimension
                ? LEVELS[dimension].map((l) => ({ value: l, label: LEVEL_LABELS[dimension][l] ?? l }))
                : []
            }
          />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item
          name={[...rel, 'fields']}
          label={t('standardsCatalogue.req.fields')}
          extra={t('standardsCatalogue.req.fieldsHelp')}
          rules={[rule([...abs, 'fields'])]}
          style={{ flex: '2 1 280px', minWidth: 0 }}
        >
          <Select
            mode="tags"
            tokenSeparators={[',', ';']}
            notFoundContent={null}
            suffixIcon={null}
            placeholder={t('standardsCatalogue.req.fieldsPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name={[...rel, 'graceMonths']}
          label={t('standardsCatalogue.req.graceMonths')}
          extra={t('standardsCatalogue.req.graceMonthsHelp')}
          rules={[rule([...abs, 'graceMonths'])]}
          style={{ flex: '1 1 180px', minWidth: 0 }}
        >
          <InputNumber
            min={1}
            max={240}
            precision={0}
            suffix={t('standardsCatalogue.req.monthsUnit')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name={[...rel, 'withinMonthsOfAppointment']}
          label={t('standardsCatalogue.req.withinMonths')}
          extra={t('standardsCatalogue.req.withinMonthsHelp')}
          rules={[rule([...abs, 'withinMonthsOfAppointment'])]}
          style={{ flex: '1 1 180px', minWidth: 0 }}
        >
          <InputNumber
            min={1}
            max={120}
            precision={0}
            suffix={t('standardsCatalogue.req.monthsUnit')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Flex>
    </>
  );
}

function YearsField({ rel, abs, rule }: { rel: NamePath; abs: NamePath; rule: VersionRule }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={[...rel, 'minYears']}
      label={t('standardsCatalogue.req.minYears')}
      rules={[
        { required: true, message: t('standardsCatalogue.req.minYearsRequired') },
        rule([...abs, 'minYears']),
      ]}
      validateFirst
      required
      style={{ maxWidth: 240 }}
    >
      <InputNumber
        min={1}
        max={50}
        precision={0}
        suffix={t('standardsCatalogue.req.yearsUnit')}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
}

/** One option of an any-of group: a minimum level or years of service. */
function OptionEditor({
  rel,
  abs,
  index,
  form,
  rule,
  onRemove,
}: {
  rel: NamePath;
  abs: NamePath;
  index: number;
  form: AnyForm;
  rule: VersionRule;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const kind = Form.useWatch([...abs, 'kind'], form) as OptionKind | undefined;
  return (
    <div style={optionBox}>
      <Flex gap={12} align="flex-start" wrap>
        <Form.Item
          name={[...rel, 'kind']}
          label={t('standardsCatalogue.req.optionN', { n: index + 1 })}
          rules={[rule([...abs, 'kind'])]}
          style={half}
        >
          <Select
            options={OPTION_KINDS.map((k) => ({ value: k, label: t(`standardsCatalogue.req.kinds.${k}`) }))}
          />
        </Form.Item>
        <Tooltip title={t('standardsCatalogue.req.removeOption')}>
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('standardsCatalogue.req.removeOption')}
            onClick={onRemove}
            style={{ marginTop: 30 }}
          />
        </Tooltip>
      </Flex>
      {kind === 'serviceYears' ? (
        <YearsField rel={rel} abs={abs} rule={rule} />
      ) : (
        <LevelFields rel={rel} abs={abs} form={form} rule={rule} />
      )}
    </div>
  );
}

function AnyOfFields({
  rel,
  abs,
  form,
  rule,
}: {
  rel: NamePath;
  abs: NamePath;
  form: AnyForm;
  rule: VersionRule;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={[...rel, 'options']} rules={[rule([...abs, 'options'])]}>
      {(options, { add, remove }, { errors }) => (
        <Flex vertical gap={4} style={{ marginBottom: 16 }}>
          <Typography.Text type="secondary">{t('standardsCatalogue.req.anyOfHelp')}</Typography.Text>
          {options.map((o, j) => (
            <div key={o.key}>
              {j > 0 ? (
                <Divider plain style={{ margin: '4px 0' }}>
                  {t('standardsCatalogue.req.or')}
                </Divider>
              ) : null}
              <OptionEditor
                rel={[o.name]}
                abs={[...abs, 'options', o.name]}
                index={j}
                form={form}
                rule={rule}
                onRemove={() => remove(o.name)}
              />
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <div>
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ id: nextId(form), kind: 'level', fields: [], graceMonths: null })}
            >
              {t('standardsCatalogue.req.addOption')}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}

/** The sentence the catalogue will show for the row, once the row is complete. */
function RowSentence({ abs, form }: { abs: NamePath; form: AnyForm }) {
  const { t } = useTranslation();
  const row = Form.useWatch(abs, form) as RequirementRow | undefined;
  if (!row) return null;
  const parsed = requirement.safeParse(rowToRequirement({ ...row, id: row.id || 'x' }));
  if (!parsed.success) return null;
  return (
    <Typography.Paragraph type="secondary" style={{ margin: '0 0 12px' }}>
      {t('standardsCatalogue.req.reads')}{' '}
      <Typography.Text>{describeRequirement(parsed.data as Requirement)}</Typography.Text>
    </Typography.Paragraph>
  );
}

function RequirementRowEditor({
  name,
  position,
  count,
  form,
  rule,
  onRemove,
  onMove,
}: {
  name: number;
  position: number;
  count: number;
  form: AnyForm;
  rule: VersionRule;
  onRemove: () => void;
  onMove: (to: number) => void;
}) {
  const { t } = useTranslation();
  const abs: NamePath = ['requirements', name];
  const kind = Form.useWatch([...abs, 'kind'], form) as RequirementKind | undefined;
  const id = Form.useWatch([...abs, 'id'], form) as string | undefined;

  const onKind = (next: RequirementKind) => {
    if (next !== 'anyOf') return;
    const options = form.getFieldValue([...abs, 'options']) as unknown[] | undefined;
    if (options?.length) return;
    const first = nextId(form);
    const second = nextRequirementId([...requirementIds(form.getFieldValue('requirements') ?? []), first]);
    form.setFieldValue(
      [...abs, 'options'],
      [
        { id: first, kind: 'level', fields: [], graceMonths: null },
        { id: second, kind: 'serviceYears' },
      ],
    );
  };

  return (
    <section style={rowBox} aria-label={t('standardsCatalogue.req.rowN', { n: position + 1 })}>
      <Flex gap={12} align="flex-start" wrap>
        <Form.Item
          name={[name, 'kind']}
          label={
            <span>
              {t('standardsCatalogue.req.rowN', { n: position + 1 })}
              {id ? (
                <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                  {t('standardsCatalogue.req.idLabel', { id })}
                </Typography.Text>
              ) : null}
            </span>
          }
          rules={[rule([...abs, 'kind'])]}
          style={{ flex: '1 1 300px', minWidth: 0 }}
        >
          <Select
            options={REQUIREMENT_KINDS.map((k) => ({
              value: k,
              label: t(`standardsCatalogue.req.kinds.${k}`),
            }))}
            onChange={onKind}
          />
        </Form.Item>
        <Flex gap={4} style={{ marginTop: 30 }}>
          <Tooltip title={t('standardsCatalogue.req.moveUp')}>
            <Button
              type="text"
              icon={<ArrowUpOutlined />}
              aria-label={t('standardsCatalogue.req.moveUp')}
              disabled={position === 0}
              onClick={() => onMove(position - 1)}
            />
          </Tooltip>
          <Tooltip title={t('standardsCatalogue.req.moveDown')}>
            <Button
              type="text"
              icon={<ArrowDownOutlined />}
              aria-label={t('standardsCatalogue.req.moveDown')}
              disabled={position === count - 1}
              onClick={() => onMove(position + 1)}
            />
          </Tooltip>
          <Tooltip title={t('standardsCatalogue.req.remove')}>
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('standardsCatalogue.req.remove')}
              onClick={onRemove}
            />
          </Tooltip>
        </Flex>
      </Flex>
      {kind === 'level' ? <LevelFields rel={[name]} abs={abs} form={form} rule={rule} /> : null}
      {kind === 'serviceYears' ? <YearsField rel={[name]} abs={abs} rule={rule} /> : null}
      {kind === 'fullTerm' ? (
        <Form.Item
          name={[name, 'months']}
          label={t('standardsCatalogue.req.months')}
          extra={t('standardsCatalogue.req.monthsHelp')}
          rules={[
            { required: true, message: t('standardsCatalogue.req.monthsRequired') },
            rule([...abs, 'months']),
          ]}
          validateFirst
          required
          style={{ maxWidth: 420 }}
        >
          <InputNumber
            min={1}
            max={120}
            precision={0}
            suffix={t('standardsCatalogue.req.monthsUnit')}
            style={{ width: 200 }}
          />
        </Form.Item>
      ) : null}
      {kind === 'anyOf' ? <AnyOfFields rel={[name]} abs={abs} form={form} rule={rule} /> : null}
      <RowSentence abs={abs} form={form} />
    </section>
  );
}

/** The requirements of a version: rows of a kind each, in the order the catalogue lists them. */
export function RequirementEditor({ form, rule }: { form: AnyForm; rule: VersionRule }) {
  const { t } = useTranslation();
  return (
    <Form.List name="requirements" rules={[rule(['requirements'])]}>
      {(rows, { add, remove, move }, { errors }) => (
        <Flex vertical gap={12}>
          {rows.map((row, i) => (
            <RequirementRowEditor
              key={row.key}
              name={row.name}
              position={i}
              count={rows.length}
              form={form}
              rule={rule}
              onRemove={() => remove(row.name)}
              onMove={(to) => move(i, to)}
            />
          ))}
          <Form.ErrorList errors={errors} />
          <div>
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ id: nextId(form), kind: 'level', fields: [], graceMonths: null })}
            >
              {t('standardsCatalogue.req.add')}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}
