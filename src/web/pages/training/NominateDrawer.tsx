import { InboxOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Col,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  Progress,
  Row,
  Segmented,
  Select,
  Spin,
  Typography,
  Upload,
} from 'antd';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOMINATION, nominationBody } from '../../../core/contracts/training-enrolment';
import { isApiError } from '../../api/client';
import { api, type PeopleParams } from '../../api/endpoints';
import { useSessionUser } from '../../auth/AuthContext';
import { paths } from '../../auth/paths';
import { DateInput } from '../../components/DateInput';
import { UnitSelect } from '../../components/UnitTreeSelect';
import { useAllUnits } from '../../components/unitOptions';
import { useShowError } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { applyServerErrors, flatFields, issuesOf } from '../../lib/formErrors';
import { todayVn } from '../../lib/records';
import { parseForm, zodRules } from '../../lib/zodForm';
import { peopleFilters, peopleQueryString } from '../people/peopleFilters';
import { type CourseDetail, trainingApi, trainingKeys } from './trainingApi';

export type NominateMode = 'person' | 'filter' | 'file';

const FIELDS = ['unitCode', 'personIds', 'decisionNo', 'decisionDate', 'eligibilityOverride'] as const;

function normalise(v: Record<string, unknown>): Record<string, unknown> {
  const s = (x: unknown) => (typeof x === 'string' && x.trim() ? x.trim() : null);
  return {
    unitCode: s(v.unitCode),
    personIds: Array.isArray(v.people)
      ? (v.people as { value: number }[]).map((p) => p.value)
      : Array.isArray(v.personIds)
        ? v.personIds
        : [],
    decisionNo: s(v.decisionNo),
    decisionDate: s(v.decisionDate),
    eligibilityOverride: s(v.eligibilityOverride),
  };
}

/** The people list's filters, minus paging and sorting, for the nominating unit. */
function listFilters(filters: PeopleParams, unitCode: string | null): PeopleParams {
  const { page: _p, pageSize: _s, ...rest } = filters;
  return { ...rest, unit: rest.unit ?? unitCode ?? undefined, status: rest.status ?? 'active' };
}

/** The people page's query string, readable ("unit=X · q=Nguyễn Văn"); never throws on a bad %. */
function describeQuery(query: string): string {
  return [...new URLSearchParams(query)].map(([k, v]) => `${k}=${v}`).join(' · ');
}

/** Every id of a filtered people list, 500 a page (the API's maximum), at most 5.000. */
async function allIds(filters: PeopleParams, onPage: (n: number, total: number) => void): Promise<number[]> {
  const ids: number[] = [];
  for (let page = 1; ; page++) {
    const res = await api.people.list({ ...filters, page, pageSize: 500 });
    ids.push(...res.items.map((p) => p.id));
    onPage(ids.length, res.total);
    if (ids.length >= res.total || res.items.length === 0 || ids.length >= MAX_NOMINATION) break;
  }
  return ids;
}

