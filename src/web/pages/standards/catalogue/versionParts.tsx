/** Small pieces both the list and the timeline show for a version. */
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  POSITION_GROUP_LABELS,
  type PositionGroup,
  UNIT_KIND_LABELS,
  type UnitKind,
} from '../../../../core/catalog/enums';
import type { LegalBasis } from '../../../../core/standards/types';
import { formatDate } from '../../../lib/format';
import type { StandardVersionDto } from './catalogueApi';
import { postNames, type VersionState, validityWindow } from './standardDisplay';

export function VersionStateTag({ state }: { state: VersionState }) {
  const { t } = useTranslation();
  if (state === 'inForce')
    return (
      <Tag color="green" style={{ marginInlineEnd: 0 }}>
        {t('standardsCatalogue.state.inForce')}
      </Tag>
    );
  if (state === 'upcoming')
    return (
      <Tag color="blue" style={{ marginInlineEnd: 0 }}>
        {t('standardsCatalogue.state.upcoming')}
      </Tag>
    );
  return <Tag style={{ marginInlineEnd: 0 }}>{t('standardsCatalogue.state.past')}</Tag>;
}

/** "Quyết định 89-QĐ/TW, ngày 04/08/2017" — the document number first, as officers cite it. */
export function LegalBasisText({
  basis,
  withTitle,
  dateBelow,
}: {
  basis: LegalBasis;
  withTitle?: boolean;
  /** The date on a line of its own (narrow table cells). */
  dateBelow?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <span>
      <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
        {basis.number}
      </Typography.Text>
      {basis.date ? (
        <Typography.Text
          type="secondary"
          style={{ whiteSpace: 'nowrap', display: dateBelow ? 'block' : undefined }}
        >
          {dateBelow ? '' : ' '}
          {t('standardsCatalogue.legalDate', { date: formatDate(basis.date) })}
        </Typography.Text>
      ) : null}
      {withTitle && basis.title ? <span> — {basis.title}</span> : null}
    </span>
  );
}

/** "Từ 01/07/2025", then "đến 31/12/2030" when the version has an end (wraps between the two). */
export function ValidityText({ version }: { version: Pick<StandardVersionDto, 'validFrom' | 'validTo'> }) {
  const { t } = useTranslation();
  const w = validityWindow(version);
  return (
    <span>
      <span style={{ whiteSpace: 'nowrap' }}>
        {t('standardsCatalogue.from', { date: formatDate(w.from) })}
      </span>
      {w.lastDay ? (
        <>
          {' '}
          <span style={{ whiteSpace: 'nowrap' }}>
            {t('standardsCatalogue.until', { date: formatDate(w.lastDay) })}
          </span>
        </>
      ) : null}
    </span>
  );
}

/** Posts (by name), then post groups, unit kinds and area classes when the version narrows to them. */
export function AppliesToText({
  appliesTo,
  nameOf,
  limit,
}: {
  appliesTo: StandardVersionDto['appliesTo'];
  nameOf: ReadonlyMap<string, string>;
  /** Show at most this many posts, then "và N chức vụ khác". */
  limit?: number;
}) {
  const { t } = useTranslation();
  const names = postNames(appliesTo.positions, nameOf);
  const shown = limit && names.length > limit ? names.slice(0, limit) : names;
  const more = names.length - shown.length;
  const groups = (appliesTo.groups ?? []).map((g) => POSITION_GROUP_LABELS[g as PositionGroup] ?? g);
  const kinds = (appliesTo.unitKinds ?? []).map((k) => UNIT_KIND_LABELS[k as UnitKind] ?? k);
  const areas = appliesTo.areaClasses ?? [];
  return (
    <div>
      {shown.length > 0 ? (
        <div>
          {shown.join('; ')}
          {more > 0 ? (
            <Typography.Text type="secondary">
              {' '}
              {t('standardsCatalogue.morePosts', { n: more })}
            </Typography.Text>
          ) : null}
        </div>
      ) : null}
      {groups.length > 0 ? (
        <div>
          <Typography.Text type="secondary">{t('standardsCatalogue.groupsLine')} </Typography.Text>
          {groups.join(', ')}
        </div>
      ) : null}
      {kinds.length > 0 ? (
        <div>
          <Typography.Text type="secondary">{t('standardsCatalogue.unitKindsLine')} </Typography.Text>
          {kinds.join(', ')}
        </div>
      ) : null}
      {areas.length > 0 ? (
        <div>
          <Typography.Text type="secondary">{t('standardsCatalogue.areasLine')} </Typography.Text>
          {areas.join(', ')}
        </div>
      ) : null}
    </div>
  );
}

/** The requirement sentences the server wrote, one per line. */
export function RequirementList({ texts }: { texts: readonly string[] }) {
  if (texts.length === 0) return null;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {texts.map((text, i) => (
        // Sentences may repeat (two any-of groups alike): the index keeps keys unique.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is static per version
        <li key={i}>{text}</li>
      ))}
    </ul>
  );
}
