import { Drawer, Empty, Grid, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionView } from '../../../../core/contracts/positions';
import { formatDate } from '../../../lib/format';
import type { StandardSetDto } from './catalogueApi';
import { type Editing, VersionEditor } from './VersionEditor';

export type { Editing };

/** The editor of the catalogue; it follows the freshly loaded set after a conflict. */
export function VersionDrawer({
  editing,
  sets,
  loading,
  posts,
  canOpenPeople,
  onClose,
  onSaved,
}: {
  editing: Editing | null;
  sets: readonly StandardSetDto[];
  loading: boolean;
  posts: readonly PositionView[];
  canOpenPeople: boolean;
  onClose: () => void;
  onSaved: (saved: StandardSetDto) => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  // Shown above the reloaded form until the drawer closes, so the user knows why values changed.
  const [conflict, setConflict] = useState(false);
  const set = editing && editing.mode !== 'createSet' ? sets.find((s) => s.code === editing.code) : undefined;
  const version =
    editing?.mode === 'editVersion' ? set?.versions.find((v) => v.id === editing.versionId) : undefined;
  const missing =
    editing !== null &&
    editing.mode !== 'createSet' &&
    (!set || (editing.mode === 'editVersion' && !version));

  const title =
    !editing || editing.mode === 'createSet'
      ? t('standardsCatalogue.createSetTitle')
      : editing.mode === 'addVersion'
        ? t('standardsCatalogue.addVersionTitle', { name: set?.name ?? editing.code })
        : t('standardsCatalogue.editVersionTitle', {
            name: set?.name ?? editing.code,
            date: formatDate(version?.validFrom),
          });
  const key =
    editing?.mode === 'editVersion'
      ? `${editing.code}-${editing.versionId}-${version?.rowVersion ?? 0}`
      : editing?.mode === 'addVersion'
        ? `add-${editing.code}`
        : 'create';

  return (
    <Drawer
      open={editing !== null}
      onClose={onClose}
      title={title}
      size={screens.lg ? 820 : '100%'}
      destroyOnHidden
      maskClosable={false}
      afterOpenChange={(o) => {
        if (!o) setConflict(false);
      }}
    >
      {missing ? (
        loading ? (
          <Skeleton active />
        ) : (
          <Empty description={t('standardsCatalogue.notFound')} />
        )
      ) : editing ? (
        <VersionEditor
          key={key}
          mode={editing.mode}
          set={set}
          version={version}
          posts={posts}
          canOpenPeople={canOpenPeople}
          onSaved={(saved) => {
            onSaved(saved);
            onClose();
          }}
          onCancel={onClose}
          conflict={conflict}
          onConflict={() => setConflict(true)}
        />
      ) : null}
    </Drawer>
  );
}
