import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Skeleton, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { coursePath } from '../../auth/paths';
import { errorMessage } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { dateRange } from './courseRules';
import { type PersonTraining, trainingApi, trainingKeys } from './trainingApi';
import { EnrolmentStatusTag, ResultTag } from './trainingTags';

type Item = PersonTraining['enrolments'][number];
type Activity = PersonTraining['activities'][number];

export function usePersonTraining(personId: number) {
  return useQuery({
    queryKey: trainingKeys.person(personId),
    queryFn: ({ signal }) => trainingApi.personTraining(personId, signal),
  });
}

/** Đào tạo, bồi dưỡng on the person page: the courses they were sent to and other activities. */
export function PersonTrainingTab({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const training = usePersonTraining(personId);
  if (training.isError)
    return (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed')}
        description={errorMessage(training.error, t)}
        action={<Button onClick={() => void training.refetch()}>{t('common.retry')}</Button>}
      />
    );
  const d = training.data;
  if (!d) return <Skeleton active paragraph={{ rows: 4 }} />;
  const items = [...d.enrolments].sort((a, b) => b.course.startDate.localeCompare(a.course.startDate));
  return (
    <Flex vertical gap={16}>
      <Table<Item>
        rowKey={(e) => e.id}
        size="small"
        pagination={false}
        dataSource={items}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description={t('training.person.empty')} /> }}
        columns={[
          {
            title: t('common.stt'),
            key: 'stt',
            width: 56,
            align: 'center',
            render: (_v, _r, i) => formatNumber(i + 1),
          },
          {
            title: t('training.person.course'),
            key: 'course',
            minWidth: 220,
            render: (_v, e) => (
              <Flex vertical gap={0}>
                <Link to={coursePath(e.course.id)}>{e.course.name}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {e.programme.name}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('training.person.period'),
            key: 'period',
            width: 200,
            render: (_v, e) => dateRange(e.course.startDate, e.course.endDate),
          },
          {
            title: t('training.person.status'),
            key: 'status',
            width: 150,
            render: (_v, e) => <EnrolmentStatusTag status={e.status} />,
          },
          {
            title: t('training.person.result'),
            key: 'result',
            width: 110,
            render: (_v, e) => <ResultTag result={e.result} />,
          },
          {
            title: t('training.person.certificate'),
            key: 'cert',
            width: 200,
            render: (_v, e) =>
              e.certificate
                ? t('training.person.certificateValue', {
                    number: e.certificate.number,
                    date: formatDate(e.certificate.issuedOn),
                  })
                : '—',
          },
        ]}
      />
      {d.activities.length ? (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('training.person.activities')}
          </Typography.Title>
          <Table<Activity>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.activities}
            columns={[
              {
                title: t('training.person.activityDate'),
                dataIndex: 'date',
                width: 110,
                render: (x: string) => formatDate(x),
              },
              {
                title: t('training.person.activityKind'),
                dataIndex: 'kind',
                width: 220,
                render: (k: string) => t(`training.activityKind.${k as 'coaching'}`, { defaultValue: k }),
              },
              { title: t('training.person.activityTitle'), dataIndex: 'title' },
              {
                title: t('training.person.activityHours'),
                dataIndex: 'hours',
                width: 90,
                align: 'right',
                render: (h: number) => formatNumber(h),
              },
            ]}
          />
        </>
      ) : null}
    </Flex>
  );
}
