import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Flex, Form, Grid, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDER_LABELS, PERSON_CATEGORY_LABELS, PERSON_STATUS_LABELS } from '../../../../core/catalog/enums';
import { type PersonBody, type PersonRecord, personBody } from '../../../../core/contracts/people';
import { api } from '../../../api/endpoints';
import { formatDate } from '../../../lib/format';
import { flatFields } from '../../../lib/formErrors';
import { parseForm } from '../../../lib/zodForm';
import { PERSON_FIELDS, PersonFields, personFormValues, personValues } from '../personForms';
import { usePersonMutation } from './usePersonMutation';

function PersonEditDrawer({
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
  const save = usePersonMutation({
    personId: person.id,
    mutationFn: (body: { person: PersonBody; version: number }) => api.people.update(person.id, body),
    form,
    fieldOf: flatFields(PERSON_FIELDS),
    success: t('person.saved'),
    onDone: onClose,
  });

  // Opening, or a reload after someone else's change, puts the record's values in the form.
  useEffect(() => {
    if (open) form.setFieldsValue(personFormValues(person));
  }, [open, person, form]);

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const body = parseForm(personBody, form, personValues(form.getFieldsValue(true)));
    if (body) save.mutate({ person: body, version: person.version });
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('person.editTitle', { name: person.fullName })}
      size={screens.md ? 600 : '100%'}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        name="personEdit"
        layout="vertical"
        validateTrigger="onBlur"
        onFinish={() => void submit()}
        disabled={save.isPending}
      >
        <PersonFields form={form} withStatus />
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Drawer>
  );
}

export function ProfileTab({ person: p, canWrite }: { person: PersonRecord; canWrite: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const date = (d: string | null) => (d ? formatDate(d) : none);
  return (
    <Flex vertical gap={16}>
      {canWrite ? (
        <Flex justify="flex-end">
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('person.edit')}
          </Button>
        </Flex>
      ) : null}
      <Descriptions
        bordered
        size="middle"
        column={{ xs: 1, md: 2 }}
        styles={{ label: { width: 210 } }}
        items={[
          { key: 'fullName', label: t('person.fullName'), children: <strong>{p.fullName}</strong> },
          { key: 'birthDate', label: t('person.birthDate'), children: formatDate(p.birthDate) },
          { key: 'gender', label: t('person.gender'), children: GENDER_LABELS[p.gender] },
          { key: 'cccd', label: t('person.cccd'), children: p.cccd },
          { key: 'cmnd', label: t('person.cmnd'), children: p.cmnd ?? none },
          { key: 'ethnicity', label: t('person.ethnicity'), children: p.ethnicity ?? none },
          { key: 'religion', label: t('person.religion'), children: p.religion ?? none },
          { key: 'hometown', label: t('person.hometown'), children: p.hometown ?? none },
          { key: 'category', label: t('person.category'), children: PERSON_CATEGORY_LABELS[p.category] },
          { key: 'status', label: t('person.status'), children: PERSON_STATUS_LABELS[p.status] },
          { key: 'unit', label: t('person.currentUnit'), children: p.unit?.name ?? none },
          { key: 'position', label: t('person.currentPosition'), children: p.position?.name ?? none },
          { key: 'partyJoinDate', label: t('person.partyJoinDate'), children: date(p.partyJoinDate) },
          {
            key: 'partyOfficialDate',
            label: t('person.partyOfficialDate'),
            children: date(p.partyOfficialDate),
          },
          { key: 'partyUnit', label: t('person.partyUnit'), children: p.partyUnit?.name ?? none },
          {
            key: 'keyCadre',
            label: t('people.keyCadre'),
            children: p.keyCadre ? t('people.keyCadreYes') : t('people.keyCadreNo'),
          },
        ]}
      />
      {canWrite ? <PersonEditDrawer person={p} open={editing} onClose={() => setEditing(false)} /> : null}
    </Flex>
  );
}
