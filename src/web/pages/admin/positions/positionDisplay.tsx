import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { POSITION_GROUPS, type PositionGroup } from '../../../../core/catalog/enums';
import type { PositionView } from '../../../../core/contracts/positions';
import { foldVietnamese } from '../../../../core/text/fold';

export type PositionLevel = PositionView['level'];
export const POSITION_LEVELS = [
  'commune',
  'district',
  'province',
  'any',
] as const satisfies readonly PositionLevel[];

export function isPositionGroup(v: string | null): v is PositionGroup {
  return v !== null && (POSITION_GROUPS as readonly string[]).includes(v);
}

export function isPositionLevel(v: string | null): v is PositionLevel {
  return v !== null && (POSITION_LEVELS as readonly string[]).includes(v);
}

/** Diacritics- and case-insensitive match on code, name, field and tier ("bi thu" finds "Bí thư"). */
export function matchesSearch(p: PositionView, foldedQuery: string): boolean {
  if (foldedQuery === '') return true;
  const hay = foldVietnamese([p.code, p.name, p.field ?? '', p.managementTier ?? ''].join(' '));
  return foldedQuery.split(' ').every((word) => hay.includes(word));
}

export function PositionStatusTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? (
    <Tag color="green">{t('positions.statusActive')}</Tag>
  ) : (
    <Tag>{t('positions.statusInactive')}</Tag>
  );
}
