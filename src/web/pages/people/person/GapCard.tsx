import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Divider, Flex, Skeleton, Typography } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { complianceApi } from '../../../api/compliance';
import { hasPermission, useSessionUser } from '../../../auth/AuthContext';
import { errorMessage } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { GapList } from '../../standards/compliance/GapList';
import { StatusTag } from '../../standards/compliance/StatusTag';
import { OpenCourseLinks } from '../../training/OpenCourseLinks';
import { personComplianceKey } from './usePersonMutation';

/**
 * Tiêu chuẩn chức danh: whether the person meets the standards of the posts they hold today and,
 * per post, what is missing, on which legal basis and what closes it.
 */
export function GapCard({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const canSeeCourses = hasPermission(useSessionUser(), 'training.read');
  const compliance = useQuery({
    queryKey: personComplianceKey(personId),
    queryFn: ({ signal }) => complianceApi.person(personId, signal),
  });
  const c = compliance.data;

  let body: ReactNode;
  if (compliance.isError) {
    body = (
      <Alert
        type="warning"
        showIcon
        title={t('compliance.gapCard.loadFailed')}
        description={errorMessage(compliance.error, t)}
        action={
          <Button size="small" onClick={() => void compliance.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (!c) {
    body = <Skeleton active title={false} paragraph={{ rows: 2 }} />;
  } else if (c.status === null || c.positions.length === 0) {
    body = <Typography.Text type="secondary">{t('compliance.gapCard.noPost')}</Typography.Text>;
  } else {
    body = (
      <Flex vertical gap={0}>
        {c.positions.map((p, i) => (
          <Fragment key={`${p.position.code}:${p.unit.code}`}>
            {i > 0 ? <Divider style={{ margin: '10px 0' }} /> : null}
            <Flex vertical gap={6} data-testid="gap-card-post">
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>{p.position.name}</Typography.Text>
                <Typography.Text type="secondary">{p.unit.name}</Typography.Text>
                {c.positions.length > 1 ? <StatusTag status={p.status} /> : null}
              </Flex>
              {p.gaps.length ? (
                <GapList
                  gaps={p.gaps}
                  extra={
                    canSeeCourses
                      ? (g) =>
                          g.closesWith ? (
                            <OpenCourseLinks
                              dimension={g.closesWith.dimension}
                              level={g.closesWith.level}
                              unitCode={p.unit.code}
                            />
                          ) : null
                      : undefined
                  }
                />
              ) : (
                <Typography.Text type="secondary">{t('compliance.gapCard.allMet')}</Typography.Text>
              )}
            </Flex>
          </Fragment>
        ))}
      </Flex>
    );
  }

  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="gap-card"
      title={
        <Flex gap={8} align="center" wrap>
          <SafetyCertificateOutlined />
          <span>{t('compliance.gapCard.title')}</span>
          {c ? <StatusTag status={c.status} /> : null}
        </Flex>
      }
      extra={
        c ? (
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {t('compliance.asOfLine', { date: formatDate(c.asOf) })}
          </Typography.Text>
        ) : null
      }
    >
      {body}
    </Card>
  );
}
