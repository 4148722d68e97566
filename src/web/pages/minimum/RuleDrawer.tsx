import { useMutation } from '@tanstack/react-query';
import { Button, Checkbox, Drawer, Flex, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { PERSON_CATEGORIES } from '../../../core/catalog/enums';
import { ruleUpdateBody } from '../../../core/contracts/minimum';
import { DateInput } from '../../components/DateInput';
import { useShowError } from '../../lib/errors';
import { applyServerErrors } from '../../lib/formErrors';
import { minimumApi, type RuleItem } from './minimumApi';
import { ruleFieldOf } from './ruleFields';

interface Values {
  periods?: number | null;
  categories?: string[];
  number?: string;
  title?: string;
  date?: string | null;
  note?: string | null;
}

/** Sửa mức bồi dưỡng tối thiểu hằng năm: tiết, đối tượng, căn cứ pháp lý (training.catalogue). */
export function RuleDrawer({
  rule,
  onClose,
  onSaved,
}: {
  rule: RuleItem;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (body: Parameters<typeof minimumApi.updateRule>[1]) => minimumApi.updateRule(rule.id, body),
    onSuccess: onSaved,
    onError: (e) => {
      if (!applyServerErrors(form, e, ruleFieldOf)) showError(e);
    },
  });
  const submit = () => {
    const v = form.getFieldsValue(true) as Values;
    const parsed = ruleUpdateBody.safeParse({
      params: { periods: v.periods ?? undefined, categories: v.categories ?? [] },
      legalBasis: { number: v.number ?? '', title: v.title ?? '', date: v.date || null },
      note: v.note || null,
      version: rule.version,
    });
    if (!parsed.success) {
      const byField = new Map<string, string[]>();
      for (const i of parsed.error.issues) {
        const name = ruleFieldOf(i.path.join('.'));
        if (name) byField.set(name, [...(byField.get(name) ?? []), i.message]);
      }
      form.setFields([...byField].map(([name, errors]) => ({ name: name as keyof Values, errors })));
      return;
    }
    save.mutate(parsed.data);
  };
  const params = rule.params as { periods?: number; categories?: string[] };
  return (
    <Drawer
      open
      onClose={onClose}
      title={t('minimum.edit.title')}
      size={560}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={submit}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={save.isPending}
        initialValues={{
          periods: params.periods ?? 0,
          categories: params.categories ?? [],
          number: rule.legalBasis.number,
          title: rule.legalBasis.title,
          date: rule.legalBasis.date,
          note: rule.note,
        }}
        onFinish={submit}
      >
        <Form.Item name="periods" label={t('minimum.edit.periods')} extra={t('minimum.edit.periodsHelp')}>
          <InputNumber
            min={0}
            step={1}
            precision={0}
            style={{ width: 160 }}
            suffix={t('minimum.periodsUnit')}
          />
        </Form.Item>
        <Form.Item name="categories" label={t('minimum.edit.categories')}>
          <Checkbox.Group
            options={PERSON_CATEGORIES.map((c) => ({ value: c, label: t(`minimum.category.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="number" label={t('minimum.edit.basisNumber')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="title" label={t('minimum.edit.basisTitle')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item name="date" label={t('minimum.edit.basisDate')}>
          <DateInput style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="note" label={t('minimum.edit.note')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
