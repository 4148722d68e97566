import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from './plansApi';

export const PLAN_STATUS_COLORS: Record<PlanStatus | 'none', string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  returned: 'warning',
  none: 'error',
};

/** Dự thảo / Đã trình / Đã phê duyệt / Bị trả lại (or "Chưa lập" when a unit has no plan). */
export function PlanStatusTag({ status }: { status: PlanStatus | 'none' }) {
  const { t } = useTranslation();
  return <Tag color={PLAN_STATUS_COLORS[status]}>{t(`plans.statuses.${status}`)}</Tag>;
}

/** "Năm 2027" or "Giai đoạn 2026–2030". */
export function planYears(t: TFunction, p: { fromYear: number; toYear: number }): string {
  return p.fromYear === p.toYear
    ? t('plans.page.yearsAnnual', { year: p.fromYear })
    : t('plans.page.yearsPeriod', { from: p.fromYear, to: p.toYear });
}
