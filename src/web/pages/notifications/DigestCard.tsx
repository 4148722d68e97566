import { PlayCircleOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { errorMessage, useShowError } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { digestFinished, weekLabel } from './notificationDisplay';
import { type DigestRun, notificationKeys, notificationsApi } from './notificationsApi';

/**
 * "Nhắc việc hằng tuần" (administrators, 'jobs.run'): runs the weekly digest now as a background
 * job and follows it every second until it completes or fails.
 */
export function DigestCard() {
  const { t } = useTranslation();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [date, setDate] = useState<string | null>(null);
  const [started, setStarted] = useState<DigestRun | null>(null);

  const start = useMutation({
    mutationFn: () => notificationsApi.runDigest(date ? { date } : {}),
    onSuccess: (run) => {
      queryClient.setQueryData(notificationKeys.digest(run.jobId), run);
      setStarted(run);
    },
    onError: (e) => showError(e, t('notifications.digest.failed')),
  });

  const run = useQuery({
    queryKey: notificationKeys.digest(started?.jobId ?? ''),
    queryFn: ({ signal }) => notificationsApi.digest(started?.jobId ?? '', signal),
    enabled: started !== null,
    refetchInterval: (query) => (digestFinished(query.state.data?.state) ? false : 1000),
    staleTime: 0,
  });

  const current = run.data ?? started;
  const finished = digestFinished(current?.state);
  const running = start.isPending || (current !== null && !finished && !run.isError);

  // The run may have written notifications for the administrator too: refresh the badge and list.
  useEffect(() => {
    if (current?.state === 'completed')
      void queryClient.invalidateQueries({
        queryKey: notificationKeys.all,
        predicate: (q) => q.queryKey[1] !== 'digest',
      });
  }, [current?.state, queryClient]);

  return (
    <Card title={t('notifications.digest.title')} size="small">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('notifications.digest.intro')}</Typography.Text>
        <Flex gap={8} align="center" wrap>
          <label htmlFor="digest-date">{t('notifications.digest.date')}</label>
          <DateInput
            id="digest-date"
            value={date}
            onChange={setDate}
            placeholder={t('notifications.digest.datePlaceholder')}
            disabled={running}
            style={{ width: 160 }}
          />
          <Button
            type="primary"
            icon={<PlayCircleOutlined />}
            loading={running}
            onClick={() => {
              setStarted(null);
              start.mutate();
            }}
          >
            {running ? t('notifications.digest.running') : t('notifications.digest.run')}
          </Button>
        </Flex>
        {current?.state === 'completed' && current.result ? (
          <Alert
            type="success"
            showIcon
            role="status"
            title={t('notifications.digest.done', {
              digests: formatNumber(current.result.digests),
              monitorDigests: formatNumber(current.result.monitorDigests),
              week: weekLabel(current.result.week),
            })}
            description={t('notifications.digest.computedFor', { date: formatDate(current.result.date) })}
          />
        ) : current?.state === 'failed' ? (
          <Alert
            type="error"
            showIcon
            title={t('notifications.digest.failed')}
            description={current.error ?? undefined}
          />
        ) : run.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('notifications.digest.failed')}
            description={errorMessage(run.error, t)}
          />
        ) : null}
      </Flex>
    </Card>
  );
}
