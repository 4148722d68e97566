import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Flex, List, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { useShowError } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { todayVn } from '../../lib/records';
import { type CompletionLine, completionPreview, type FailReason } from './courseRules';
import { type CourseDetail, type Enrolment, trainingApi, trainingKeys } from './trainingApi';
import { ResultTag } from './trainingTags';

function useReasonText() {
  const { t } = useTranslation();
  return (r: FailReason) => {
    switch (r.kind) {
      case 'absent':
        return t('training.results.reasonAbsent', { n: formatNumber(r.n) });
      case 'unrecorded':
        return t('training.results.reasonUnrecorded', { n: formatNumber(r.n) });
      case 'unscored':
        return t('training.results.reasonUnscored', { n: formatNumber(r.n) });
      case 'lowScore':
        return t('training.results.reasonLowScore', { score: formatNumber(r.score) });
    }
  };
}

/**
 * Kết thúc lớp và xét hoàn thành: shows who passes and who does not (and why) by the programme's
 * rule before the server decides; passing learners get their qualification at once.
 */
export function CompleteModal({
  course: c,
  roster,
  onClose,
}: {
  course: CourseDetail;
  roster: readonly Enrolment[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const reasonText = useReasonText();
  // Closing early or on time: the course's last day, or today when that is still ahead.
  const [completedOn, setCompletedOn] = useState<string | null>(
    c.endDate < todayVn() ? c.endDate : todayVn(),
  );
  const rule = c.programme.completionRule;
  const lines = completionPreview(c, rule, roster);
  const pass = lines.filter((l) => l.pass);
  const fail = lines.filter((l) => !l.pass);
  const complete = useMutation({
    mutationFn: () => trainingApi.complete(c.id, completedOn ?? undefined),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trainingKeys.all });
      // Qualifications and compliance of the learners changed.
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      await queryClient.invalidateQueries({ queryKey: ['compliance'] });
      void message.success(t('training.results.completed'));
      onClose();
    },
    onError: (e) => showError(e),
  });
  const item = (l: CompletionLine) => (
    <List.Item style={{ padding: '6px 0' }}>
      <Flex gap={8} wrap align="center" style={{ width: '100%' }}>
        <Typography.Text strong style={{ minWidth: 180 }}>
          {l.enrolment.person.fullName}
        </Typography.Text>
        {l.pass ? (
          <>
            <ResultTag result={l.result} />
            {l.average !== null ? (
              <Typography.Text type="secondary">
                {t('training.results.average')}: {formatNumber(l.average)}
              </Typography.Text>
            ) : null}
          </>
        ) : (
          <Typography.Text type="danger">{l.reasons.map(reasonText).join('; ')}</Typography.Text>
        )}
      </Flex>
    </List.Item>
  );
  return (
    <Modal
      open
      width={720}
      title={t('training.results.completeTitle')}
      okText={t('training.results.completeOk')}
      cancelText={t('common.cancel')}
      onOk={() => complete.mutate()}
      onCancel={onClose}
      confirmLoading={complete.isPending}
      okButtonProps={{ disabled: !completedOn }}
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('training.results.completeIntro', {
            rule: rule.fullAttendance
              ? t('training.results.ruleFull', { min: formatNumber(rule.minScore) })
              : t('training.results.ruleScore', { min: formatNumber(rule.minScore) }),
          })}
        </Typography.Paragraph>
        <Flex gap={8} align="center">
          <Typography.Text>{t('training.results.completedOn')}</Typography.Text>
          <DateInput
            value={completedOn}
            onChange={setCompletedOn}
            allowClear={false}
            style={{ width: 160 }}
          />
        </Flex>
        <div style={{ maxHeight: '50vh', overflow: 'auto' }}>
          <Tag color="green">{t('training.results.passCount', { n: formatNumber(pass.length) })}</Tag>
          <List size="small" dataSource={pass} renderItem={item} />
          {fail.length ? (
            <>
              <Tag color="red" style={{ marginTop: 12 }}>
                {t('training.results.failCount', { n: formatNumber(fail.length) })}
              </Tag>
              <List size="small" dataSource={fail} renderItem={item} />
            </>
          ) : null}
        </div>
      </Flex>
    </Modal>
  );
}
