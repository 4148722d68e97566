import { ArrowRightOutlined, ReadOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Avatar, Card, Col, Descriptions, Flex, Row, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROLE_LABELS } from '../../../core/roles';
import { complianceApi } from '../../api/compliance';
import { api } from '../../api/endpoints';
import { hasPermission, useSessionUser } from '../../auth/AuthContext';
import { paths } from '../../auth/paths';
import { ADMIN_ICON, MODULES, type ModuleKey, visibleModules } from '../../components/modules';
import { PageHeader } from '../../components/PageHeader';
import { useLang } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { formatPercent, todayVn } from '../../lib/records';
import { atLeast } from '../../lib/reports';
import { formatRate } from '../standards/compliance/complianceDisplay';

function ScopeText() {
  const { t } = useTranslation();
  const user = useSessionUser();
  if (user.role === 'admin') return <>{t('dashboard.scopeAll')}</>;
  if (user.scope.length === 0)
    return <Typography.Text type="secondary">{t('dashboard.scopeNone')}</Typography.Text>;
  return (
    <Flex gap={4} wrap>
      {user.scope.map((u) => (
        <Tag key={u.code}>{u.name}</Tag>
      ))}
    </Flex>
  );
}

interface Figure {
  title: string;
  value: string | null;
  loading: boolean;
  to: string;
}

function ModuleCard({
  icon,
  title,
  description,
  to,
  figure,
  planned,
  testId,
}: {
  icon: ReactNode;
  title: string;
  description: string;
  to: string;
  figure?: Figure | undefined;
  planned?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Link to={figure?.to ?? to} style={{ display: 'block', height: '100%' }} data-testid={testId}>
      <Card hoverable style={{ height: '100%' }}>
        <Flex gap={12} align="flex-start">
          <span style={{ fontSize: 24, color: planned ? '#bfbfbf' : '#1677ff' }}>{icon}</span>
          <div style={{ minWidth: 0, flex: 1 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px' }}>
              {description}
            </Typography.Paragraph>
            {planned ? (
              <Tag color="default">{t('modules.underConstruction')}</Tag>
            ) : figure ? (
              <Flex align="flex-end" justify="space-between" gap={8}>
                <Statistic title={figure.title} value={figure.value ?? '—'} loading={figure.loading} />
                <ArrowRightOutlined style={{ color: '#1677ff' }} />
              </Flex>
            ) : null}
          </div>
        </Flex>
      </Card>
    </Link>
  );
}

export default function DashboardPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const user = useSessionUser();
  const today = todayVn();
  const canReadUsers = hasPermission(user, 'users.read');
  const canOrg = hasPermission(user, 'org.read');
  const canPeople = hasPermission(user, 'people.read');
  const canReports = hasPermission(user, 'reports.read');
  const reportUnit = user.role === 'admin' ? undefined : user.scope[0]?.code;
  // Self-service: an account acting for a person record registers for courses itself.
  const selfService = user.personId !== null || user.role === 'cadre';

  const users = useQuery({
    queryKey: ['users', 'count'],
    queryFn: ({ signal }) => api.users.list({ page: 1, pageSize: 1 }, signal),
    enabled: canReadUsers,
  });
  const tree = useQuery({
    queryKey: ['org', 'tree', 'state', today],
    queryFn: ({ signal }) => api.org.tree({ asOf: today, tree: 'state' }, signal),
    enabled: canOrg,
  });
  const people = useQuery({
    queryKey: ['people', 'count', 'active'],
    queryFn: ({ signal }) => api.people.list({ status: 'active', page: 1, pageSize: 1 }, signal),
    enabled: canPeople,
  });
  const report = useQuery({
    queryKey: ['reports', 'qualifications', reportUnit ?? null, today],
    queryFn: ({ signal }) => api.reports.qualifications({ unit: reportUnit, asOf: today }, signal),
    enabled: canReports && (user.role === 'admin' || reportUnit !== undefined),
  });
  const compliance = useQuery({
    queryKey: ['reports', 'compliance', 'summary', { unit: reportUnit }],
    queryFn: ({ signal }) => complianceApi.report({ unit: reportUnit }, signal),
    enabled: canReports && (user.role === 'admin' || reportUnit !== undefined),
  });

  const figures: Partial<Record<ModuleKey, Figure>> = {
    org: {
      title: t('dashboard.unitsCount'),
      value: tree.data ? formatNumber(tree.data.length) : null,
      loading: tree.isLoading,
      to: paths.org,
    },
    people: {
      title: t('dashboard.peopleCount'),
      value: people.data ? formatNumber(people.data.total) : null,
      loading: people.isLoading,
      to: `${paths.people}?status=active`,
    },
    standards: {
      title: t('compliance.dashboardRate'),
      value: compliance.data?.total ? formatRate(compliance.data.rate) : null,
      loading: compliance.isLoading,
      to: paths.standards,
    },
    reports: {
      title: t('dashboard.universityShare'),
      value: report.data
        ? formatPercent(atLeast(report.data, 'professional', 'dai_hoc'), report.data.total)
        : null,
      loading: report.isLoading,
      to: paths.reportQualifications,
    },
  };
  const shown = visibleModules(user);

  return (
    <>
      <PageHeader title={t('nav.dashboard')} />
      <Card style={{ marginBottom: 24 }}>
        <Flex gap={20} align="flex-start" wrap>
          <Avatar size={64} icon={<UserOutlined />} style={{ background: '#1677ff', flex: 'none' }} />
          <div style={{ flex: 1, minWidth: 260 }}>
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {t('dashboard.greeting', { name: user.displayName })}
            </Typography.Title>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'role', label: t('dashboard.role'), children: ROLE_LABELS[user.role][lang] },
                { key: 'scope', label: t('dashboard.scope'), children: <ScopeText /> },
              ]}
            />
          </div>
        </Flex>
      </Card>

      <Typography.Title level={4}>{t('dashboard.modulesTitle')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {MODULES.filter((m) => shown.includes(m)).map((m) => (
          <Col key={m.key} xs={24} md={12} xl={8} xxl={6}>
            <ModuleCard
              icon={m.icon}
              title={t(`nav.${m.key}`)}
              description={t(`modules.${m.key}`)}
              to={m.path}
              figure={m.built ? figures[m.key] : undefined}
              planned={!m.built}
              testId={`dashboard-${m.key}`}
            />
          </Col>
        ))}
        {selfService ? (
          <Col xs={24} md={12} xl={8} xxl={6}>
            <ModuleCard
              icon={<ReadOutlined />}
              title={t('training.self.title')}
              description={t('training.self.dashboard')}
              to={paths.trainingMine}
              testId="dashboard-my-courses"
            />
          </Col>
        ) : null}
        {canReadUsers ? (
          <Col xs={24} md={12} xl={8} xxl={6}>
            <ModuleCard
              icon={ADMIN_ICON}
              title={t('nav.admin')}
              description={t('modules.admin')}
              to={paths.users}
              figure={{
                title: t('dashboard.usersCount'),
                value: users.data ? formatNumber(users.data.total) : null,
                loading: users.isLoading,
                to: paths.users,
              }}
            />
          </Col>
        ) : null}
      </Row>
    </>
  );
}
