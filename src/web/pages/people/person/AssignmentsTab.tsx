import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Drawer,
  Empty,
  Flex,
  Form,
  Grid,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSIGNMENT_KIND_LABELS } from '../../../../core/catalog/enums';
import { assignmentBody, type PersonRecord } from '../../../../core/contracts/people';
import { type AppointmentCheck, complianceApi } from '../../../api/compliance';
import { api } from '../../../api/endpoints';
import { hasPermission, useSessionUser } from '../../../auth/AuthContext';
import { formatDate, formatNumber } from '../../../lib/format';
import { flatFields } from '../../../lib/formErrors';
import { endAfter, lastDayOf, todayVn } from '../../../lib/records';
import { parseForm } from '../../../lib/zodForm';
import { ASSIGNMENT_FIELDS, AssignmentFields, assignmentFormValues, assignmentValues } from '../personForms';
import { AppointmentCheckModal, AppointmentCheckNotice } from './AppointmentCheckModal';
import {
  type GateCheck,
  type GatedAssignmentBody,
  preCheckParams,
  refusalOf,
  withOverride,
} from './appointmentGate';
import { appointmentCheckKey, usePersonMutation } from './usePersonMutation';

type Assignment = PersonRecord['assignments'][number];

const fieldOf = flatFields(ASSIGNMENT_FIELDS, { validTo: 'lastDay' });

function AssignmentDrawer({
  person,
  editing,
  onClose,
}: {
  person: PersonRecord;
  /** null: closed; 'new': add; an assignment: edit it. */
  editing: Assignment | 'new' | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm();
  const current = editing === 'new' || editing === null ? null : editing;
  // After a reload (someone else's change) the drawer follows the fresh record.
  const fresh = current ? (person.assignments.find((a) => a.id === current.id) ?? current) : null;

  const user = useSessionUser();
  const queryClient = useQueryClient();
  const { notification } = App.useApp();
  const today = todayVn();
  // The refused appointment on screen, with the body to send again with a reason.
  const [gate, setGate] = useState<{ check: GateCheck; body: GatedAssignmentBody } | null>(null);
  const lastBody = useRef<GatedAssignmentBody | null>(null);
  // Warnings of the check (grace period): they do not block, and are shown again once saved.
  const warnings = useRef<AppointmentCheck['warnings']>([]);
  const refused = (e: unknown) => {
    const check = refusalOf(e, hasPermission(user, 'appointments.override'));
    if (!check || !lastBody.current) return false;
    setGate({ check, body: lastBody.current });
    return true;
  };
  const done = () => {
    const w = warnings.current;
    warnings.current = [];
    setGate(null);
    onClose();
    if (w.length)
      notification.warning({
        title: t('compliance.check.warnings'),
        description: w.map((x) => x.message).join(' '),
      });
  };

  const add = usePersonMutation({
    personId: person.id,
    mutationFn: (body: GatedAssignmentBody) => api.people.addAssignment(person.id, body),
    form,
    fieldOf,
    success: t('person.assignmentAdded'),
    onDone: done,
    onError: refused,
  });
  const save = usePersonMutation({
    personId: person.id,
    mutationFn: (body: { assignment: GatedAssignmentBody; version: number }) =>
      api.people.updateAssignment(person.id, fresh?.id ?? 0, body),
    form,
    fieldOf,
    success: t('person.assignmentSaved'),
    onDone: done,
    onError: refused,
  });

  // The check follows the form: post, unit and start date filled in → ask the server.
  const watched = {
    unitCode: Form.useWatch('unitCode', form) as string | null | undefined,
    positionCode: Form.useWatch('positionCode', form) as string | null | undefined,
    validFrom: Form.useWatch('validFrom', form) as string | null | undefined,
    lastDay: Form.useWatch('lastDay', form) as string | null | undefined,
  };
  const original = fresh
    ? {
        unitCode: fresh.unit.code,
        positionCode: fresh.position.code,
        validFrom: fresh.validFrom,
        validTo: fresh.validTo,
      }
    : null;
  const checkParams =
    editing === null
      ? null
      : preCheckParams({ ...watched, validTo: endAfter(watched.lastDay) }, original, today);
  const checkQuery = (params: { position: string; unit: string; date: string }) => ({
    queryKey: appointmentCheckKey(person.id, params),
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      complianceApi.appointmentCheck(person.id, params, signal),
    staleTime: 30_000,
    retry: false,
  });
  const liveCheck = useQuery({
    ...checkQuery(checkParams ?? { position: '', unit: '', date: '' }),
    enabled: checkParams !== null,
  });

  useEffect(() => {
    if (editing === 'new')
      form.setFieldsValue({
        unitCode: person.unit?.code ?? null,
        kind: 'appointment',
        validFrom: todayVn(),
      });
    else if (fresh) form.setFieldsValue(assignmentFormValues(fresh));
  }, [editing, fresh, person.unit, form]);

  const send = (body: GatedAssignmentBody) => {
    lastBody.current = body;
    if (fresh) save.mutate({ assignment: body, version: fresh.version });
    else add.mutate(body);
  };

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const body = parseForm(assignmentBody, form, assignmentValues(form.getFieldsValue(true)));
    if (!body) return;
    const params = preCheckParams(body, original, today);
    warnings.current = [];
    if (params) {
      let check: AppointmentCheck | null = null;
      try {
        check = await queryClient.fetchQuery(checkQuery(params));
      } catch {
        // The check could not be made: the server checks again on save and answers 422 if refused.
      }
      if (check && !check.allowed) {
        lastBody.current = body;
        setGate({ check, body });
        return;
      }
      warnings.current = check?.warnings ?? [];
    }
    send(body);
  };
  const pending = add.isPending || save.isPending;

  return (
    <Drawer
      open={editing !== null}
      onClose={onClose}
      title={fresh ? t('person.assignmentEditTitle') : t('person.assignmentAddTitle')}
      size={screens.md ? 600 : '100%'}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={pending} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        name="assignment"
        layout="vertical"
        validateTrigger="onBlur"
        onFinish={() => void submit()}
        disabled={pending}
      >
        <AssignmentFields form={form} known={fresh ? [fresh.unit] : person.unit ? [person.unit] : []} />
        {checkParams ? (
          <AppointmentCheckNotice check={liveCheck.data} loading={liveCheck.isFetching} />
        ) : null}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
      <AppointmentCheckModal
        check={gate?.check ?? null}
        personName={person.fullName}
        unitCode={gate?.body.unitCode ?? ''}
        positionCode={gate?.body.positionCode ?? ''}
        date={gate?.body.validFrom ?? ''}
        pending={pending}
        onCancel={() => setGate(null)}
        onOverride={(reason) => {
          if (gate) send(withOverride(gate.body, reason));
        }}
      />
    </Drawer>
  );
}

