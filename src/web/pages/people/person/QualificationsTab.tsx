import { EditOutlined, PlusOutlined, TrophyOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  Form,
  type FormRule,
  Grid,
  Input,
  Radio,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  QUALIFICATION_STATUS_LABELS,
  QUALIFICATION_STATUSES,
  TRAINING_MODE_LABELS,
  TRAINING_MODES,
  type TrainingMode,
} from '../../../../core/catalog/enums';
import { DIMENSION_LABELS, DIMENSIONS, type Dimension, LEVELS } from '../../../../core/catalog/levels';
import {
  type PersonRecord,
  type QualificationBody,
  qualificationBody,
} from '../../../../core/contracts/people';
import { api } from '../../../api/endpoints';
import { DateInput } from '../../../components/DateInput';
import { formatDate } from '../../../lib/format';
import { flatFields } from '../../../lib/formErrors';
import { highestCompleted, levelLabel, orNull, textOrNull } from '../../../lib/records';
import { parseForm, zodRule } from '../../../lib/zodForm';
import { usePersonMutation } from './usePersonMutation';

type Qualification = PersonRecord['qualifications'][number];

const FIELDS = [
  'dimension',
  'level',
  'major',
  'institution',
  'mode',
  'language',
  'startDate',
  'endDate',
  'status',
  'certificateNo',
] as const;

/** Dimensions where the language is part of the record. */
const WITH_LANGUAGE: readonly Dimension[] = ['foreignLanguage', 'ethnicLanguage'];

function qualificationValues(v: Record<string, unknown>): Record<string, unknown> {
  return {
    dimension: v.dimension,
    level: v.level ?? '',
    major: textOrNull(v.major),
    institution: textOrNull(v.institution),
    mode: orNull(v.mode as string | null | undefined),
    language: WITH_LANGUAGE.includes(v.dimension as Dimension) ? textOrNull(v.language) : null,
    startDate: orNull(v.startDate as string | null | undefined),
    endDate: orNull(v.endDate as string | null | undefined),
    status: v.status,
    certificateNo: textOrNull(v.certificateNo),
  };
}

function formValues(q: Qualification): Record<string, unknown> {
  return {
    dimension: q.dimension,
    level: q.level,
    major: q.major ?? '',
    institution: q.institution ?? '',
    mode: q.mode,
    language: q.language ?? '',
    startDate: q.startDate,
    endDate: q.endDate,
    status: q.status,
    certificateNo: q.certificateNo ?? '',
  };
}

