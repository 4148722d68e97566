import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approveBody, rejectBody } from '../../../core/contracts/training-registration';
import { DateInput } from '../../components/DateInput';
import { SchemaModal } from './SchemaModal';
import { selfApi } from './selfApi';
import { type Enrolment, trainingKeys } from './trainingApi';

/** "Duyệt" / "Từ chối" on a self-registration waiting for the unit (roster row, status 'pending'). */
export function PendingActions({ enrolment: e, courseOpen }: { enrolment: Enrolment; courseOpen: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'approve' | 'reject' | null>(null);
  // Approval answers enrolled or waitlisted (seats and quotas); the message says which.
  const approvedAs = useRef<string>('enrolled');
  const done = (text: string) => {
    void message.success(text);
    setDialog(null);
    void queryClient.invalidateQueries({ queryKey: trainingKeys.all });
  };
  return (
    <>
      <Space size={4}>
        <Button size="small" type="primary" disabled={!courseOpen} onClick={() => setDialog('approve')}>
          {t('training.self.approve')}
        </Button>
        <Button size="small" danger onClick={() => setDialog('reject')}>
          {t('training.self.reject')}
        </Button>
      </Space>
      <SchemaModal
        open={dialog === 'approve'}
        title={t('training.self.approveTitle', { name: e.person.fullName })}
        okText={t('training.self.approveOk')}
        schema={approveBody}
        fields={['decisionNo', 'decisionDate', 'eligibilityOverride']}
        onSubmit={async (b) => {
          approvedAs.current = (await selfApi.approve(e.id, b)).status;
        }}
        onDone={() =>
          done(
            t(
              approvedAs.current === 'waitlisted'
                ? 'training.self.approvedWaitlisted'
                : 'training.self.approved',
            ),
          )
        }
        onCancel={() => setDialog(null)}
      >
        {(rule) => (
          <>
            <Typography.Paragraph type="secondary">{t('training.self.approveHelp')}</Typography.Paragraph>
            <Form.Item
              name="decisionNo"
              label={t('training.nominate.decisionNo')}
              rules={[rule('decisionNo')]}
            >
              <Input maxLength={100} autoFocus />
            </Form.Item>
            <Form.Item
              name="decisionDate"
              label={t('training.nominate.decisionDate')}
              rules={[rule('decisionDate')]}
            >
              <DateInput />
            </Form.Item>
            <Form.Item
              name="eligibilityOverride"
              label={t('training.self.eligibilityOverride')}
              rules={[rule('eligibilityOverride')]}
            >
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </>
        )}
      </SchemaModal>
      <SchemaModal
        open={dialog === 'reject'}
        title={t('training.self.rejectTitle', { name: e.person.fullName })}
        okText={t('training.self.rejectOk')}
        schema={rejectBody}
        fields={['reason']}
        onSubmit={(b) => selfApi.reject(e.id, b.reason)}
        onDone={() => done(t('training.self.rejected'))}
        onCancel={() => setDialog(null)}
      >
        {(rule) => (
          <Form.Item name="reason" label={t('training.roster.reason')} rules={[rule('reason')]}>
            <Input.TextArea rows={3} maxLength={1000} autoFocus />
          </Form.Item>
        )}
      </SchemaModal>
    </>
  );
}
