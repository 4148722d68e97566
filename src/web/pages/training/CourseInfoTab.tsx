import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Table,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRAINING_MODE_LABELS } from '../../../core/catalog/enums';
import { DIMENSION_LABELS } from '../../../core/catalog/levels';
import {
  assessmentBody,
  costBody,
  FUNDING_SOURCES,
  LECTURER_KINDS,
  lecturerBody,
  sessionBody,
} from '../../../core/contracts/training-courses';
import { DateInput } from '../../components/DateInput';
import { useShowError } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { levelLabel } from '../../lib/records';
import { costTotals, dateRange, formatMoney } from './courseRules';
import { QuotasModal } from './QuotasModal';
import { SchemaModal } from './SchemaModal';
import { type CourseDetail, trainingApi, trainingKeys } from './trainingApi';

type Dialog = 'session' | 'lecturer' | 'cost' | 'assessment' | 'quotas' | null;

function Section({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <Card size="small" title={title} extra={extra} style={{ height: '100%' }}>
      {children}
    </Card>
  );
}

/** Thông tin: the course, its timetable, seats per unit, lecturers, costs and assessments. */
export function CourseInfoTab({ course: c, canManage }: { course: CourseDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trainingKeys.course(c.id) });
    void message.success(t('training.info.saved'));
    setDialog(null);
  };
  const removeSession = useMutation({
    mutationFn: (sid: number) => trainingApi.deleteSession(c.id, sid),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.course(c.id) }),
    onError: (e) => showError(e),
  });
  const editable = canManage && c.status !== 'closed' && c.status !== 'cancelled';
  const add = (what: Exclude<Dialog, null>, label: string) =>
    editable ? (
      <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog(what)}>
        {label}
      </Button>
    ) : null;

  const totalPeriods = c.sessions.reduce((s, x) => s + x.periods, 0);
  const costs = costTotals(c.costs);
  const awards =
    c.programme.awardsDimension && c.programme.awardsLevel
      ? `${DIMENSION_LABELS[c.programme.awardsDimension]}: ${levelLabel(
          c.programme.awardsDimension,
          c.programme.awardsLevel,
        )}`
      : (c.programme.awardsCertificate ?? '—');

  return (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'programme', label: t('training.info.programme'), children: c.programme.name },
          { key: 'awards', label: t('training.info.awards'), children: awards },
          { key: 'institution', label: t('training.info.institution'), children: c.institution.name },
          { key: 'organiser', label: t('training.info.organiser'), children: c.organiser.name },
          { key: 'period', label: t('training.info.period'), children: dateRange(c.startDate, c.endDate) },
          { key: 'mode', label: t('training.info.mode'), children: TRAINING_MODE_LABELS[c.mode] },
          {
            key: 'place',
            label: t('training.info.place'),
            children:
              [c.place, c.placeUnits.map((u) => u.name).join(', ')].filter(Boolean).join(' — ') || '—',
          },
          { key: 'capacity', label: t('training.info.capacity'), children: formatNumber(c.capacity) },
          { key: 'decision', label: t('training.info.decisionNo'), children: c.decisionNo ?? '—' },
          ...(c.note ? [{ key: 'note', label: t('training.info.note'), children: c.note }] : []),
        ]}
      />
      <Section
        title={`${t('training.info.timetable')} · ${t('training.info.totalPeriods', { n: formatNumber(totalPeriods) })}`}
        extra={add('session', t('training.info.addSession'))}
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={c.sessions}
          scroll={{ x: 520 }}
          locale={{ emptyText: <Empty description={t('training.info.noSessions')} /> }}
          columns={[
            {
              title: t('common.stt'),
              key: 'stt',
              width: 56,
              align: 'center',
              render: (_v, _r, i) => formatNumber(i + 1),
            },
            {
              title: t('training.info.sessionDate'),
              dataIndex: 'date',
              width: 120,
              render: (d: string) => formatDate(d),
            },
            { title: t('training.info.topic'), dataIndex: 'topic' },
            { title: t('training.info.periods'), dataIndex: 'periods', width: 90, align: 'right' },
            ...(editable
              ? [
                  {
                    key: 'del',
                    width: 56,
                    render: (_v: unknown, s: CourseDetail['sessions'][number]) => (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('training.info.deleteSession')}
                        onClick={() =>
                          modal.confirm({
                            title: t('training.info.deleteSession'),
                            content: t('training.info.deleteSessionConfirm', { date: formatDate(s.date) }),
                            okButtonProps: { danger: true },
                            okText: t('training.info.deleteSession'),
                            cancelText: t('common.cancel'),
                            onOk: () => removeSession.mutateAsync(s.id).catch(() => undefined),
                          })
                        }
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Section>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Section
            title={t('training.info.quotas')}
            extra={
              editable ? (
                <Button size="small" onClick={() => setDialog('quotas')}>
                  {t('training.info.editQuotas')}
                </Button>
              ) : null
            }
          >
            {c.quotas.length === 0 ? (
              <Typography.Text type="secondary">{t('training.info.noQuotas')}</Typography.Text>
            ) : (
              <Table
                size="small"
                rowKey={(q) => q.unit.code}
                pagination={false}
                dataSource={c.quotas}
                columns={[
                  { title: t('training.info.quotaUnit'), key: 'unit', render: (_v, q) => q.unit.name },
                  {
                    title: t('training.info.used'),
                    key: 'used',
                    width: 90,
                    align: 'right',
                    render: (_v, q) => formatNumber(q.used),
                  },
                  {
                    title: t('training.info.seats'),
                    key: 'seats',
                    width: 90,
                    align: 'right',
                    render: (_v, q) => formatNumber(q.seats),
                  },
                ]}
              />
            )}
          </Section>
        </Col>
        <Col xs={24} xl={12}>
          <Section
            title={t('training.info.lecturers')}
            extra={add('lecturer', t('training.info.addLecturer'))}
          >
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={c.lecturers}
              locale={{ emptyText: t('training.info.noLecturers') }}
              columns={[
                { title: t('training.info.lecturerName'), dataIndex: 'name' },
                {
                  title: t('training.info.lecturerKind'),
                  dataIndex: 'kind',
                  width: 130,
                  render: (k: 'full_time' | 'part_time') => t(`training.lecturerKind.${k}`),
                },
                {
                  title: t('training.info.hours'),
                  dataIndex: 'hours',
                  width: 110,
                  align: 'right',
                  render: (h: number) => formatNumber(h),
                },
              ]}
              summary={(rows) =>
                rows.length > 1 ? (
                  <Table.Summary.Row style={{ fontWeight: 600 }}>
                    <Table.Summary.Cell index={0} colSpan={2}>
                      {t('training.info.totalRow')}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={2} align="right">
                      {formatNumber(rows.reduce((s, r) => s + r.hours, 0))}
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                ) : null
              }
            />
          </Section>
        </Col>
        <Col xs={24} xl={12}>
          <Section title={t('training.info.costs')} extra={add('cost', t('training.info.addCost'))}>
            {c.costs.length === 0 ? (
              <Typography.Text type="secondary">{t('training.info.noCosts')}</Typography.Text>
            ) : (
              <Table
                size="small"
                rowKey="fundingSource"
                pagination={false}
                dataSource={costs.bySource}
                expandable={{
                  rowExpandable: (r) => c.costs.some((x) => x.fundingSource === r.fundingSource && x.note),
                  expandedRowRender: (r) => (
                    <Flex vertical gap={2}>
                      {c.costs
                        .filter((x) => x.fundingSource === r.fundingSource)
                        .map((x) => (
                          <Flex key={x.id} justify="space-between" gap={12}>
                            <Typography.Text type="secondary">{x.note ?? '—'}</Typography.Text>
                            <span>{formatMoney(x.amount)}</span>
                          </Flex>
                        ))}
                    </Flex>
                  ),
                }}
                columns={[
                  {
                    title: t('training.info.fundingSource'),
                    dataIndex: 'fundingSource',
                    render: (f: (typeof FUNDING_SOURCES)[number]) => t(`training.funding.${f}`),
                  },
                  {
                    title: t('training.info.amount'),
                    dataIndex: 'amount',
                    align: 'right',
                    width: 180,
                    render: (a: number) => formatMoney(a),
                  },
                ]}
                summary={() => (
                  <Table.Summary.Row style={{ fontWeight: 600, background: '#fafafa' }}>
                    <Table.Summary.Cell index={0} colSpan={2}>
                      {t('training.info.totalRow')}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={2} align="right">
                      {formatMoney(costs.total)}
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                )}
              />
            )}
          </Section>
        </Col>
        <Col xs={24} xl={12}>
          <Section
            title={t('training.info.assessments')}
            extra={add('assessment', t('training.info.addAssessment'))}
          >
            {c.assessments.length === 0 ? (
              <Typography.Text type="secondary">{t('training.info.noAssessments')}</Typography.Text>
            ) : (
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {c.assessments.map((a) => (
                  <li key={a.id}>{a.name}</li>
                ))}
              </ol>
            )}
          </Section>
        </Col>
      </Row>

      <SchemaModal
        open={dialog === 'session'}
        title={t('training.info.addSession')}
        okText={t('common.save')}
        schema={sessionBody}
        fields={['date', 'topic', 'periods']}
        initialValues={{ periods: 4 }}
        onSubmit={(b) => trainingApi.addSession(c.id, b)}
        onDone={() => void refresh()}
        onCancel={() => setDialog(null)}
      >
        {(rule) => (
          <>
            <Form.Item name="date" label={t('training.info.sessionDate')} rules={[rule('date')]}>
              <DateInput disabledDate={(d) => d < c.startDate || d > c.endDate} />
            </Form.Item>
            <Form.Item name="topic" label={t('training.info.topic')} rules={[rule('topic')]}>
              <Input maxLength={500} />
            </Form.Item>
            <Form.Item name="periods" label={t('training.info.periods')} rules={[rule('periods')]}>
              <InputNumber min={1} max={12} precision={0} style={{ width: 120 }} />
            </Form.Item>
          </>
        )}
      </SchemaModal>
      <SchemaModal
        open={dialog === 'lecturer'}
        title={t('training.info.addLecturer')}
        okText={t('common.save')}
        schema={lecturerBody}
        fields={['name', 'kind', 'hours']}
        initialValues={{ kind: 'full_time', hours: 0 }}
        onSubmit={(b) => trainingApi.addLecturer(c.id, b)}
        onDone={() => void refresh()}
        onCancel={() => setDialog(null)}
      >
        {(rule) => (
          <>
            <Form.Item name="name" label={t('training.info.lecturerName')} rules={[rule('name')]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="kind" label={t('training.info.lecturerKind')} rules={[rule('kind')]}>
              <Select
                options={LECTURER_KINDS.map((k) => ({ value: k, label: t(`training.lecturerKind.${k}`) }))}
              />
            </Form.Item>
            <Form.Item name="hours" label={t('training.info.hours')} rules={[rule('hours')]}>
              <InputNumber min={0} max={10_000} step={0.5} style={{ width: 160 }} decimalSeparator="," />
            </Form.Item>
          </>
        )}
      </SchemaModal>
      <SchemaModal
        open={dialog === 'cost'}
        title={t('training.info.addCost')}
        okText={t('common.save')}
        schema={costBody}
        fields={['fundingSource', 'amount', 'note']}
        normalise={(v) => ({ ...v, note: typeof v.note === 'string' && v.note.trim() ? v.note : null })}
        onSubmit={(b) => trainingApi.addCost(c.id, b)}
        onDone={() => void refresh()}
        onCancel={() => setDialog(null)}
      >
        {(rule) => (
          <>
            <Form.Item
              name="fundingSource"
              label={t('training.info.fundingSource')}
              rules={[rule('fundingSource')]}
            >
              <Select
                placeholder={t('training.form.pick')}
                options={FUNDING_SOURCES.map((f) => ({ value: f, label: t(`training.funding.${f}`) }))}
              />
            </Form.Item>
            <Form.Item name="amount" label={t('training.info.amount')} rules={[rule('amount')]}>
              <InputNumber<number>
                min={0}
                precision={0}
                style={{ width: '100%' }}
                formatter={(v) =>
                  v === undefined || v === null || `${v}` === '' ? '' : formatNumber(Number(v))
                }
                parser={(v) => Number((v ?? '').replace(/\D/g, '')) || 0}
              />
            </Form.Item>
            <Form.Item name="note" label={t('training.info.costNote')} rules={[rule('note')]}>
              <Input maxLength={500} />
            </Form.Item>
          </>
        )}
      </SchemaModal>
      <SchemaModal
        open={dialog === 'assessment'}
        title={t('training.info.addAssessment')}
        okText={t('common.save')}
        schema={assessmentBody}
        fields={['name']}
        onSubmit={(b) => trainingApi.addAssessment(c.id, b.name)}
        onDone={() => void refresh()}
        onCancel={() => setDialog(null)}
      >
        {(rule) => (
          <Form.Item name="name" label={t('training.info.assessmentName')} rules={[rule('name')]}>
            <Input maxLength={300} />
          </Form.Item>
        )}
      </SchemaModal>
      {dialog === 'quotas' ? (
        <QuotasModal course={c} onClose={() => setDialog(null)} onSaved={() => void refresh()} />
      ) : null}
    </Flex>
  );
}