function PeoplePicker({
  unitCode,
  value,
  onChange,
  id,
}: {
  unitCode: string | null;
  value?: { value: number; label: string }[];
  onChange?: (v: { value: number; label: string }[]) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const found = useQuery({
    queryKey: ['people', 'list', { q, unit: unitCode, status: 'active', pageSize: 30, picker: true }],
    queryFn: ({ signal }) =>
      api.people.list(
        { q: q || undefined, unit: unitCode ?? undefined, status: 'active', pageSize: 30 },
        signal,
      ),
    enabled: !!unitCode,
  });
  return (
    <Select
      id={id}
      mode="multiple"
      labelInValue
      value={value}
      onChange={onChange}
      showSearch={{ searchValue: search, onSearch: setSearch, filterOption: false }}
      disabled={!unitCode}
      placeholder={unitCode ? t('training.nominate.peoplePlaceholder') : t('training.nominate.pickUnitFirst')}
      notFoundContent={found.isFetching ? <Spin size="small" /> : undefined}
      options={(found.data?.items ?? []).map((p) => ({
        value: p.id,
        label: `${p.fullName} (${formatDate(p.birthDate)})${p.position ? ` — ${p.position.name}` : ''}`,
      }))}
      style={{ width: '100%' }}
      maxTagCount="responsive"
      size="large"
    />
  );
}

/**
 * Cử học viên: a unit nominates its people with a decision number and date — picked one by one,
 * the whole list filtered on the people page, or an .xlsx roster.
 */
export function NominateDrawer({
  course,
  initialMode,
  peopleQuery,
  onClose,
}: {
  course: CourseDetail;
  initialMode: NominateMode;
  /** The people page's query string ("unit=…&gender=female"), when sent from there. */
  peopleQuery: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const user = useSessionUser();
  const units = useAllUnits();
  const [form] = Form.useForm();
  const [mode, setMode] = useState<NominateMode>(initialMode);
  const [progress, setProgress] = useState<{ n: number; total: number } | null>(null);
  const [notEligible, setNotEligible] = useState<string[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const [rowErrors, setRowErrors] = useState<string[]>([]);
  const rule = zodRules(nominationBody, form, normalise);
  const unitCode = (Form.useWatch('unitCode', form) as string | null | undefined) ?? null;
  const fromPeople = useMemo(
    () => (peopleQuery ? peopleFilters(new URLSearchParams(peopleQuery)) : null),
    [peopleQuery],
  );
  const filters = listFilters(fromPeople ?? {}, unitCode);
  const count = useQuery({
    queryKey: ['people', 'list', { ...filters, page: 1, pageSize: 1 }],
    queryFn: ({ signal }) => api.people.list({ ...filters, page: 1, pageSize: 1 }, signal),
    enabled: mode === 'filter' && !!filters.unit,
  });
  const filterUnitName = filters.unit ? units.data?.find((u) => u.code === filters.unit)?.name : undefined;

  const done = async (r: { enrolled?: number | undefined; waitlisted?: number | undefined }) => {
    await queryClient.invalidateQueries({ queryKey: trainingKeys.all });
    void message.success(
      t('training.nominate.done', {
        enrolled: formatNumber(r.enrolled ?? 0),
        waitlisted: formatNumber(r.waitlisted ?? 0),
      }),
    );
    onClose();
  };
  const onError = (e: unknown, names?: Map<number, string>, ids?: number[]) => {
    setProgress(null);
    if (isApiError(e) && e.code === 'NOT_ELIGIBLE') {
      setNotEligible(
        issuesOf(e).map((i) => {
          const k = /^personIds\.(\d+)$/.exec(i.path);
          const pid = k && ids ? ids[Number(k[1])] : undefined;
          const name = pid !== undefined ? names?.get(pid) : undefined;
          return name && !i.message.includes(name) ? `${name}: ${i.message}` : i.message;
        }),
      );
      return;
    }
    if (applyServerErrors(form, e, flatFields(FIELDS, { personIds: 'people' }))) return;
    showError(e);
  };

  const nominate = useMutation({
    mutationFn: async (v: { body: ReturnType<typeof normalise>; names: Map<number, string> }) => {
      let ids = v.body.personIds as number[];
      if (mode === 'filter') {
        ids = await allIds(filters, (n, total) => setProgress({ n, total }));
      }
      const body = parseForm(nominationBody, form, { ...v.body, personIds: ids });
      if (!body) throw new Error('invalid');
      return { result: await trainingApi.nominate(course.id, body), ids };
    },
    onSuccess: ({ result }) => void done(result),
    onError: (e, v) => onError(e, v.names, v.body.personIds as number[]),
  });
  const upload = useMutation({
    mutationFn: (v: { unitCode: string; eligibilityOverride?: string | undefined; file: File }) =>
      trainingApi.uploadRoster(course.id, v.file, {
        unitCode: v.unitCode,
        eligibilityOverride: v.eligibilityOverride,
      }),
    onSuccess: (r) => {
      if (r.errors?.length) {
        setRowErrors(
          r.errors.map((x) => t('training.nominate.rowError', { row: x.row, message: x.message })),
        );
        return;
      }
      void done(r);
    },
    onError: (e) => {
      const rows = issuesOf(e)
        .map((i) => {
          const m = /(\d+)/.exec(i.path);
          return m ? t('training.nominate.rowError', { row: m[1], message: i.message }) : i.message;
        })
        .filter(Boolean);
      if (rows.length && !(isApiError(e) && e.code === 'NOT_ELIGIBLE')) setRowErrors(rows);
      else onError(e);
    },
  });

  const submit = async () => {
    setNotEligible([]);
    setRowErrors([]);
    const all = form.getFieldsValue(true) as Record<string, unknown>;
    const v = normalise(all);
    if (mode === 'file') {
      if (!v.unitCode) {
        form.setFields([{ name: 'unitCode', errors: [t('training.nominate.pickUnitFirst')] }]);
        return;
      }
      if (!file) return;
      upload.mutate({
        unitCode: v.unitCode as string,
        eligibilityOverride: (v.eligibilityOverride as string | null) ?? undefined,
        file,
      });
      return;
    }
    const names = new Map<number, string>(
      ((all.people as { value: number; label: string }[] | undefined) ?? []).map((p) => [p.value, p.label]),
    );
    if (mode === 'filter') {
      // The ids come from the list: check the rest of the form first.
      const body = parseForm(nominationBody, form, { ...v, personIds: [1] });
      if (!body) return;
    } else {
      try {
        await form.validateFields();
      } catch {
        return;
      }
      if (!parseForm(nominationBody, form, v)) return;
    }
    nominate.mutate({ body: v, names });
  };

  const selected = (Form.useWatch('people', form) as unknown[] | undefined)?.length ?? 0;
  const total = count.data?.total ?? 0;
  const pending = nominate.isPending || upload.isPending;
  const submitLabel =
    mode === 'person'
      ? t('training.nominate.submit', { n: formatNumber(selected) })
      : mode === 'filter'
        ? t('training.nominate.submitFilter')
        : t('training.nominate.uploadSubmit');
  const canSubmit =
    mode === 'person' ? selected > 0 : mode === 'filter' ? total > 0 && total <= MAX_NOMINATION : !!file;

  return (
    <Drawer
      open
      onClose={onClose}
      title={t('training.nominate.title', { course: course.name })}
      size={screens.md ? 720 : '100%'}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={pending}
            disabled={!canSubmit}
            onClick={() => void submit()}
            data-testid="nominate-submit"
          >
            {submitLabel}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        layout="vertical"
        validateTrigger="onBlur"
        disabled={pending}
        initialValues={{
          unitCode: fromPeople?.unit ?? (user.scope.length === 1 ? user.scope[0]?.code : undefined),
          decisionDate: todayVn(),
          people: [],
        }}
      >
        <Segmented<NominateMode>
          block
          size="large"
          value={mode}
          onChange={(m) => {
            setMode(m);
            setNotEligible([]);
            setRowErrors([]);
          }}
          options={[
            { value: 'person', label: t('training.nominate.byPerson') },
            { value: 'filter', label: t('training.nominate.byFilter') },
            { value: 'file', label: t('training.nominate.byFile') },
          ]}
          style={{ marginBottom: 16 }}
        />
        <Form.Item name="unitCode" label={t('training.nominate.unit')} rules={[rule('unitCode')]}>
          <UnitSelect known={user.scope} onChange={() => form.setFieldValue('people', [])} />
        </Form.Item>
        {mode !== 'file' ? (
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item
                name="decisionNo"
                label={t('training.nominate.decisionNo')}
                rules={[rule('decisionNo')]}
              >
                <Input maxLength={100} placeholder="45/QĐ-UBND" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="decisionDate"
                label={t('training.nominate.decisionDate')}
                rules={[rule('decisionDate')]}
              >
                <DateInput />
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        {mode === 'person' ? (
          <Form.Item
            name="people"
            label={t('training.nominate.people')}
            extra={selected ? t('training.nominate.selected', { n: formatNumber(selected) }) : undefined}
          >
            <PeoplePicker unitCode={unitCode} />
          </Form.Item>
        ) : null}
        {mode === 'filter' ? (
          <Flex vertical gap={12} style={{ marginBottom: 16 }}>
            <Typography.Text type="secondary">{t('training.nominate.filterIntro')}</Typography.Text>
            {peopleQuery ? (
              <Typography.Text>
                {t('training.nominate.fromPeople')}:{' '}
                <Typography.Text code>{describeQuery(peopleQuery)}</Typography.Text>
              </Typography.Text>
            ) : null}
            {filters.unit ? (
              count.isFetching ? (
                <Spin size="small" />
              ) : total > MAX_NOMINATION ? (
                <Alert
                  type="warning"
                  showIcon
                  title={t('training.nominate.filterTooMany', { n: formatNumber(total) })}
                />
              ) : (
                <Alert
                  type="info"
                  showIcon
                  title={`${filterUnitName ?? filters.unit} — ${t('training.nominate.filterCount', { n: formatNumber(total) })}`}
                />
              )
            ) : (
              <Typography.Text type="warning">{t('training.nominate.pickUnitFirst')}</Typography.Text>
            )}
            <Button
              icon={<TeamOutlined />}
              href={`${paths.people}?${peopleQueryString(filters)}`}
              target="_blank"
              style={{ alignSelf: 'flex-start' }}
            >
              {t('training.nominate.openPeople')}
            </Button>
            {progress ? (
              <Flex vertical gap={4}>
                <Typography.Text type="secondary">
                  {t('training.nominate.loadingIds', {
                    n: formatNumber(progress.n),
                    total: formatNumber(progress.total),
                  })}
                </Typography.Text>
                <Progress percent={progress.total ? Math.round((progress.n / progress.total) * 100) : 0} />
              </Flex>
            ) : null}
          </Flex>
        ) : null}
        {mode === 'file' ? (
          <Flex vertical gap={8} style={{ marginBottom: 16 }}>
            <Typography.Text type="secondary">{t('training.nominate.fileHelp')}</Typography.Text>
            <Upload.Dragger
              accept=".xlsx"
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                setRowErrors([]);
                return false;
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('training.nominate.pickFile')}</p>
            </Upload.Dragger>
          </Flex>
        ) : null}
        {rowErrors.length ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('training.nominate.fileErrors')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 240, overflow: 'auto' }}>
                {rowErrors.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        {notEligible.length ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('training.nominate.notEligible')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 240, overflow: 'auto' }}>
                {notEligible.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        {notEligible.length || form.getFieldValue('eligibilityOverride') ? (
          <Form.Item
            name="eligibilityOverride"
            label={t('training.nominate.override')}
            extra={t('training.nominate.overrideHelp')}
            rules={[rule('eligibilityOverride')]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        ) : null}
      </Form>
    </Drawer>
  );
}
