import {
  CheckOutlined,
  DeleteOutlined,
  RollbackOutlined,
  SaveOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { Button, Form, Input, Modal, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planReturnBody } from '../../../core/contracts/plans';
import { zodRules } from '../../lib/zodForm';
import type { Plan } from './plansApi';

export interface PlanActionHandlers {
  save: () => void;
  submit: () => void;
  approve: () => void;
  return: (comment: string) => Promise<boolean>;
  remove: () => void;
}

/** The buttons the server says the actor may use now (`plan.can`). */
export function PlanActions({
  plan,
  dirty,
  busy,
  on,
}: {
  plan: Plan;
  dirty: boolean;
  busy: string | null;
  on: PlanActionHandlers;
}) {
  const { t } = useTranslation();
  const [returning, setReturning] = useState(false);
  const [form] = Form.useForm<{ comment: string }>();
  const rule = zodRules(planReturnBody, form, (v) => ({ version: plan.version, comment: v.comment ?? '' }));
  const { can } = plan;
  const disabled = busy !== null;

  return (
    <>
      {can.edit && plan.status === 'draft' && (
        <Popconfirm
          title={t('plans.page.deleteConfirm')}
          onConfirm={on.remove}
          okButtonProps={{ danger: true }}
        >
          <Button danger icon={<DeleteOutlined />} disabled={disabled} loading={busy === 'remove'}>
            {t('plans.page.delete')}
          </Button>
        </Popconfirm>
      )}
      {can.edit && (
        <Button
          icon={<SaveOutlined />}
          type={dirty ? 'primary' : 'default'}
          disabled={disabled || !dirty}
          loading={busy === 'save'}
          onClick={on.save}
        >
          {t('plans.page.save')}
        </Button>
      )}
      {can.submit && (
        <Popconfirm
          title={t('plans.page.submitConfirm')}
          onConfirm={on.submit}
          styles={{ root: { maxWidth: 360 } }}
        >
          <Button type="primary" icon={<SendOutlined />} disabled={disabled} loading={busy === 'submit'}>
            {t('plans.page.submit')}
          </Button>
        </Popconfirm>
      )}
      {can.return && (
        <Button
          icon={<RollbackOutlined />}
          disabled={disabled}
          loading={busy === 'return'}
          onClick={() => {
            form.resetFields();
            setReturning(true);
          }}
        >
          {t('plans.page.return')}
        </Button>
      )}
      {can.approve && (
        <Popconfirm title={t('plans.page.approveConfirm')} onConfirm={on.approve}>
          <Button type="primary" icon={<CheckOutlined />} disabled={disabled} loading={busy === 'approve'}>
            {t('plans.page.approve')}
          </Button>
        </Popconfirm>
      )}
      <Modal
        open={returning}
        title={t('plans.page.returnTitle')}
        okText={t('plans.page.return')}
        okButtonProps={{ danger: true }}
        confirmLoading={busy === 'return'}
        onOk={() => form.submit()}
        onCancel={() => setReturning(false)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={async (v) => {
            if (await on.return(v.comment.trim())) setReturning(false);
          }}
        >
          <Form.Item
            name="comment"
            label={t('plans.page.comment')}
            extra={t('plans.page.returnHelp')}
            rules={[rule('comment')]}
          >
            <Input.TextArea rows={4} maxLength={2000} showCount autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
