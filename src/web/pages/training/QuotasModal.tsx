import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Flex, Form, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { quotasBody } from '../../../core/contracts/training-courses';
import { UnitSelect } from '../../components/UnitTreeSelect';
import { useShowError } from '../../lib/errors';
import { issuesOf } from '../../lib/formErrors';
import { type CourseDetail, trainingApi } from './trainingApi';

interface Row {
  unitCode?: string | null;
  seats?: number | null;
}

/** Phân bổ chỉ tiêu: seats reserved per unit (a unit and its subtree nominate within them). */
export function QuotasModal({
  course,
  onClose,
  onSaved,
}: {
  course: CourseDetail;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [form] = Form.useForm();
  const save = useMutation({
    mutationFn: (quotas: { unitCode: string; seats: number }[]) => trainingApi.setQuotas(course.id, quotas),
    onSuccess: onSaved,
    onError: (e) => {
      const issues = issuesOf(e);
      const fields = issues
        .map((i) => /^quotas\.(\d+)\.(unitCode|seats)$/.exec(i.path))
        .map((m, k) =>
          m ? { name: ['quotas', Number(m[1]), m[2] as string], errors: [issues[k]?.message ?? ''] } : null,
        )
        .filter((x) => x !== null);
      if (fields.length) form.setFields(fields);
      else showError(e);
    },
  });
  const submit = () => {
    const rows = (form.getFieldValue('quotas') as Row[] | undefined) ?? [];
    const body = {
      quotas: rows
        .filter((r) => r.unitCode)
        .map((r) => ({ unitCode: r.unitCode ?? '', seats: r.seats ?? 0 })),
    };
    const parsed = quotasBody.safeParse(body);
    if (!parsed.success) {
      form.setFields(
        parsed.error.issues.map((i) => ({ name: i.path as (string | number)[], errors: [i.message] })),
      );
      return;
    }
    save.mutate(parsed.data.quotas);
  };
  return (
    <Modal
      open
      width={640}
      title={t('training.info.editQuotas')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ quotas: course.quotas.map((q) => ({ unitCode: q.unit.code, seats: q.seats })) }}
      >
        <Form.List name="quotas">
          {(items, { add, remove }) => (
            <Flex vertical gap={0}>
              {items.map((item) => (
                <Flex key={item.key} gap={8} align="flex-start">
                  <Form.Item
                    name={[item.name, 'unitCode']}
                    label={item.name === 0 ? t('training.info.quotaUnit') : undefined}
                    style={{ flex: 1, marginBottom: 8 }}
                  >
                    <UnitSelect known={course.quotas.map((q) => q.unit)} />
                  </Form.Item>
                  <Form.Item
                    name={[item.name, 'seats']}
                    label={item.name === 0 ? t('training.info.seats') : undefined}
                    style={{ width: 110, marginBottom: 8 }}
                  >
                    <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    style={{ marginTop: item.name === 0 ? 30 : 0 }}
                    onClick={() => remove(item.name)}
                    aria-label={t('common.cancel')}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ seats: 1 })}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('training.info.addQuota')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
