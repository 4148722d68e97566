import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Flex, Modal, Select, Spin, Typography } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PeopleParams } from '../../api/endpoints';
import { errorMessage } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { nominatePath } from './nominateLink';
import { trainingApi, trainingKeys } from './trainingApi';

/**
 * "Cử đi học" on the people list: choose a course open for nomination to the list's unit, then go
 * to its Học viên tab where the nomination drawer opens on the filtered list (`cu`).
 */
export function NominateFromPeopleModal({
  filters,
  total,
  unitName,
  onClose,
}: {
  /** The people list's filters as in its URL. */
  filters: PeopleParams;
  /** How many people the list holds now (null while loading). */
  total: number | null;
  unitName: string | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [picked, setPicked] = useState<{ value: number; label: string } | null>(null);
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const query = { status: 'open' as const, openTo: filters.unit, q: q || undefined, page: 1, pageSize: 50 };
  const courses = useQuery({
    queryKey: trainingKeys.courses({ ...query }),
    queryFn: ({ signal }) => trainingApi.courses(query, signal),
  });
  const items = courses.data?.items ?? [];
  const none = !courses.isFetching && !courses.isError && items.length === 0 && !q;

  return (
    <Modal
      open
      title={t('training.peopleNominate.title')}
      okText={t('training.peopleNominate.next')}
      okButtonProps={{ disabled: picked === null }}
      cancelText={t('common.cancel')}
      onOk={() => {
        if (picked) navigate(nominatePath(picked.value, filters));
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('training.peopleNominate.help')}</Typography.Text>
        {total !== null ? (
          <Typography.Text>
            {t('training.peopleNominate.listCount', { n: formatNumber(total) })}
            {unitName ? ` — ${unitName}` : null}
          </Typography.Text>
        ) : null}
        {filters.unit ? null : <Alert type="info" showIcon title={t('training.peopleNominate.noUnit')} />}
        {courses.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('common.loadFailed')}
            description={errorMessage(courses.error, t)}
          />
        ) : none ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.peopleNominate.noCourses')} />
        ) : (
          <Flex vertical gap={4}>
            <Typography.Text>{t('training.peopleNominate.course')}</Typography.Text>
            <Select<{ value: number; label: string }>
              size="large"
              labelInValue
              value={picked ?? undefined}
              onChange={(v) => setPicked(v ?? null)}
              placeholder={t('training.peopleNominate.coursePlaceholder')}
              aria-label={t('training.peopleNominate.course')}
              showSearch={{ searchValue: search, onSearch: setSearch, filterOption: false }}
              notFoundContent={
                courses.isFetching ? <Spin size="small" /> : t('training.peopleNominate.noCourses')
              }
              options={items.map((c) => ({
                value: c.id,
                label: `${c.name} (${c.code}) — ${t('training.peopleNominate.period', {
                  from: formatDate(c.startDate),
                  to: formatDate(c.endDate),
                })}`,
              }))}
              style={{ width: '100%' }}
              data-testid="people-nominate-course"
            />
          </Flex>
        )}
      </Flex>
    </Modal>
  );
}
