import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { type SurveyBody, surveyBody } from '../../../core/contracts/training-results';
import { apiRequest } from '../../api/client';
import { useShowError } from '../../lib/errors';
import { applyServerErrors } from '../../lib/formErrors';
import { trainingKeys } from './trainingApi';

/** The questions of the learner survey (Thông tư 10/2017): each answered 0–10. */
export const SURVEY_QUESTIONS = ['noi_dung', 'giang_vien', 'phuong_phap', 'tai_lieu', 'to_chuc'] as const;

interface Values {
  answers: Record<string, number | null>;
  comment?: string;
}

/** Builds the request from the form: unanswered questions are left out. */
export function surveyRequest(v: Values): SurveyBody {
  const answers: Record<string, number> = {};
  for (const [k, n] of Object.entries(v.answers ?? {})) if (typeof n === 'number') answers[k] = n;
  const comment = v.comment?.trim();
  return comment ? { answers, comment } : { answers };
}

/** Nhập phiếu khảo sát: the school types in a learner's paper survey (anonymous). */
export function SurveyForm({ courseId }: { courseId: number }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: SurveyBody) =>
      apiRequest<unknown>(`/training/courses/${courseId}/surveys`, { method: 'POST', body }),
    onSuccess: async () => {
      form.resetFields();
      message.success(t('training.survey.saved'));
      await queryClient.invalidateQueries({ queryKey: trainingKeys.quality(courseId) });
    },
    onError: (e) => {
      if (!applyServerErrors(form, e, (path) => (path === 'comment' ? 'comment' : null))) showError(e);
    },
  });
  const submit = (v: Values) => {
    const body = surveyRequest(v);
    const parsed = surveyBody.safeParse(body);
    if (!parsed.success) {
      form.setFields([{ name: ['answers', SURVEY_QUESTIONS[0]], errors: [t('training.survey.answerOne')] }]);
      return;
    }
    save.mutate(parsed.data);
  };
  return (
    <Card size="small" title={t('training.survey.title')}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ answers: {} }}>
        <Row gutter={12}>
          {SURVEY_QUESTIONS.map((q) => (
            <Col xs={12} md={8} lg={4} key={q}>
              <Form.Item name={['answers', q]} label={t(`training.survey.q.${q}`)}>
                <InputNumber min={0} max={10} step={0.5} decimalSeparator="," style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.Item name="comment" label={t('training.survey.comment')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="survey-submit">
          {t('training.survey.submit')}
        </Button>
      </Form>
    </Card>
  );
}
