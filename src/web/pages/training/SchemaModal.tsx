import { useMutation } from '@tanstack/react-query';
import { Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useShowError } from '../../lib/errors';
import { applyServerErrors, flatFields } from '../../lib/formErrors';
import { parseForm, zodRules } from '../../lib/zodForm';

/**
 * A small form in a dialog, checked with the API's zod schema before sending and showing the
 * server's field messages under the fields (timetable, lecturers, costs, certificates…).
 */
export function SchemaModal<S extends z.ZodType>({
  open,
  title,
  okText,
  schema,
  fields,
  initialValues,
  onSubmit,
  onDone,
  onCancel,
  children,
  normalise = (v) => v,
}: {
  open: boolean;
  title: ReactNode;
  okText: string;
  schema: S;
  fields: readonly string[];
  initialValues?: Record<string, unknown>;
  onSubmit: (body: z.output<S>) => Promise<unknown>;
  onDone: (body: z.output<S>) => void;
  onCancel: () => void;
  children: (rule: ReturnType<typeof zodRules>, form: FormInstance) => ReactNode;
  normalise?: (v: Record<string, unknown>) => Record<string, unknown>;
}) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [form] = Form.useForm();
  const rule = zodRules(schema, form, normalise);
  const send = useMutation({
    mutationFn: onSubmit,
    onSuccess: (_answer, body) => {
      form.resetFields();
      onDone(body);
    },
    onError: (e) => {
      if (applyServerErrors(form, e, flatFields(fields))) return;
      showError(e);
    },
  });
  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const body = parseForm(schema, form, normalise(form.getFieldsValue(true) as Record<string, unknown>));
    if (body !== null) send.mutate(body);
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onCancel}
      confirmLoading={send.isPending}
      destroyOnHidden
      afterClose={() => form.resetFields()}
    >
      <Form
        form={form}
        layout="vertical"
        validateTrigger="onBlur"
        initialValues={initialValues}
        disabled={send.isPending}
        onFinish={() => void submit()}
      >
        {children(rule, form)}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
