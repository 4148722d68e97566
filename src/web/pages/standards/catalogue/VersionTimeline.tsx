import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StandardSetDto, StandardVersionDto } from './catalogueApi';
import { versionState, versionsNewestFirst } from './standardDisplay';
import {
  AppliesToText,
  LegalBasisText,
  RequirementList,
  ValidityText,
  VersionStateTag,
} from './versionParts';

const STATE_COLORS = { inForce: 'green', upcoming: 'blue', past: 'gray' } as const;

function Line({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Flex gap={8} style={{ marginTop: 4 }}>
      <Typography.Text type="secondary" style={{ flex: '0 0 120px' }}>
        {label}
      </Typography.Text>
      <div style={{ minWidth: 0, flex: 1 }}>{children}</div>
    </Flex>
  );
}

function VersionItem({
  version,
  today,
  nameOf,
  onEdit,
}: {
  version: StandardVersionDto;
  today: string;
  nameOf: ReadonlyMap<string, string>;
  onEdit: (() => void) | null;
}) {
  const { t } = useTranslation();
  return (
    <div style={{ maxWidth: 960 }}>
      <Flex align="center" gap={8} wrap>
        <Typography.Text strong>
          <ValidityText version={version} />
        </Typography.Text>
        <VersionStateTag state={versionState(version, today)} />
        {onEdit ? (
          <Button size="small" type="link" icon={<EditOutlined />} onClick={onEdit}>
            {t('standardsCatalogue.editVersion')}
          </Button>
        ) : null}
      </Flex>
      <Line label={t('standardsCatalogue.col.legalBasis')}>
        <LegalBasisText basis={version.legalBasis} withTitle />
      </Line>
      <Line label={t('standardsCatalogue.col.appliesTo')}>
        <AppliesToText appliesTo={version.appliesTo} nameOf={nameOf} />
      </Line>
      <Line label={t('standardsCatalogue.col.requirements')}>
        <RequirementList texts={version.requirementTexts} />
      </Line>
      {version.note ? (
        <Line label={t('standardsCatalogue.note')}>
          <Typography.Text style={{ whiteSpace: 'pre-line' }}>{version.note}</Typography.Text>
        </Line>
      ) : null}
    </div>
  );
}

/** A set's versions, newest first: what starts next, the one in force, then the history. */
export function VersionTimeline({
  set,
  today,
  nameOf,
  onEdit,
  onAdd,
}: {
  set: StandardSetDto;
  today: string;
  nameOf: ReadonlyMap<string, string>;
  /** Null for read-only users. */
  onEdit: ((version: StandardVersionDto) => void) | null;
  onAdd: (() => void) | null;
}) {
  const { t } = useTranslation();
  const versions = versionsNewestFirst(set);
  return (
    <div style={{ padding: '8px 8px 0' }}>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
        <Typography.Text strong>
          {t('standardsCatalogue.versionsOf', { name: set.name, n: versions.length })}
        </Typography.Text>
        {onAdd ? (
          <Button size="small" icon={<PlusOutlined />} onClick={onAdd}>
            {t('standardsCatalogue.addVersion')}
          </Button>
        ) : null}
      </Flex>
      <Timeline
        items={versions.map((v) => ({
          key: v.id,
          color: STATE_COLORS[versionState(v, today)],
          content: (
            <VersionItem version={v} today={today} nameOf={nameOf} onEdit={onEdit ? () => onEdit(v) : null} />
          ),
        }))}
      />
    </div>
  );
}