export function AssignmentsTab({ person, canWrite }: { person: PersonRecord; canWrite: boolean }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [editing, setEditing] = useState<Assignment | 'new' | null>(null);
  const today = todayVn();
  const rows = [...person.assignments].sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.id - b.id);

  const columns: TableColumnsType<Assignment> = [
    {
      title: t('common.stt'),
      key: 'stt',
      width: 56,
      align: 'center',
      render: (_v, _r, i) => formatNumber(i + 1),
    },
    {
      title: t('person.from'),
      dataIndex: 'validFrom',
      width: 105,
      render: (d: string) => formatDate(d),
    },
    {
      title: t('person.to'),
      key: 'to',
      width: 110,
      render: (_v, a) => {
        const active = a.validFrom <= today && (a.validTo === null || a.validTo > today);
        return (
          <Flex vertical gap={2} align="flex-start">
            <span>{a.validTo ? formatDate(lastDayOf(a.validTo)) : t('person.untilNow')}</span>
            {active ? (
              <Tag color="green" style={{ marginInlineEnd: 0 }}>
                {t('person.activeNow')}
              </Tag>
            ) : null}
          </Flex>
        );
      },
    },
    { title: t('person.unit'), key: 'unit', minWidth: 140, render: (_v, a) => a.unit.name },
    {
      title: t('person.position'),
      key: 'position',
      minWidth: 170,
      render: (_v, a) => (
        <Flex vertical gap={0}>
          <span>{a.position.name}</span>
          {a.note ? (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {a.note}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('person.assignmentKind'),
      dataIndex: 'kind',
      width: 115,
      render: (k: Assignment['kind']) => ASSIGNMENT_KIND_LABELS[k],
    },
    {
      title: t('person.decision'),
      key: 'decision',
      width: 165,
      render: (_v, a) =>
        a.decisionNo || a.decisionDate ? (
          <Flex vertical gap={0}>
            {a.decisionNo ? <span>{t('person.decisionNoShort', { no: a.decisionNo })}</span> : null}
            {a.decisionDate ? (
              <Typography.Text type="secondary">
                {t('person.decisionDateShort', { date: formatDate(a.decisionDate) })}
              </Typography.Text>
            ) : null}
          </Flex>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];
  if (canWrite)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      align: 'center',
      fixed: 'right',
      render: (_v, a) => (
        <Tooltip title={t('common.edit')}>
          <Button
            type="text"
            icon={<EditOutlined />}
            aria-label={t('person.assignmentEditAria', { unit: a.unit.name, from: formatDate(a.validFrom) })}
            onClick={() => setEditing(a)}
          />
        </Tooltip>
      ),
    });

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('person.assignmentsHint')}</Typography.Text>
        {canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('person.assignmentAdd')}
          </Button>
        ) : null}
      </Flex>
      <Table<Assignment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={screens.xl ? undefined : { x: 920 }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={canWrite ? t('person.assignmentsEmptyCanWrite') : t('person.assignmentsEmpty')}
            />
          ),
        }}
      />
      {canWrite ? (
        <AssignmentDrawer person={person} editing={editing} onClose={() => setEditing(null)} />
      ) : null}
    </Flex>
  );
}
