import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/endpoints';

/**
 * The person record a self-service account acts for, found by name or CCCD through
 * GET /api/people?q= (the officer's scope). `known` labels the current link before any search.
 */
export function LinkedPersonPicker({
  value,
  onChange,
  known,
  id,
}: {
  value?: number | null;
  onChange?: (value: number | null) => void;
  known?: { id: number; fullName: string } | null;
  id?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const people = useQuery({
    queryKey: ['people', 'picker', q],
    queryFn: ({ signal }) => api.people.list({ q, status: 'active', page: 1, pageSize: 20 }, signal),
    enabled: q.length >= 2,
    staleTime: 30_000,
  });
  const [picked, setPicked] = useState<{ value: number; label: string } | null>(
    known ? { value: known.id, label: known.fullName } : null,
  );
  const options = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: p.unit ? `${p.fullName} — ${p.unit.name}` : p.fullName,
  }));
  if (picked && value === picked.value && !options.some((o) => o.value === picked.value))
    options.unshift(picked);

  return (
    <Select<number>
      id={id}
      allowClear
      showSearch={{ filterOption: false, searchValue: search, onSearch: setSearch }}
      value={value ?? undefined}
      onChange={(v, option) => {
        const o = Array.isArray(option) ? undefined : option;
        setPicked(v !== undefined && o ? { value: v, label: String(o.label) } : null);
        onChange?.(v ?? null);
      }}
      options={options}
      loading={people.isFetching}
      placeholder={t('users.personPlaceholder')}
      notFoundContent={q.length >= 2 ? t('users.personNone') : t('users.personType')}
      style={{ width: '100%' }}
    />
  );
}
