import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Drawer,
  Empty,
  Flex,
  Form,
  type FormRule,
  Grid,
  Input,
  Radio,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type PersonRecord,
  type RewardDisciplineBody,
  rewardDisciplineBody,
} from '../../../../core/contracts/people';
import { api } from '../../../api/endpoints';
import { DateInput } from '../../../components/DateInput';
import { formatDate, formatNumber } from '../../../lib/format';
import { flatFields } from '../../../lib/formErrors';
import { orNull, textOrNull } from '../../../lib/records';
import { parseForm, zodRule } from '../../../lib/zodForm';
import { usePersonMutation } from './usePersonMutation';

type Reward = PersonRecord['rewards'][number];

const FIELDS = ['type', 'authority', 'form', 'decisionNo', 'decisionDate', 'reason', 'effectiveTo'] as const;

const values = (v: Record<string, unknown>) => ({
  type: v.type,
  authority: v.authority ?? 'state',
  form: typeof v.form === 'string' ? v.form : '',
  decisionNo: textOrNull(v.decisionNo),
  decisionDate: v.decisionDate ?? '',
  reason: textOrNull(v.reason),
  effectiveTo: orNull(v.effectiveTo as string | null | undefined),
});

function RewardDrawer({
  person,
  open,
  onClose,
}: {
  person: PersonRecord;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm();
  const rule = (field: string): FormRule =>
    zodRule(rewardDisciplineBody, field, () => values(form.getFieldsValue(true)));
  const type = Form.useWatch('type', form) as 'reward' | 'discipline' | undefined;
  const add = usePersonMutation({
    personId: person.id,
    mutationFn: (body: RewardDisciplineBody) => api.people.addReward(person.id, body),
    form,
    fieldOf: flatFields(FIELDS),
    success: t('person.rewardAdded'),
    onDone: onClose,
  });
  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const body = parseForm(rewardDisciplineBody, form, values(form.getFieldsValue(true)));
    if (body) add.mutate(body);
  };
  const half = { flex: '1 1 200px', minWidth: 0 } as const;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('person.rewardAddTitle')}
      size={screens.md ? 560 : '100%'}
      destroyOnHidden
      afterOpenChange={(o) => {
        if (o) form.setFieldsValue({ type: 'reward', authority: 'state' });
      }}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={add.isPending} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        name="reward"
        layout="vertical"
        validateTrigger="onBlur"
        onFinish={() => void submit()}
      >
        <Flex gap={12} wrap>
          <Form.Item name="type" label={t('person.rewardType')} rules={[rule('type')]} required style={half}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'reward', label: t('person.reward') },
                { value: 'discipline', label: t('person.discipline') },
              ]}
            />
          </Form.Item>
          <Form.Item name="authority" label={t('person.authority')} rules={[rule('authority')]} style={half}>
            <Radio.Group
              options={[
                { value: 'state', label: t('person.authorityState') },
                { value: 'party', label: t('person.authorityParty') },
              ]}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="form"
          label={t('person.rewardForm')}
          rules={[rule('form')]}
          required
          extra={type === 'discipline' ? t('person.disciplineFormHelp') : t('person.rewardFormHelp')}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="decisionNo"
            label={t('person.decisionNo')}
            rules={[rule('decisionNo')]}
            style={half}
          >
            <Input autoComplete="off" placeholder={t('org.decisionNoPlaceholder')} />
          </Form.Item>
          <Form.Item
            name="decisionDate"
            label={t('person.decisionDate')}
            rules={[rule('decisionDate')]}
            required
            style={half}
          >
            <DateInput />
          </Form.Item>
        </Flex>
        <Form.Item name="reason" label={t('person.reason')} rules={[rule('reason')]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        {type === 'discipline' ? (
          <Form.Item name="effectiveTo" label={t('person.effectiveTo')} rules={[rule('effectiveTo')]}>
            <DateInput />
          </Form.Item>
        ) : null}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Drawer>
  );
}

export function RewardsTab({ person, canWrite }: { person: PersonRecord; canWrite: boolean }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [adding, setAdding] = useState(false);
  const rows = [...person.rewards].sort((a, b) => b.decisionDate.localeCompare(a.decisionDate));
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('person.rewardsHint')}</Typography.Text>
        {canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('person.rewardAdd')}
          </Button>
        ) : null}
      </Flex>
      <Table<Reward>
        rowKey="id"
        size="middle"
        dataSource={rows}
        pagination={false}
        scroll={screens.xl ? undefined : { x: 900 }}
        columns={[
          {
            title: t('common.stt'),
            key: 'stt',
            width: 56,
            align: 'center',
            render: (_v, _r, i) => formatNumber(i + 1),
          },
          {
            title: t('person.rewardType'),
            dataIndex: 'type',
            width: 120,
            render: (v: Reward['type']) =>
              v === 'reward' ? (
                <Tag color="green">{t('person.reward')}</Tag>
              ) : (
                <Tag color="red">{t('person.discipline')}</Tag>
              ),
          },
          { title: t('person.rewardForm'), dataIndex: 'form' },
          {
            title: t('person.authority'),
            dataIndex: 'authority',
            width: 120,
            render: (a: string) => (a === 'party' ? t('person.authorityParty') : t('person.authorityState')),
          },
          {
            title: t('person.decision'),
            key: 'decision',
            width: 180,
            render: (_v, r) => (
              <Flex vertical gap={0}>
                {r.decisionNo ? <span>{t('person.decisionNoShort', { no: r.decisionNo })}</span> : null}
                <Typography.Text type="secondary">
                  {t('person.decisionDateShort', { date: formatDate(r.decisionDate) })}
                </Typography.Text>
              </Flex>
            ),
          },
          { title: t('person.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '' },
          {
            title: t('person.effectiveTo'),
            dataIndex: 'effectiveTo',
            width: 120,
            render: (d: string | null) => (d ? formatDate(d) : ''),
          },
        ]}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={canWrite ? t('person.rewardsEmptyCanWrite') : t('person.rewardsEmpty')}
            />
          ),
        }}
      />
      {canWrite ? <RewardDrawer person={person} open={adding} onClose={() => setAdding(false)} /> : null}
    </Flex>
  );
}
