import {
  BarChartOutlined,
  FileTextOutlined,
  ScheduleOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasPermission, useSessionUser } from '../../auth/AuthContext';
import { paths } from '../../auth/paths';
import { PageHeader } from '../../components/PageHeader';

function LinkCard({
  icon,
  title,
  detail,
  to,
  primary,
}: {
  icon: ReactNode;
  title: string;
  detail: string;
  to: string;
  primary?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card>
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {icon} {title}
          </Typography.Title>
          <Typography.Text type="secondary">{detail}</Typography.Text>
        </Flex>
        <Link to={to}>
          <Button type={primary ? 'primary' : 'default'}>{t('needs.open')}</Button>
        </Link>
      </Flex>
    </Card>
  );
}

/** Kế hoạch: the landing of the module, one card per page the account may open. */
export default function PlansPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const plansRead = hasPermission(user, 'plans.read');
  return (
    <>
      <PageHeader title={t('needs.plansTitle')}>{t('needs.plansIntro')}</PageHeader>
      <Flex vertical gap={16}>
        {plansRead && (
          <LinkCard
            primary
            icon={<FileTextOutlined />}
            title={t('plans.listTitle')}
            detail={t('plans.listCardDetail')}
            to={paths.plansList}
          />
        )}
        {plansRead && (
          <LinkCard
            icon={<BarChartOutlined />}
            title={t('plans.submissions.title')}
            detail={t('plans.submissionsCardDetail')}
            to={paths.plansSubmissions}
          />
        )}
        {hasPermission(user, 'reports.read') && (
          <LinkCard
            icon={<ScheduleOutlined />}
            title={t('needs.title')}
            detail={t('needs.needsCardDetail')}
            to={paths.plansNeeds}
          />
        )}
        <LinkCard
          icon={<TeamOutlined />}
          title={t('learningPlans.monitoredTitle')}
          detail={t('learningPlans.monitoredCardDetail')}
          to={paths.plansMonitored}
        />
        <LinkCard
          icon={<UserOutlined />}
          title={t('plans.mine.title')}
          detail={t('plans.myPlanCardDetail')}
          to={paths.myPlan}
        />
      </Flex>
    </>
  );
}
