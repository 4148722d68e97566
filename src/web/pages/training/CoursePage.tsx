import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Result, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { hasPermission, useSessionUser } from '../../auth/AuthContext';
import { paths } from '../../auth/paths';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage, useShowError } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { useUrlState } from '../../lib/urlState';
import { AttendanceTab } from './AttendanceTab';
import { CourseInfoTab } from './CourseInfoTab';
import { dateRange, nextStatuses, seatsLeft } from './courseRules';
import { QualityTab } from './QualityTab';
import { ResultsTab } from './ResultsTab';
import { RosterTab } from './RosterTab';
import { type CourseDetail, type CourseStatus, trainingApi, trainingKeys } from './trainingApi';
import { CourseStatusTag } from './trainingTags';

const TABS = ['thong-tin', 'hoc-vien', 'diem-danh', 'ket-qua', 'chat-luong'] as const;
type TabKey = (typeof TABS)[number];

/** The buttons that move the course on (Mở nhận đề cử, Bắt đầu học, Hủy lớp). */
function StatusButtons({ course }: { course: CourseDetail }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const move = useMutation({
    mutationFn: (status: CourseStatus) => trainingApi.setStatus(course.id, status),
    onSuccess: async (_c, status) => {
      await queryClient.invalidateQueries({ queryKey: trainingKeys.all });
      void message.success(t('training.course.moved', { status: t(`training.status.${status}`) }));
    },
    onError: (e) => showError(e),
  });
  return (
    <>
      {nextStatuses(course.status).map((s) => {
        const cancel = s === 'cancelled';
        const label = t(`training.course.move.${s as 'open' | 'running' | 'cancelled'}`);
        return (
          <Button
            key={s}
            danger={cancel}
            type={cancel ? 'default' : 'primary'}
            loading={move.isPending && move.variables === s}
            data-testid={`course-move-${s}`}
            onClick={() =>
              modal.confirm({
                title: label,
                content: cancel
                  ? t('training.course.cancelConfirm', { name: course.name })
                  : t('training.course.moveConfirm', {
                      from: t(`training.status.${course.status}`),
                      to: t(`training.status.${s}`),
                    }),
                okText: label,
                okButtonProps: { danger: cancel },
                cancelText: t('common.close'),
                onOk: () => move.mutateAsync(s).catch(() => undefined),
              })
            }
          >
            {label}
          </Button>
        );
      })}
    </>
  );
}

/** A course: details, learners, attendance, results and quality, as tabs. */
export default function CoursePage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const navigate = useNavigate();
  const location = useLocation();
  const { id: idParam } = useParams();
  const id = Number(idParam);
  const valid = Number.isInteger(id) && id > 0;
  const [params, update] = useUrlState();
  const tabParam = params.get('tab');
  const tab: TabKey = (TABS as readonly string[]).includes(tabParam ?? '')
    ? (tabParam as TabKey)
    : 'thong-tin';
  const canManage = hasPermission(user, 'courses.manage');
  const canNominate = hasPermission(user, 'training.nominate');

  const course = useQuery({
    queryKey: trainingKeys.course(id),
    queryFn: ({ signal }) => trainingApi.course(id, signal),
    enabled: valid,
  });
  const roster = useQuery({
    queryKey: trainingKeys.roster(id),
    queryFn: ({ signal }) => trainingApi.roster(id, signal),
    enabled: valid,
  });

  if (!valid || (course.isError && isApiError(course.error) && course.error.status === 404)) {
    return (
      <Card>
        <Result
          status="404"
          title={t('training.course.notFound')}
          subTitle={t('training.course.notFoundDetail')}
          extra={
            <Button type="primary" onClick={() => navigate(paths.training)}>
              {t('training.course.back')}
            </Button>
          }
        />
      </Card>
    );
  }
  if (course.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed')}
        description={errorMessage(course.error, t)}
        action={<Button onClick={() => void course.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!course.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  const c = course.data;
  const learners = roster.data ?? [];
  const left = seatsLeft(c);

  return (
    <>
      <PageHeader
        title={c.name}
        extra={
          <>
            <Button
              icon={<ArrowLeftOutlined />}
              onClick={() => (location.key === 'default' ? navigate(paths.training) : navigate(-1))}
            >
              {t('training.course.back')}
            </Button>
            {canManage ? <StatusButtons course={c} /> : null}
          </>
        }
      />
      <Card styles={{ body: { padding: '12px 20px' } }} style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap align="center">
          <Typography.Text code>{c.code}</Typography.Text>
          <Typography.Text>
            {t('training.course.summary', {
              programme: c.programme.name,
              institution: c.institution.name,
              period: dateRange(c.startDate, c.endDate),
            })}
          </Typography.Text>
          <span style={{ flex: 1 }} />
          {c.status === 'open' ? (
            <Typography.Text type={left > 0 ? 'secondary' : 'warning'}>
              {left > 0 ? t('training.course.seats', { n: formatNumber(left) }) : t('training.course.full')}
            </Typography.Text>
          ) : null}
          <CourseStatusTag status={c.status} />
        </Flex>
      </Card>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(k) => update({ tab: k === 'thong-tin' ? null : k }, { keepPage: true })}
          destroyOnHidden
          items={[
            {
              key: 'thong-tin',
              label: t('training.course.tabs.info'),
              children: <CourseInfoTab course={c} canManage={canManage} />,
            },
            {
              key: 'hoc-vien',
              label: t('training.course.tabs.roster', { n: formatNumber(learners.length) }),
              children: (
                <RosterTab course={c} roster={roster} canNominate={canNominate} canManage={canManage} />
              ),
            },
            {
              key: 'diem-danh',
              label: t('training.course.tabs.attendance'),
              children: <AttendanceTab course={c} roster={learners} canManage={canManage} />,
            },
            {
              key: 'ket-qua',
              label: t('training.course.tabs.results'),
              children: <ResultsTab course={c} roster={learners} canManage={canManage} />,
            },
            {
              key: 'chat-luong',
              label: t('training.course.tabs.quality'),
              children: <QualityTab courseId={c.id} canManage={canManage} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
