import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Divider, Drawer, Flex, Form, Grid } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { assignmentBody, type PersonBody, personBody } from '../../../core/contracts/people';
import { api } from '../../api/endpoints';
import { hasPermission, useSessionUser } from '../../auth/AuthContext';
import { personPath } from '../../auth/paths';
import { useShowError } from '../../lib/errors';
import { applyServerErrors, flatFields } from '../../lib/formErrors';
import { todayVn } from '../../lib/records';
import { parseForm } from '../../lib/zodForm';
import { AppointmentCheckModal } from './person/AppointmentCheckModal';
import { type GateCheck, type GatedAssignmentBody, refusalOf, withOverride } from './person/appointmentGate';
import {
  ASSIGNMENT_FIELDS,
  AssignmentFields,
  assignmentValues,
  PERSON_FIELDS,
  PersonFields,
  personValues,
} from './personForms';

const FIELDS = [...PERSON_FIELDS, ...ASSIGNMENT_FIELDS];

/** Thêm cán bộ: identity and the first assignment, which places the person in a unit. */
export function PersonCreateDrawer({
  open,
  onClose,
  unit,
}: {
  open: boolean;
  onClose: () => void;
  /** The unit the list is filtered on, offered for the first assignment. */
  unit?: { code: string; name: string } | null;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm();
  const user = useSessionUser();
  // A refused first appointment (422 APPOINTMENT_REFUSED): there is no person yet to check
  // beforehand, so the server's answer opens the dialog; an administrator may send it again with
  // the reason.
  const [gate, setGate] = useState<{
    check: GateCheck;
    body: { person: PersonBody; assignment: GatedAssignmentBody };
  } | null>(null);

  const values = () => {
    const v = form.getFieldsValue(true) as Record<string, unknown>;
    return { person: personValues(v), assignment: assignmentValues(v) };
  };

  const create = useMutation({
    mutationFn: (body: { person: PersonBody; assignment: GatedAssignmentBody }) => api.people.create(body),
    onSuccess: async (p) => {
      setGate(null);
      queryClient.setQueryData(['people', 'detail', p.id], p);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['people', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['people', 'count'] }),
        queryClient.invalidateQueries({ queryKey: ['org', 'tree'] }),
        queryClient.invalidateQueries({ queryKey: ['reports'] }),
      ]);
      void message.success(t('person.created', { name: p.fullName }));
      form.resetFields();
      onClose();
      navigate(personPath(p.id));
    },
    onError: (e, body) => {
      const check = refusalOf(e, hasPermission(user, 'appointments.override'));
      if (check) {
        setGate({ check, body });
        return;
      }
      if (applyServerErrors(form, e, flatFields(FIELDS, { validTo: 'lastDay' }))) return;
      showError(e);
    },
  });

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const v = values();
    const person = parseForm(personBody, form, v.person);
    const assignment = parseForm(assignmentBody, form, v.assignment);
    if (person && assignment) create.mutate({ person, assignment });
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('person.createTitle')}
      size={screens.md ? 640 : '100%'}
      destroyOnHidden
      afterOpenChange={(o) => {
        if (o) {
          form.setFieldsValue({
            category: 'cong_chuc',
            status: 'active',
            kind: 'recruitment',
            validFrom: todayVn(),
            unitCode: unit?.code ?? null,
          });
        } else form.resetFields();
      }}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => void submit()}>
            {t('person.createSubmit')}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        name="personCreate"
        layout="vertical"
        validateTrigger="onBlur"
        onFinish={() => void submit()}
        disabled={create.isPending}
      >
        <Divider titlePlacement="start" style={{ marginTop: 0 }}>
          {t('person.identitySection')}
        </Divider>
        <PersonFields form={form} />
        <Divider titlePlacement="start">{t('person.firstAssignmentSection')}</Divider>
        <AssignmentFields form={form} known={unit ? [unit] : []} />
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
      <AppointmentCheckModal
        check={gate?.check ?? null}
        personName={gate?.body.person.fullName ?? ''}
        unitCode={gate?.body.assignment.unitCode ?? ''}
        positionCode={gate?.body.assignment.positionCode ?? ''}
        date={gate?.body.assignment.validFrom ?? ''}
        pending={create.isPending}
        onCancel={() => setGate(null)}
        onOverride={(reason) => {
          if (gate)
            create.mutate({
              person: gate.body.person,
              assignment: withOverride(gate.body.assignment, reason),
            });
        }}
      />
    </Drawer>
  );
}
