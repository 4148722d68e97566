import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { certificateBody, replacementBody } from '../../../core/contracts/training-results';
import { DateInput } from '../../components/DateInput';
import { formatDate, formatNumber } from '../../lib/format';
import { todayVn } from '../../lib/records';
import { SchemaModal } from './SchemaModal';
import { type CourseDetail, type Enrolment, trainingApi, trainingKeys } from './trainingApi';
import { ResultTag } from './trainingTags';

/** Certificates and letters are dated no earlier than what they follow (completion, certificate). */
const laterOfToday = (date: string | null | undefined) => {
  const today = todayVn();
  return date && date > today ? date : today;
};

/** Chứng chỉ: issued once per completed learner; a lost one gets a replacement letter. */
export function CertificatesCard({
  course: c,
  roster,
  canManage,
}: {
  course: CourseDetail;
  roster: readonly Enrolment[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<{ kind: 'issue' | 'replace'; e: Enrolment } | null>(null);
  const completed = roster.filter((e) => e.status === 'completed');
  if (completed.length === 0) return <Empty description={t('training.results.noCompleted')} />;
  const done = (text: string) => {
    void message.success(text);
    setDialog(null);
    void queryClient.invalidateQueries({ queryKey: trainingKeys.roster(c.id) });
  };
  return (
    <>
      <Table<Enrolment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={completed}
        scroll={{ x: 760 }}
        columns={[
          {
            title: t('common.stt'),
            key: 'stt',
            width: 56,
            align: 'center',
            render: (_v, _r, i) => formatNumber(i + 1),
          },
          { title: t('training.roster.fullName'), key: 'name', render: (_v, e) => e.person.fullName },
          {
            title: t('training.roster.result'),
            key: 'result',
            width: 110,
            render: (_v, e) => <ResultTag result={e.result} />,
          },
          {
            title: t('training.results.certNumber'),
            key: 'number',
            width: 220,
            render: (_v, e) =>
              e.certificate ? (
                <Flex vertical gap={2} align="flex-start">
                  <span>
                    {e.certificate.number} · {formatDate(e.certificate.issuedOn)}
                  </span>
                  {e.certificate.replacementLetterNo ? (
                    <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                      {t('training.results.replacementTag', { number: e.certificate.replacementLetterNo })}
                    </Tag>
                  ) : null}
                </Flex>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 220,
                  render: (_v: unknown, e: Enrolment) => (
                    <Space size={4}>
                      {e.certificate ? (
                        <Button size="small" onClick={() => setDialog({ kind: 'replace', e })}>
                          {t('training.results.replacement')}
                        </Button>
                      ) : (
                        <Button size="small" type="primary" onClick={() => setDialog({ kind: 'issue', e })}>
                          {t('training.results.issue')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <SchemaModal
        open={dialog?.kind === 'issue'}
        title={dialog ? t('training.results.issueTitle', { name: dialog.e.person.fullName }) : ''}
        okText={t('training.results.issue')}
        schema={certificateBody}
        fields={['number', 'issuedOn']}
        // Not before the completion: the later of today and the completion date.
        initialValues={{ issuedOn: laterOfToday(dialog?.e.completedOn) }}
        onSubmit={(b) => trainingApi.issueCertificate(dialog?.e.id ?? 0, b)}
        onDone={(b) => done(t('training.results.issued', { number: b.number }))}
        onCancel={() => setDialog(null)}
      >
        {(rule) => (
          <>
            <Typography.Paragraph type="warning">{t('training.results.issueConfirm')}</Typography.Paragraph>
            <Form.Item name="number" label={t('training.results.certNumber')} rules={[rule('number')]}>
              <Input maxLength={100} autoFocus />
            </Form.Item>
            <Form.Item name="issuedOn" label={t('training.results.certIssuedOn')} rules={[rule('issuedOn')]}>
              <DateInput />
            </Form.Item>
          </>
        )}
      </SchemaModal>
      <SchemaModal
        open={dialog?.kind === 'replace'}
        title={dialog ? t('training.results.replacementTitle', { name: dialog.e.person.fullName }) : ''}
        okText={t('training.results.replacement')}
        schema={replacementBody}
        fields={['letterNo', 'issuedOn']}
        initialValues={{ issuedOn: laterOfToday(dialog?.e.certificate?.issuedOn) }}
        onSubmit={(b) => trainingApi.replaceCertificate(dialog?.e.id ?? 0, b)}
        onDone={(b) => done(t('training.results.replacementIssued', { number: b.letterNo }))}
        onCancel={() => setDialog(null)}
      >
        {(rule) => (
          <>
            <Form.Item name="letterNo" label={t('training.results.letterNo')} rules={[rule('letterNo')]}>
              <Input maxLength={100} autoFocus />
            </Form.Item>
            <Form.Item name="issuedOn" label={t('training.results.certIssuedOn')} rules={[rule('issuedOn')]}>
              <DateInput />
            </Form.Item>
          </>
        )}
      </SchemaModal>
    </>
  );
}
