import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Flex, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { SurveyForm } from './SurveyForm';
import { type QualityBand, trainingApi, trainingKeys } from './trainingApi';

const BAND_COLORS: Record<QualityBand, string> = {
  kem: 'red',
  yeu: 'volcano',
  trung_binh: 'gold',
  kha: 'blue',
  tot: 'green',
};

/** Chất lượng: the learners' survey index (0–10) and its band (domain §6). */
export function QualityTab({ courseId, canManage }: { courseId: number; canManage: boolean }) {
  const { t } = useTranslation();
  const quality = useQuery({
    queryKey: trainingKeys.quality(courseId),
    queryFn: ({ signal }) => trainingApi.quality(courseId, signal),
  });
  if (quality.isError)
    return (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed')}
        description={errorMessage(quality.error, t)}
        action={<Button onClick={() => void quality.refetch()}>{t('common.retry')}</Button>}
      />
    );
  const q = quality.data;
  if (!q) return <Skeleton active paragraph={{ rows: 2 }} />;
  return (
    <Flex vertical gap={12}>
      {q.responses === 0 || q.index === null ? (
        <Empty description={t('training.quality.none')} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={8}>
            <Card size="small">
              <Statistic
                title={t('training.quality.index')}
                value={formatNumber(q.index)}
                suffix="/ 10"
                data-testid="quality-index"
              />
            </Card>
          </Col>
          <Col xs={12} md={8}>
            <Card size="small" style={{ height: '100%' }}>
              <Typography.Text type="secondary">{t('training.quality.band')}</Typography.Text>
              <div style={{ marginTop: 8 }}>
                {q.band ? (
                  <Tag color={BAND_COLORS[q.band]} style={{ fontSize: 16, padding: '4px 12px' }}>
                    {t(`training.band.${q.band}`)}
                  </Tag>
                ) : null}
              </div>
            </Card>
          </Col>
          <Col xs={12} md={8}>
            <Card size="small">
              <Statistic title={t('training.quality.responses')} value={formatNumber(q.responses)} />
            </Card>
          </Col>
        </Row>
      )}
      <Typography.Text type="secondary">{t('training.quality.bands')}</Typography.Text>
      {canManage ? <SurveyForm courseId={courseId} /> : null}
    </Flex>
  );
}
