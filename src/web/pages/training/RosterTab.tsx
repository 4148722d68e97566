import { DownloadOutlined, FileExcelOutlined, UserAddOutlined } from '@ant-design/icons';
import { type UseQueryResult, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Empty,
  Flex,
  Form,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GENDER_LABELS } from '../../../core/catalog/enums';
import { withdrawBody } from '../../../core/contracts/training-enrolment';
import { personPath } from '../../auth/paths';
import { errorMessage } from '../../lib/errors';
import { foldText, formatDate, formatNumber } from '../../lib/format';
import { useUrlState } from '../../lib/urlState';
import { compareNames } from './courseRules';
import { NominateDrawer, type NominateMode } from './NominateDrawer';
import { PendingActions } from './PendingActions';
import { SchemaModal } from './SchemaModal';
import {
  type CourseDetail,
  ENROLMENT_STATUSES,
  type Enrolment,
  type EnrolmentStatus,
  trainingApi,
  trainingKeys,
} from './trainingApi';
import { EnrolmentStatusTag, ResultTag } from './trainingTags';

const ACTIVE: readonly EnrolmentStatus[] = ['pending', 'enrolled', 'waitlisted'];

/** Học viên: the roster with status, decision, attendance and result; nominate, withdraw, refuse. */
export function RosterTab({
  course: c,
  roster,
  canNominate,
}: {
  course: CourseDetail;
  roster: UseQueryResult<Enrolment[]>;
  canNominate: boolean;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [params, update] = useUrlState();
  const [status, setStatus] = useState<EnrolmentStatus | undefined>();
  const [search, setSearch] = useState('');
  const [action, setAction] = useState<{ kind: 'withdraw' | 'refuse'; e: Enrolment } | null>(null);
  // The people page sends ?cu=<its filters> to open the drawer on "the filtered list".
  const peopleQuery = params.get('cu');
  const [nominating, setNominating] = useState<NominateMode | null>(
    peopleQuery !== null && canNominate ? 'filter' : null,
  );
  const open = c.status === 'open';

  const rows = useMemo(() => {
    const q = foldText(search.trim());
    return (roster.data ?? [])
      .filter((e) => !status || e.status === status)
      .filter((e) => !q || foldText(e.person.fullName).includes(q))
      .sort((a, b) => compareNames(a.person.fullName, b.person.fullName));
  }, [roster.data, status, search]);

  const columns: TableColumnsType<Enrolment> = [
    {
      title: t('common.stt'),
      key: 'stt',
      width: 56,
      align: 'center',
      fixed: 'left',
      render: (_v, _r, i) => formatNumber(i + 1),
    },
    {
      title: t('training.roster.fullName'),
      key: 'name',
      minWidth: 180,
      fixed: 'left',
      render: (_v, e) => (
        <Link to={personPath(e.person.id)} style={{ fontWeight: 500 }}>
          {e.person.fullName}
        </Link>
      ),
    },
    {
      title: t('training.roster.birthDate'),
      key: 'birth',
      width: 110,
      render: (_v, e) => formatDate(e.person.birthDate),
    },
    {
      title: t('training.roster.gender'),
      key: 'gender',
      width: 80,
      render: (_v, e) => GENDER_LABELS[e.person.gender],
    },
    { title: t('training.roster.unit'), key: 'unit', minWidth: 160, render: (_v, e) => e.unit.name },
    {
      title: t('training.roster.decision'),
      key: 'decision',
      width: 170,
      render: (_v, e) =>
        e.decisionNo ? (
          <Flex vertical gap={0}>
            <span>{e.decisionNo}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDate(e.decisionDate)}
            </Typography.Text>
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      title: t('training.roster.status'),
      key: 'status',
      width: 160,
      render: (_v, e) => (
        <Flex vertical gap={2} align="flex-start">
          <EnrolmentStatusTag status={e.status} />
          {e.reason ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {e.reason}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('training.roster.attendance'),
      key: 'attendance',
      width: 120,
      align: 'right',
      render: (_v, e) =>
        e.attendance.sessions
          ? t('training.roster.attendanceValue', {
              present: formatNumber(e.attendance.present + e.attendance.excused),
              sessions: formatNumber(e.attendance.sessions),
            })
          : '—',
    },
    {
      title: t('training.roster.result'),
      key: 'result',
      width: 110,
      render: (_v, e) => <ResultTag result={e.result} />,
    },
    ...(canNominate
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            render: (_v: unknown, e: Enrolment) =>
              // A self-registration waits for the unit: approve or reject it.
              e.status === 'pending' && c.status !== 'closed' && c.status !== 'cancelled' ? (
                <PendingActions enrolment={e} courseOpen={open} />
              ) : ACTIVE.includes(e.status) && c.status !== 'closed' && c.status !== 'cancelled' ? (
                <Space size={4}>
                  <Button size="small" onClick={() => setAction({ kind: 'withdraw', e })}>
                    {t('training.roster.withdraw')}
                  </Button>
                  <Button size="small" onClick={() => setAction({ kind: 'refuse', e })}>
                    {t('training.roster.refuse')}
                  </Button>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];

  const counts = new Map<EnrolmentStatus, number>();
  for (const e of roster.data ?? []) counts.set(e.status, (counts.get(e.status) ?? 0) + 1);

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Input.Search
          allowClear
          placeholder={t('training.roster.searchName')}
          aria-label={t('training.roster.searchName')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 240 }}
        />
        <Select
          allowClear
          placeholder={t('training.roster.filterStatus')}
          aria-label={t('training.roster.filterStatus')}
          value={status}
          onChange={setStatus}
          style={{ width: 220 }}
          options={ENROLMENT_STATUSES.filter((s) => counts.has(s)).map((s) => ({
            value: s,
            label: `${t(`training.enrolmentStatus.${s}`)} (${formatNumber(counts.get(s) ?? 0)})`,
          }))}
        />
        <span style={{ flex: 1 }} />
        <Tooltip title={t('training.roster.downloadHelp')}>
          <Button
            icon={<DownloadOutlined />}
            href={trainingApi.listXlsxUrl(c.id, 'roster')}
            download
            data-testid="roster-xlsx"
          >
            {t('training.roster.download')}
          </Button>
        </Tooltip>
        {canNominate ? (
          <Tooltip title={open ? undefined : t('training.roster.notOpen')}>
            <Space.Compact>
              <Button
                type="primary"
                icon={<UserAddOutlined />}
                disabled={!open}
                onClick={() => setNominating('person')}
                data-testid="nominate-open"
              >
                {t('training.roster.nominate')}
              </Button>
              <Button icon={<FileExcelOutlined />} disabled={!open} onClick={() => setNominating('file')}>
                {t('training.roster.upload')}
              </Button>
            </Space.Compact>
          </Tooltip>
        ) : null}
      </Flex>
      {roster.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('common.loadFailed')}
          description={errorMessage(roster.error, t)}
          action={<Button onClick={() => void roster.refetch()}>{t('common.retry')}</Button>}
        />
      ) : null}
      <Table<Enrolment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={roster.isLoading}
        scroll={{ x: 1300 }}
        pagination={{
          defaultPageSize: 50,
          showSizeChanger: true,
          showTotal: (n) => t('common.total', { n: formatNumber(n) }),
        }}
        locale={{
          emptyText: (
            <Empty
              description={
                <Flex vertical gap={4}>
                  <span>{t('training.roster.empty')}</span>
                  <Typography.Text type="secondary">{t('training.roster.emptyHint')}</Typography.Text>
                </Flex>
              }
            />
          ),
        }}
      />
      {nominating ? (
        <NominateDrawer
          course={c}
          initialMode={nominating}
          peopleQuery={peopleQuery}
          onClose={() => {
            setNominating(null);
            if (peopleQuery !== null) update({ cu: null }, { keepPage: true });
          }}
        />
      ) : null}
      <SchemaModal
        open={action !== null}
        title={
          action
            ? t(
                action.kind === 'withdraw' ? 'training.roster.withdrawTitle' : 'training.roster.refuseTitle',
                {
                  name: action.e.person.fullName,
                },
              )
            : ''
        }
        okText={action?.kind === 'refuse' ? t('training.roster.refuseOk') : t('training.roster.withdrawOk')}
        schema={withdrawBody}
        fields={['reason']}
        onSubmit={(b) =>
          action?.kind === 'refuse'
            ? trainingApi.refuse(action.e.id, b.reason)
            : trainingApi.withdraw(action?.e.id ?? 0, b.reason)
        }
        onDone={() => {
          void message.success(
            t(action?.kind === 'refuse' ? 'training.roster.refused' : 'training.roster.withdrawn'),
          );
          setAction(null);
          void queryClient.invalidateQueries({ queryKey: trainingKeys.all });
        }}
        onCancel={() => setAction(null)}
      >
        {(rule) => (
          <Form.Item name="reason" label={t('training.roster.reason')} rules={[rule('reason')]}>
            <Input.TextArea rows={3} maxLength={1000} autoFocus />
          </Form.Item>
        )}
      </SchemaModal>
    </Flex>
  );
}
