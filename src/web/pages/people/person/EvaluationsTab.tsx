import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Empty,
  Flex,
  Form,
  type FormRule,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATING_LABELS, RATINGS, type Rating } from '../../../../core/catalog/enums';
import { type EvaluationBody, evaluationBody, type PersonRecord } from '../../../../core/contracts/people';
import { api } from '../../../api/endpoints';
import { flatFields } from '../../../lib/formErrors';
import { textOrNull, todayVn } from '../../../lib/records';
import { parseForm, zodRule } from '../../../lib/zodForm';
import { usePersonMutation } from './usePersonMutation';

type Evaluation = PersonRecord['evaluations'][number];

const RATING_COLORS: Record<Rating, string> = {
  excellent: 'green',
  good: 'blue',
  completed: 'default',
  not_completed: 'red',
};

const values = (v: Record<string, unknown>) => ({
  year: typeof v.year === 'number' ? v.year : undefined,
  rating: v.rating,
  note: textOrNull(v.note),
});

function EvaluationModal({
  person,
  editing,
  onClose,
}: {
  person: PersonRecord;
  editing: Evaluation | 'new' | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const rule = (field: string): FormRule =>
    zodRule(evaluationBody, field, () => values(form.getFieldsValue(true)));
  const year = Form.useWatch('year', form) as number | undefined;
  const existing = person.evaluations.find((e) => e.year === year);
  const save = usePersonMutation({
    personId: person.id,
    mutationFn: (body: EvaluationBody) => api.people.setEvaluation(person.id, body),
    form,
    fieldOf: flatFields(['year', 'rating', 'note']),
    success: t('person.evaluationSaved'),
    onDone: onClose,
  });

  useEffect(() => {
    if (editing === 'new')
      form.setFieldsValue({ year: Number(todayVn().slice(0, 4)) - 1, rating: undefined, note: '' });
    else if (editing)
      form.setFieldsValue({ year: editing.year, rating: editing.rating, note: editing.note ?? '' });
  }, [editing, form]);

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const body = parseForm(evaluationBody, form, values(form.getFieldsValue(true)));
    if (body) save.mutate(body);
  };

  return (
    <Modal
      open={editing !== null}
      title={t('person.evaluationTitle')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        name="evaluation"
        layout="vertical"
        validateTrigger="onBlur"
        onFinish={() => void submit()}
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="year"
            label={t('person.year')}
            rules={[rule('year')]}
            required
            style={{ flex: '0 1 140px' }}
          >
            <InputNumber min={1950} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="rating"
            label={t('person.rating')}
            rules={[rule('rating')]}
            required
            validateTrigger={['onBlur', 'onChange']}
            style={{ flex: '1 1 260px' }}
          >
            <Select
              placeholder={t('person.ratingPlaceholder')}
              options={RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r] }))}
            />
          </Form.Item>
        </Flex>
        {existing && editing === 'new' ? (
          <Typography.Paragraph type="warning">
            {t('person.evaluationReplaces', { year: existing.year, rating: RATING_LABELS[existing.rating] })}
          </Typography.Paragraph>
        ) : null}
        <Form.Item name="note" label={t('person.note')} rules={[rule('note')]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}

export function EvaluationsTab({ person, canWrite }: { person: PersonRecord; canWrite: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Evaluation | 'new' | null>(null);
  const rows = [...person.evaluations].sort((a, b) => b.year - a.year);
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('person.evaluationsHint')}</Typography.Text>
        {canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('person.evaluationAdd')}
          </Button>
        ) : null}
      </Flex>
      <Table<Evaluation>
        rowKey="id"
        size="middle"
        dataSource={rows}
        pagination={false}
        columns={[
          { title: t('person.year'), dataIndex: 'year', width: 100 },
          {
            title: t('person.rating'),
            dataIndex: 'rating',
            render: (r: Rating) => <Tag color={RATING_COLORS[r]}>{RATING_LABELS[r]}</Tag>,
          },
          { title: t('person.note'), dataIndex: 'note', render: (n: string | null) => n ?? '' },
          ...(canWrite
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 90,
                  align: 'center' as const,
                  render: (_v: unknown, e: Evaluation) => (
                    <Tooltip title={t('common.edit')}>
                      <Button
                        type="text"
                        icon={<EditOutlined />}
                        aria-label={t('person.evaluationEditAria', { year: e.year })}
                        onClick={() => setEditing(e)}
                      />
                    </Tooltip>
                  ),
                },
              ]
            : []),
        ]}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={canWrite ? t('person.evaluationsEmptyCanWrite') : t('person.evaluationsEmpty')}
            />
          ),
        }}
      />
      {canWrite ? (
        <EvaluationModal person={person} editing={editing} onClose={() => setEditing(null)} />
      ) : null}
    </Flex>
  );
}
