import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Result, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { GENDER_LABELS, PERSON_CATEGORY_LABELS, PERSON_STATUS_LABELS } from '../../../../core/catalog/enums';
import { isApiError } from '../../../api/client';
import { api } from '../../../api/endpoints';
import { hasPermission, useSessionUser } from '../../../auth/AuthContext';
import { paths, personPrintPath } from '../../../auth/paths';
import { PageHeader } from '../../../components/PageHeader';
import { errorMessage } from '../../../lib/errors';
import { formatDate, formatNumber } from '../../../lib/format';
import { ageOn } from '../../../lib/records';
import { useUrlState } from '../../../lib/urlState';
import { LearningPlanTab } from '../../learning-plans/LearningPlanTab';
import { PersonTrainingTab, usePersonTraining } from '../../training/PersonTrainingTab';
import { AssignmentsTab } from './AssignmentsTab';
import { EvaluationsTab } from './EvaluationsTab';
import { GapCard } from './GapCard';
import { ProfileTab } from './ProfileTab';
import { QualificationsTab } from './QualificationsTab';
import { RewardsTab } from './RewardsTab';
import { personKey } from './usePersonMutation';

const TABS = [
  'ly-lich',
  'cong-tac',
  'trinh-do',
  'dao-tao',
  'ke-hoach-hoc-tap',
  'danh-gia',
  'khen-thuong',
] as const;
type TabKey = (typeof TABS)[number];

/** "Đào tạo, bồi dưỡng (n)": the count once the history is loaded. */
function TrainingTabLabel({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const training = usePersonTraining(personId);
  const n = training.data ? training.data.enrolments.length + training.data.activities.length : null;
  return <>{n === null ? t('training.person.tabPlain') : t('training.person.tab', { n })}</>;
}

export default function PersonPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const canWrite = hasPermission(user, 'people.write');
  const navigate = useNavigate();
  const location = useLocation();
  const { id: idParam } = useParams();
  const id = Number(idParam);
  const valid = Number.isInteger(id) && id > 0;
  const [params, update] = useUrlState();
  const tabParam = params.get('tab');
  const tab: TabKey = (TABS as readonly string[]).includes(tabParam ?? '') ? (tabParam as TabKey) : 'ly-lich';

  const record = useQuery({
    queryKey: personKey(id),
    queryFn: ({ signal }) => api.people.get(id, signal),
    enabled: valid,
  });

  if (!valid || (record.isError && isApiError(record.error) && record.error.status === 404)) {
    return (
      <Card>
        <Result
          status="404"
          title={t('person.notFound')}
          subTitle={t('person.notFoundDetail')}
          extra={
            <Button type="primary" onClick={() => navigate(paths.people)}>
              {t('person.backToList')}
            </Button>
          }
        />
      </Card>
    );
  }
  if (record.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed')}
        description={errorMessage(record.error, t)}
        action={<Button onClick={() => void record.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!record.data) {
    return (
      <Card>
        <Skeleton active avatar paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  const p = record.data;

  return (
    <>
      <PageHeader
        title={p.fullName}
        extra={
          <>
            <Button
              icon={<ArrowLeftOutlined />}
              // Opened directly (a bookmark, a new tab): "back" is the list.
              onClick={() => (location.key === 'default' ? navigate(paths.people) : navigate(-1))}
            >
              {t('person.back')}
            </Button>
            <Button icon={<PrinterOutlined />} href={personPrintPath(p.id)} target="_blank" rel="noopener">
              {t('person.print')}
            </Button>
          </>
        }
      />
      <Card styles={{ body: { padding: '12px 20px' } }} style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap align="center">
          <Typography.Text>
            {t('person.headline', {
              birthDate: formatDate(p.birthDate),
              age: formatNumber(ageOn(p.birthDate)),
              gender: GENDER_LABELS[p.gender],
            })}
          </Typography.Text>
          <Typography.Text type="secondary">·</Typography.Text>
          <Typography.Text strong>
            {p.position && p.unit
              ? t('person.currentPost', { position: p.position.name, unit: p.unit.name })
              : (p.unit?.name ?? t('person.noCurrentPost'))}
          </Typography.Text>
          <span style={{ flex: 1 }} />
          <Tag color={p.status === 'active' ? 'green' : 'default'}>{PERSON_STATUS_LABELS[p.status]}</Tag>
          <Tag>{PERSON_CATEGORY_LABELS[p.category]}</Tag>
          {p.keyCadre ? <Tag color="red">{t('people.keyCadreTag')}</Tag> : null}
          {p.partyJoinDate ? <Tag color="volcano">{t('person.partyMemberTag')}</Tag> : null}
        </Flex>
      </Card>
      <GapCard personId={p.id} />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(k) => update({ tab: k === 'ly-lich' ? null : k }, { keepPage: true })}
          items={[
            {
              key: 'ly-lich',
              label: t('person.tabs.profile'),
              children: <ProfileTab person={p} canWrite={canWrite} />,
            },
            {
              key: 'cong-tac',
              label: t('person.tabs.assignments', { n: p.assignments.length }),
              children: <AssignmentsTab person={p} canWrite={canWrite} />,
            },
            {
              key: 'trinh-do',
              label: t('person.tabs.qualifications', { n: p.qualifications.length }),
              children: <QualificationsTab person={p} canWrite={canWrite} />,
            },
            {
              key: 'dao-tao',
              label: <TrainingTabLabel personId={p.id} />,
              children: <PersonTrainingTab personId={p.id} />,
            },
            {
              key: 'ke-hoach-hoc-tap',
              label: t('learningPlans.tab'),
              children: <LearningPlanTab personId={p.id} />,
            },
            {
              key: 'danh-gia',
              label: t('person.tabs.evaluations', { n: p.evaluations.length }),
              children: <EvaluationsTab person={p} canWrite={canWrite} />,
            },
            {
              key: 'khen-thuong',
              label: t('person.tabs.rewards', { n: p.rewards.length }),
              children: <RewardsTab person={p} canWrite={canWrite} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
