import { ReadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { coursePath } from '../../auth/paths';
import { formatDate } from '../../lib/format';
import { trainingApi, trainingKeys } from './trainingApi';

/**
 * Under a gap of the person page: the courses open to the post's unit whose programme would close
 * it ("Lớp đang mở: … (dd/MM/yyyy)"). Nothing is shown when none is open.
 */
export function OpenCourseLinks({
  dimension,
  level,
  unitCode,
}: {
  dimension: string;
  level: string;
  unitCode: string;
}) {
  const { t } = useTranslation();
  const open = useQuery({
    queryKey: trainingKeys.openCourses(dimension, level, unitCode),
    queryFn: ({ signal }) => trainingApi.openCourses({ dimension, level, unitCode }, signal),
    staleTime: 60_000,
  });
  const courses = open.data ?? [];
  if (courses.length === 0) return null;
  return (
    <Flex vertical gap={2} data-testid="gap-open-courses">
      {courses.slice(0, 3).map((c) => (
        <Link key={c.id} to={coursePath(c.id)} style={{ fontSize: 13 }}>
          <ReadOutlined style={{ marginInlineEnd: 6 }} />
          {t('training.gap.openCourse', { name: c.name, date: formatDate(c.startDate) })}
        </Link>
      ))}
    </Flex>
  );
}
