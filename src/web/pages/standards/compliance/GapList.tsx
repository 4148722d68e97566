import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gap } from '../../../api/compliance';
import { formatDate } from '../../../lib/format';
import { closesWithText, inGrace, legalBasisText } from './complianceDisplay';

/**
 * The unmet requirements of a post: what is required, on which legal basis (number and date; the
 * title on hover), what closes it and, inside a grace period, until when it does not count yet.
 */
export function GapList({
  gaps,
  compact,
  extra,
}: {
  gaps: readonly Gap[];
  compact?: boolean;
  /** More under a gap (the person page: open courses that would close it). */
  extra?: (gap: Gap) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={compact ? 6 : 10} component="ul" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
      {gaps.map((g) => {
        const needs = closesWithText(g.closesWith);
        return (
          <li key={g.requirementId} data-testid="gap-item">
            <Flex vertical gap={2}>
              <Typography.Text strong={!compact}>{g.requirement}</Typography.Text>
              <Flex gap={6} wrap align="center">
                {needs ? (
                  <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                    {t('compliance.gap.needs', { what: needs })}
                  </Tag>
                ) : null}
                {inGrace(g) ? (
                  <Tag color="gold" style={{ marginInlineEnd: 0 }}>
                    {t('compliance.gap.graceUntil', { date: formatDate(g.graceUntil) })}
                  </Tag>
                ) : null}
                <Tooltip title={g.legalBasis.title}>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {t('compliance.gap.basis', {
                      basis: legalBasisText(g.legalBasis, t('compliance.gap.dayWord')),
                    })}
                  </Typography.Text>
                </Tooltip>
              </Flex>
              {extra?.(g)}
            </Flex>
          </li>
        );
      })}
    </Flex>
  );
}
