import { CheckOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Skeleton,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayVn } from '../../../core/catalog/dates';
import { PLAN_YEAR_MAX, PLAN_YEAR_MIN } from '../../../core/contracts/learning-plans';
import { DateInput } from '../../components/DateInput';
import { applyFieldErrors, useShowError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { LinkedPersonPicker } from '../admin/users/LinkedPersonPicker';
import { useProgrammes } from '../training/catalogueQueries';
import { type LearningPlan, learningPlanKeys, learningPlansApi, type PlanItem } from './learningPlansApi';

interface ItemForm {
  programmeCode?: string | null;
  title?: string | null;
  dueDate?: string | null;
  note?: string | null;
}

/** The item's label: the programme's name or the free-text title. */
export function itemLabel(i: PlanItem): string {
  return i.programme ? i.programme.name : (i.title ?? '');
}

/**
 * "Kế hoạch học tập cá nhân" of a person for a year: monitor, items, done toggles. `mine`: the
 * person's own view ("Kế hoạch của tôi"), where an item is closed with "Đánh dấu đã xong".
 */
export function LearningPlanTab({ personId, mine = false }: { personId: number; mine?: boolean }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(Number(todayVn().slice(0, 4)));
  const queryClient = useQueryClient();
  const showError = useShowError();
  const { message } = App.useApp();
  const key = learningPlanKeys.plan(personId, year);
  const plan = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => learningPlansApi.get(personId, year, signal),
  });
  const programmes = useProgrammes();
  const [planForm] = Form.useForm<{ monitorPersonId: number | null; note: string | null }>();
  const [itemForm] = Form.useForm<ItemForm>();
  const [editingPlan, setEditingPlan] = useState(false);
  const [editingItem, setEditingItem] = useState<PlanItem | 'new' | null>(null);

  const settle = (p: LearningPlan) => {
    queryClient.setQueryData(key, p);
    void queryClient.invalidateQueries({ queryKey: learningPlanKeys.monitored });
  };
  const savePlan = useMutation({
    mutationFn: (v: { monitorPersonId: number | null; note: string | null }) =>
      learningPlansApi.put(personId, year, {
        monitorPersonId: v.monitorPersonId ?? null,
        note: v.note || null,
        ...(plan.data?.exists ? { version: plan.data.version } : {}),
      }),
    onSuccess: (p) => {
      settle(p);
      setEditingPlan(false);
    },
    onError: (e) => {
      if (!applyFieldErrors(planForm, e, ['monitorPersonId', 'note'])) showError(e);
    },
  });
  const saveItem = useMutation({
    mutationFn: (v: ItemForm) => {
      const item = {
        programmeCode: v.programmeCode || null,
        title: v.title || null,
        dueDate: v.dueDate ?? '',
        note: v.note || null,
      };
      return editingItem && editingItem !== 'new'
        ? learningPlansApi.updateItem(personId, year, editingItem.id, { item, version: editingItem.version })
        : learningPlansApi.addItem(personId, year, item);
    },
    onSuccess: (p) => {
      settle(p);
      setEditingItem(null);
    },
    onError: (e) => {
      if (!applyFieldErrors(itemForm, e, ['programmeCode', 'title', 'dueDate', 'note'])) showError(e);
    },
  });
  const removeItem = useMutation({
    mutationFn: (id: number) => learningPlansApi.deleteItem(personId, year, id),
    onSuccess: settle,
    onError: (e) => showError(e),
  });
  const toggle = useMutation({
    mutationFn: (i: PlanItem) =>
      learningPlansApi.setStatus(personId, year, i.id, {
        status: i.status === 'done' ? 'open' : 'done',
        version: i.version,
      }),
    onSuccess: (p, i) => {
      settle(p);
      if (mine)
        void message.success(t(i.status === 'done' ? 'plans.mine.reopenToast' : 'plans.mine.doneToast'));
    },
    onError: (e) => showError(e),
  });

  const p = plan.data;
  const openPlanForm = () => {
    planForm.setFieldsValue({ monitorPersonId: p?.monitor?.id ?? null, note: p?.note ?? null });
    setEditingPlan(true);
  };
  const openItemForm = (i: PlanItem | 'new') => {
    itemForm.resetFields();
    if (i !== 'new')
      itemForm.setFieldsValue({
        programmeCode: i.programme?.code ?? null,
        title: i.title,
        dueDate: i.dueDate,
        note: i.note,
      });
    setEditingItem(i);
  };

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} align="center">
        <span>{t('learningPlans.year')}</span>
        <InputNumber
          aria-label={t('learningPlans.year')}
          min={PLAN_YEAR_MIN}
          max={PLAN_YEAR_MAX}
          value={year}
          onChange={(v) => v && setYear(v)}
        />
      </Flex>
      {plan.isPending ? (
        <Skeleton active />
      ) : plan.isError || !p ? (
        <Alert type="error" showIcon title={t('learningPlans.loadError')} />
      ) : !p.exists ? (
        <Card>
          <Flex vertical gap={12} align="start">
            <span>{t('learningPlans.noPlan', { year })}</span>
            {p.canEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={openPlanForm}>
                {t('learningPlans.create')}
              </Button>
            )}
          </Flex>
        </Card>
      ) : (
        <>
          <Card
            title={t('learningPlans.planOf', { year })}
            extra={
              p.canEdit && (
                <Button icon={<EditOutlined />} onClick={openPlanForm}>
                  {t('learningPlans.editPlan')}
                </Button>
              )
            }
          >
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('learningPlans.monitor')}>
                {p.monitor
                  ? `${p.monitor.fullName}${p.monitor.unit ? ` — ${p.monitor.unit.name}` : ''}`
                  : t('learningPlans.monitorNone')}
              </Descriptions.Item>
              <Descriptions.Item label={t('learningPlans.note')}>{p.note ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card
            title={t('learningPlans.items')}
            extra={
              p.canEdit && (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => openItemForm('new')}>
                  {t('learningPlans.addItem')}
                </Button>
              )
            }
          >
            <Table<PlanItem>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={p.items}
              locale={{ emptyText: t('learningPlans.noItems') }}
              columns={[
                {
                  title: t('learningPlans.content'),
                  render: (_, i) => (
                    <Flex vertical>
                      <span>{itemLabel(i)}</span>
                      {i.note && <small>{i.note}</small>}
                    </Flex>
                  ),
                },
                {
                  title: t('learningPlans.dueDate'),
                  render: (_, i) => (
                    <Flex gap={8} align="center">
                      {formatDate(i.dueDate)}
                      {i.overdue && <Tag color="red">{t('learningPlans.overdue')}</Tag>}
                    </Flex>
                  ),
                },
                {
                  title: t('learningPlans.done'),
                  render: (_, i) =>
                    mine ? (
                      i.status === 'done' ? (
                        <Flex gap={8} align="center" wrap>
                          <Tag color="green">{t('learningPlans.doneOn', { date: formatDate(i.doneOn) })}</Tag>
                          <Button
                            size="small"
                            type="link"
                            disabled={toggle.isPending}
                            onClick={() => toggle.mutate(i)}
                          >
                            {t('plans.mine.markOpen')}
                          </Button>
                        </Flex>
                      ) : (
                        <Button
                          size="small"
                          icon={<CheckOutlined />}
                          loading={toggle.isPending && toggle.variables?.id === i.id}
                          disabled={toggle.isPending}
                          onClick={() => toggle.mutate(i)}
                        >
                          {t('plans.mine.markDone')}
                        </Button>
                      )
                    ) : (
                      <Checkbox
                        checked={i.status === 'done'}
                        disabled={toggle.isPending}
                        onChange={() => toggle.mutate(i)}
                      >
                        {i.doneOn ? formatDate(i.doneOn) : null}
                      </Checkbox>
                    ),
                },
                ...(p.canEdit
                  ? [
                      {
                        key: 'actions',
                        render: (_: unknown, i: PlanItem) => (
                          <Flex gap={4}>
                            <Button
                              size="small"
                              icon={<EditOutlined />}
                              aria-label={t('learningPlans.editItem')}
                              onClick={() => openItemForm(i)}
                            />
                            <Popconfirm
                              title={t('learningPlans.deleteConfirm')}
                              onConfirm={() => removeItem.mutate(i.id)}
                            >
                              <Button
                                size="small"
                                danger
                                icon={<DeleteOutlined />}
                                aria-label={t('learningPlans.deleteItem')}
                              />
                            </Popconfirm>
                          </Flex>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </>
      )}

      <Modal
        open={editingPlan}
        title={p?.exists ? t('learningPlans.editPlan') : t('learningPlans.create')}
        okText={t('learningPlans.save')}
        confirmLoading={savePlan.isPending}
        onOk={() => planForm.submit()}
        onCancel={() => setEditingPlan(false)}
        destroyOnHidden
      >
        <Form form={planForm} layout="vertical" onFinish={(v) => savePlan.mutate(v)}>
          <Form.Item
            name="monitorPersonId"
            label={t('learningPlans.monitor')}
            extra={t('learningPlans.monitorHint')}
          >
            <LinkedPersonPicker known={p?.monitor ?? null} />
          </Form.Item>
          <Form.Item name="note" label={t('learningPlans.note')}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={editingItem !== null}
        title={editingItem === 'new' ? t('learningPlans.addItem') : t('learningPlans.editItem')}
        okText={t('learningPlans.save')}
        confirmLoading={saveItem.isPending}
        onOk={() => itemForm.submit()}
        onCancel={() => setEditingItem(null)}
        destroyOnHidden
      >
        <Form form={itemForm} layout="vertical" onFinish={(v) => saveItem.mutate(v)}>
          <Form.Item name="programmeCode" label={t('learningPlans.programme')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={programmes.isPending}
              placeholder={t('learningPlans.programmePlaceholder')}
              options={(programmes.data ?? []).map((g) => ({ value: g.code, label: g.name }))}
            />
          </Form.Item>
          <Form.Item name="title" label={t('learningPlans.title')} extra={t('learningPlans.titleHint')}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item
            name="dueDate"
            label={t('learningPlans.dueDate')}
            rules={[{ required: true, message: t('learningPlans.dueDateRequired') }]}
          >
            <DateInput />
          </Form.Item>
          <Form.Item name="note" label={t('learningPlans.note')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
