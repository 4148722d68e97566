import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS } from './courseRules';
import type { CourseStatus, EnrolmentStatus, Result } from './trainingApi';

export function CourseStatusTag({ status }: { status: CourseStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`training.status.${status}`)}
    </Tag>
  );
}

const ENROLMENT_COLORS: Record<EnrolmentStatus, string> = {
  pending: 'gold',
  enrolled: 'blue',
  waitlisted: 'orange',
  withdrawn: 'default',
  refused: 'default',
  completed: 'green',
  failed: 'red',
};

export function EnrolmentStatusTag({ status }: { status: EnrolmentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={ENROLMENT_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`training.enrolmentStatus.${status}`)}
    </Tag>
  );
}

export function ResultTag({ result }: { result: Result | null }) {
  const { t } = useTranslation();
  if (!result) return null;
  return (
    <Tag color={result === 'khong_dat' ? 'red' : 'green'} style={{ marginInlineEnd: 0 }}>
      {t(`training.result.${result}`)}
    </Tag>
  );
}
