import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplianceStatusKey } from '../../../../core/contracts/standards';
import { STATUS_COLORS, STATUS_HEX } from './complianceDisplay';

/** Đạt chuẩn (green), Đang hoàn thiện (gold), Chưa đạt chuẩn (red); null: holds no post with a standard. */
export function StatusTag({ status }: { status: ComplianceStatusKey | null }) {
  const { t } = useTranslation();
  if (status === null)
    return (
      <Tag color="default" style={{ marginInlineEnd: 0 }} data-testid="compliance-status">
        {t('compliance.status.none')}
      </Tag>
    );
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="compliance-status">
      {t(`compliance.status.${status}`)}
    </Tag>
  );
}

export function StatusDot({ status }: { status: ComplianceStatusKey }) {
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-block',
        width: 8,
        height: 8,
        borderRadius: 4,
        background: STATUS_HEX[status],
        marginInlineEnd: 6,
        verticalAlign: 'middle',
      }}
    />
  );
}
