import {
  ArrowRightOutlined,
  BarChartOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../auth/paths';
import { PageHeader } from '../../components/PageHeader';

/** Báo cáo: the reports available, each a card leading to its page. */
export default function ReportsPage() {
  const { t } = useTranslation();
  const reports = [
    {
      key: 'qualifications',
      to: paths.reportQualifications,
      icon: <BarChartOutlined />,
      title: t('reports.qualifications.title'),
      card: t('reports.qualifications.card'),
    },
    {
      key: 'compliance',
      to: paths.standards,
      icon: <SafetyCertificateOutlined />,
      title: t('compliance.title'),
      card: t('compliance.reportCard'),
    },
    {
      key: 'training',
      to: paths.trainingReport,
      icon: <ReadOutlined />,
      title: t('training.reportPage.title'),
      card: t('training.reportPage.card'),
    },
  ];
  return (
    <>
      <PageHeader title={t('reports.title')}>{t('reports.intro')}</PageHeader>
      <Row gutter={[16, 16]}>
        {reports.map((r) => (
          <Col key={r.key} xs={24} md={12} xl={8}>
            <Link to={r.to} style={{ display: 'block', height: '100%' }} data-testid={`report-card-${r.key}`}>
              <Card hoverable style={{ height: '100%' }}>
                <Flex gap={12} align="flex-start">
                  <span style={{ fontSize: 24, color: '#1677ff' }}>{r.icon}</span>
                  <div style={{ minWidth: 0, flex: 1 }}>
                    <Typography.Title level={5} style={{ margin: 0 }}>
                      {r.title}
                    </Typography.Title>
                    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                      {r.card}
                    </Typography.Paragraph>
                  </div>
                  <ArrowRightOutlined style={{ color: '#1677ff' }} />
                </Flex>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