function QualificationDrawer({
  person,
  editing,
  defaultDimension,
  onClose,
}: {
  person: PersonRecord;
  editing: Qualification | 'new' | null;
  defaultDimension: Dimension;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm();
  const current = editing === 'new' || editing === null ? null : editing;
  const fresh = current ? (person.qualifications.find((q) => q.id === current.id) ?? current) : null;
  const dimension = (Form.useWatch('dimension', form) as Dimension | undefined) ?? defaultDimension;
  const rule = (field: string): FormRule =>
    zodRule(qualificationBody, field, () => qualificationValues(form.getFieldsValue(true)));
  const fieldOf = flatFields(FIELDS);

  const add = usePersonMutation({
    personId: person.id,
    mutationFn: (body: QualificationBody) => api.people.addQualification(person.id, body),
    form,
    fieldOf,
    success: t('person.qualificationAdded'),
    onDone: onClose,
  });
  const save = usePersonMutation({
    personId: person.id,
    mutationFn: (body: { qualification: QualificationBody; version: number }) =>
      api.people.updateQualification(person.id, fresh?.id ?? 0, body),
    form,
    fieldOf,
    success: t('person.qualificationSaved'),
    onDone: onClose,
  });

  useEffect(() => {
    if (editing === 'new') form.setFieldsValue({ dimension: defaultDimension, status: 'completed' });
    else if (fresh) form.setFieldsValue(formValues(fresh));
  }, [editing, fresh, defaultDimension, form]);

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const body = parseForm(qualificationBody, form, qualificationValues(form.getFieldsValue(true)));
    if (!body) return;
    if (fresh) save.mutate({ qualification: body, version: fresh.version });
    else add.mutate(body);
  };
  const pending = add.isPending || save.isPending;
  const half = { flex: '1 1 200px', minWidth: 0 } as const;

  return (
    <Drawer
      open={editing !== null}
      onClose={onClose}
      title={fresh ? t('person.qualificationEditTitle') : t('person.qualificationAddTitle')}
      size={screens.md ? 560 : '100%'}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={pending} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        name="qualification"
        layout="vertical"
        validateTrigger="onBlur"
        onFinish={() => void submit()}
        disabled={pending}
        onValuesChange={(changed: Record<string, unknown>) => {
          // Levels belong to a dimension: a new dimension starts from no level.
          if ('dimension' in changed) form.setFieldValue('level', undefined);
        }}
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="dimension"
            label={t('person.dimension')}
            rules={[rule('dimension')]}
            required
            style={half}
          >
            <Select options={DIMENSIONS.map((d) => ({ value: d, label: DIMENSION_LABELS[d] }))} />
          </Form.Item>
          <Form.Item
            name="level"
            label={t('person.level')}
            rules={[rule('level')]}
            required
            validateTrigger={['onBlur', 'onChange']}
            style={half}
          >
            <Select
              placeholder={t('person.levelPlaceholder')}
              options={[...LEVELS[dimension]]
                .reverse()
                .map((l) => ({ value: l, label: levelLabel(dimension, l) }))}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="status"
          label={t('person.qualificationStatus')}
          rules={[rule('status')]}
          required
          validateTrigger={['onBlur', 'onChange']}
        >
          <Radio.Group
            optionType="button"
            options={QUALIFICATION_STATUSES.map((s) => ({ value: s, label: QUALIFICATION_STATUS_LABELS[s] }))}
          />
        </Form.Item>
        {WITH_LANGUAGE.includes(dimension) ? (
          <Form.Item name="language" label={t('person.language')} rules={[rule('language')]}>
            <Input autoComplete="off" placeholder={t('person.languagePlaceholder')} />
          </Form.Item>
        ) : null}
        <Form.Item name="major" label={t('person.major')} rules={[rule('major')]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="institution" label={t('person.institution')} rules={[rule('institution')]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="mode" label={t('person.mode')} rules={[rule('mode')]} style={half}>
            <Select
              allowClear
              placeholder="—"
              options={TRAINING_MODES.map((m) => ({ value: m, label: TRAINING_MODE_LABELS[m] }))}
            />
          </Form.Item>
          <Form.Item
            name="certificateNo"
            label={t('person.certificateNo')}
            rules={[rule('certificateNo')]}
            style={half}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="startDate" label={t('person.startDate')} rules={[rule('startDate')]} style={half}>
            <DateInput />
          </Form.Item>
          <Form.Item
            name="endDate"
            label={t('person.endDate')}
            rules={[rule('endDate')]}
            extra={t('person.endDateHelp')}
            style={half}
          >
            <DateInput />
          </Form.Item>
        </Flex>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Drawer>
  );
}

function period(q: Qualification): ReactNode {
  if (!q.startDate && !q.endDate) return '';
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {q.startDate ? formatDate(q.startDate) : '…'} –
      <br />
      {q.endDate ? formatDate(q.endDate) : '…'}
    </span>
  );
}

export function QualificationsTab({ person, canWrite }: { person: PersonRecord; canWrite: boolean }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [editing, setEditing] = useState<Qualification | 'new' | null>(null);
  const [newDimension, setNewDimension] = useState<Dimension>('professional');
  const present = DIMENSIONS.filter((d) => person.qualifications.some((q) => q.dimension === d));
  const summaryDims: Dimension[] = [
    'professional',
    'politicalTheory',
    'stateManagement',
    'foreignLanguage',
    'it',
  ];

  const columns = (best: Qualification | null): TableColumnsType<Qualification> => {
    const cols: TableColumnsType<Qualification> = [
      {
        title: t('person.level'),
        key: 'level',
        width: 170,
        render: (_v, q) => (
          <Flex vertical gap={2} align="flex-start">
            <span>
              <Typography.Text strong={q.id === best?.id}>{levelLabel(q.dimension, q.level)}</Typography.Text>
              {q.language ? <Typography.Text type="secondary"> ({q.language})</Typography.Text> : null}
            </span>
            {q.id === best?.id ? (
              <Tag color="blue" icon={<TrophyOutlined />} style={{ marginInlineEnd: 0 }}>
                {t('person.highest')}
              </Tag>
            ) : null}
            {q.certificateNo ? (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('person.certificateShort', { no: q.certificateNo })}
              </Typography.Text>
            ) : null}
          </Flex>
        ),
      },
      { title: t('person.major'), dataIndex: 'major', minWidth: 130, render: (v: string | null) => v ?? '' },
      {
        title: t('person.institution'),
        dataIndex: 'institution',
        minWidth: 150,
        render: (v: string | null) => v ?? '',
      },
      {
        title: t('person.mode'),
        dataIndex: 'mode',
        width: 130,
        render: (m: string | null) => (m ? (TRAINING_MODE_LABELS[m as TrainingMode] ?? m) : ''),
      },
      { title: t('person.period'), key: 'period', width: 120, render: (_v, q) => period(q) },
      {
        title: t('person.qualificationStatus'),
        dataIndex: 'status',
        width: 130,
        render: (s: Qualification['status']) =>
          s === 'in_progress' ? (
            <Tag color="orange">{QUALIFICATION_STATUS_LABELS[s]}</Tag>
          ) : (
            <Tag color="green">{QUALIFICATION_STATUS_LABELS[s]}</Tag>
          ),
      },
    ];
    if (canWrite)
      cols.push({
        title: t('common.actions'),
        key: 'actions',
        width: 90,
        align: 'center',
        fixed: 'right',
        render: (_v, q) => (
          <Tooltip title={t('common.edit')}>
            <Button
              type="text"
              icon={<EditOutlined />}
              aria-label={t('person.qualificationEditAria', {
                dimension: DIMENSION_LABELS[q.dimension],
                level: levelLabel(q.dimension, q.level),
              })}
              onClick={() => setEditing(q)}
            />
          </Tooltip>
        ),
      });
    return cols;
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('person.qualificationsHint')}</Typography.Text>
        {canWrite ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setNewDimension('professional');
              setEditing('new');
            }}
          >
            {t('person.qualificationAdd')}
          </Button>
        ) : null}
      </Flex>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2, xl: 3 }}
        title={t('person.highestTitle')}
        items={summaryDims.map((d) => {
          const best = highestCompleted(person.qualifications, d);
          return {
            key: d,
            label: DIMENSION_LABELS[d],
            children: (
              <span data-testid={`highest-${d}`}>
                {best ? (
                  <Typography.Text strong>{levelLabel(d, best.level)}</Typography.Text>
                ) : (
                  <Typography.Text type="secondary">{t('person.noLevel')}</Typography.Text>
                )}
              </span>
            ),
          };
        })}
      />
      {present.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={canWrite ? t('person.qualificationsEmptyCanWrite') : t('person.qualificationsEmpty')}
        />
      ) : (
        present.map((d) => {
          const best = highestCompleted(person.qualifications, d);
          const rows = person.qualifications.filter((q) => q.dimension === d);
          return (
            <Card
              key={d}
              size="small"
              data-testid={`qualifications-${d}`}
              title={DIMENSION_LABELS[d]}
              extra={
                <Flex gap={8} align="center" wrap>
                  {best ? (
                    <Typography.Text>
                      {t('person.highestLevel')}: <strong>{levelLabel(d, best.level)}</strong>
                    </Typography.Text>
                  ) : (
                    <Typography.Text type="secondary">{t('person.noCompleted')}</Typography.Text>
                  )}
                  {canWrite ? (
                    <Button
                      size="small"
                      icon={<PlusOutlined />}
                      onClick={() => {
                        setNewDimension(d);
                        setEditing('new');
                      }}
                      aria-label={t('person.qualificationAddIn', { dimension: DIMENSION_LABELS[d] })}
                    />
                  ) : null}
                </Flex>
              }
            >
              <Table<Qualification>
                rowKey="id"
                size="small"
                columns={columns(best)}
                dataSource={rows}
                pagination={false}
                scroll={screens.xl ? undefined : { x: 880 }}
                rowClassName={(q) => (q.id === best?.id ? 'cadre-row-best' : '')}
              />
            </Card>
          );
        })
      )}
      {canWrite ? (
        <QualificationDrawer
          person={person}
          editing={editing}
          defaultDimension={newDimension}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Flex>
  );
}
