import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Popconfirm,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../auth/AuthContext';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage, useShowError } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { type MyCourses, selfApi, selfKeys } from './selfApi';
import type { EnrolmentStatus } from './trainingApi';
import { CourseStatusTag, EnrolmentStatusTag, ResultTag } from './trainingTags';

type Course = MyCourses['courses'][number];
type Mine = MyCourses['enrolments'][number];

/** Statuses that keep a person on a course: they cannot register for it again. */
const LIVE: readonly EnrolmentStatus[] = ['pending', 'enrolled', 'waitlisted', 'completed', 'failed'];

const dates = (start: string, end: string) => `${formatDate(start)} – ${formatDate(end)}`;

/** "Khóa học của tôi": open courses of the person's unit with "Đăng ký", and their registrations. */
export default function MyCoursesPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const linked = user.personId !== null;
  const mine = useQuery({
    queryKey: selfKeys.mine,
    queryFn: ({ signal }) => selfApi.myCourses(signal),
    enabled: linked,
  });
  const register = useMutation({
    mutationFn: (courseId: number) => selfApi.register(courseId),
    onSuccess: async () => {
      void message.success(t('training.self.registered'));
      await queryClient.invalidateQueries({ queryKey: selfKeys.mine });
    },
    onError: (e) => showError(e),
  });

  const statusOf = new Map<number, EnrolmentStatus>();
  for (const e of mine.data?.enrolments ?? [])
    if (LIVE.includes(e.status)) statusOf.set(e.course.id, e.status);

  const courseColumns: TableColumnsType<Course> = [
    {
      title: t('training.self.course'),
      key: 'course',
      minWidth: 220,
      render: (_v, c) => (
        <Flex vertical gap={0}>
          <span style={{ fontWeight: 500 }}>{c.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.code}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('training.self.programme'),
      key: 'programme',
      minWidth: 180,
      render: (_v, c) => c.programme.name,
    },
    {
      title: t('training.self.institution'),
      key: 'institution',
      minWidth: 160,
      render: (_v, c) => c.institution.name,
    },
    {
      title: t('training.self.dates'),
      key: 'dates',
      width: 200,
      render: (_v, c) => dates(c.startDate, c.endDate),
    },
    {
      title: t('training.self.seats'),
      key: 'seats',
      width: 90,
      align: 'right',
      render: (_v, c) =>
        t('training.self.seatsValue', {
          enrolled: formatNumber(c.counts.enrolled),
          capacity: formatNumber(c.capacity),
        }),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_v, c) => {
        const status = statusOf.get(c.id);
        if (status) return <EnrolmentStatusTag status={status} />;
        return (
          <Popconfirm
            title={t('training.self.registerConfirm', { course: c.name })}
            okText={t('training.self.register')}
            cancelText={t('common.cancel')}
            onConfirm={() => register.mutateAsync(c.id).catch(() => undefined)}
          >
            <Button
              type="primary"
              size="small"
              loading={register.isPending && register.variables === c.id}
              data-testid={`register-${c.id}`}
            >
              {t('training.self.register')}
            </Button>
          </Popconfirm>
        );
      },
    },
  ];

  const mineColumns: TableColumnsType<Mine> = [
    {
      title: t('training.self.course'),
      key: 'course',
      minWidth: 220,
      render: (_v, e) => (
        <Flex vertical gap={0}>
          <span style={{ fontWeight: 500 }}>{e.course.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.programme.name}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('training.self.dates'),
      key: 'dates',
      width: 200,
      render: (_v, e) => dates(e.course.startDate, e.course.endDate),
    },
    {
      title: t('training.self.courseStatus'),
      key: 'courseStatus',
      width: 150,
      render: (_v, e) => <CourseStatusTag status={e.course.status} />,
    },
    {
      title: t('training.self.status'),
      key: 'status',
      width: 180,
      render: (_v, e) => (
        <Flex gap={4} wrap>
          <EnrolmentStatusTag status={e.status} />
          <ResultTag result={e.result} />
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('training.self.title')}>{t('training.self.intro')}</PageHeader>
      {!linked ? (
        <Alert type="info" showIcon title={t('training.self.notLinked')} />
      ) : mine.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('common.loadFailed')}
          description={errorMessage(mine.error, t)}
          action={<Button onClick={() => void mine.refetch()}>{t('common.retry')}</Button>}
        />
      ) : (
        <Flex vertical gap={16}>
          {mine.data ? (
            <Card size="small">
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'person', label: t('training.self.person'), children: mine.data.person.fullName },
                  {
                    key: 'unit',
                    label: t('training.self.unit'),
                    children: mine.data.person.unit?.name ?? '—',
                  },
                ]}
              />
            </Card>
          ) : null}
          <Card title={t('training.self.openCourses')}>
            <Table<Course>
              rowKey="id"
              size="middle"
              columns={courseColumns}
              dataSource={mine.data?.courses ?? []}
              loading={mine.isLoading}
              scroll={{ x: 1000 }}
              pagination={false}
              locale={{ emptyText: <Empty description={t('training.self.openEmpty')} /> }}
            />
          </Card>
          <Card title={t('training.self.mine')}>
            <Table<Mine>
              rowKey="id"
              size="middle"
              columns={mineColumns}
              dataSource={mine.data?.enrolments ?? []}
              loading={mine.isLoading}
              scroll={{ x: 800 }}
              pagination={false}
              locale={{ emptyText: <Empty description={t('training.self.mineEmpty')} /> }}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}
