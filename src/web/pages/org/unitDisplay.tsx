import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { UNIT_KIND_LABELS } from '../../../core/catalog/enums';
import type { TreeNode } from '../../../core/contracts/org';

export function KindTag({ kind }: { kind: TreeNode['kind'] }) {
  return (
    <Tag style={{ marginInlineEnd: 0 }} color={kind === 'province' ? 'red' : 'default'}>
      {UNIT_KIND_LABELS[kind]}
    </Tag>
  );
}

/** Area class (khu vực I/II/III) and difficult-area badges. */
export function UnitBadges({ node }: { node: Pick<TreeNode, 'areaClass' | 'difficultArea'> }) {
  const { t } = useTranslation();
  return (
    <>
      {node.areaClass ? (
        <Tooltip title={t('org.areaClassHelp')}>
          <Tag color="gold" style={{ marginInlineEnd: 0 }}>
            {t('org.areaClassShort', { c: node.areaClass })}
          </Tag>
        </Tooltip>
      ) : null}
      {node.difficultArea ? (
        <Tooltip title={t('org.difficultArea')}>
          <Tag color="volcano" style={{ marginInlineEnd: 0 }}>
            {t('org.difficultAreaShort')}
          </Tag>
        </Tooltip>
      ) : null}
    </>
  );
}
