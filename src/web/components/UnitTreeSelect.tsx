import { TreeSelect } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitOption } from '../../core/contracts/org';
import { foldText } from '../lib/format';
import { useUnitTreeData } from './unitOptions';

const filterTreeNode = (input: string, node: unknown) => {
  const s = (node as { search?: string }).search ?? '';
  return s.includes(foldText(input));
};

/**
 * The unit picker of ui.md: a tree with search that ignores diacritics. The whole tree is loaded
 * once; while the user types, the server is also asked, so units beyond what was loaded are found.
 */
export function UnitTreeSelect({
  value,
  onChange,
  known = [],
  id,
  onBlur,
  disabled,
}: {
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Units already attached to the record, so their names show before the tree loads. */
  known?: readonly { code: string; name: string }[];
  id?: string;
  onBlur?: () => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { treeData, loading } = useUnitTreeData(search, known);

  return (
    <TreeSelect
      id={id}
      multiple
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode }}
      allowClear
      disabled={disabled}
      value={value}
      onChange={(v: string[]) => onChange?.(v)}
      onBlur={onBlur}
      treeData={treeData}
      treeDefaultExpandedKeys={treeData.map((n) => n.value)}
      placeholder={t('users.scopePlaceholder')}
      loading={loading}
      notFoundContent={t('unitPicker.empty')}
      style={{ width: '100%' }}
      popupMatchSelectWidth
      maxTagCount="responsive"
      styles={{ popup: { root: { maxHeight: 400, overflow: 'auto' } } }}
    />
  );
}

/** One unit, picked from the tree with diacritics-insensitive search. */
export function UnitSelect({
  value,
  onChange,
  known = [],
  id,
  onBlur,
  disabled,
  placeholder,
  allowClear = true,
  filter,
  style,
  'aria-label': ariaLabel,
}: {
  value?: string | null;
  onChange?: (value: string | null, unit: UnitOption | undefined) => void;
  known?: readonly { code: string; name: string }[];
  id?: string;
  onBlur?: () => void;
  disabled?: boolean;
  placeholder?: string;
  allowClear?: boolean;
  /** Only these units are offered (e.g. not the ones being merged). */
  filter?: (u: UnitOption) => boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { treeData, loading, units } = useUnitTreeData(search, known, filter);

  return (
    <TreeSelect
      id={id}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode }}
      allowClear={allowClear}
      disabled={disabled}
      value={value ?? undefined}
      onChange={(v: string | undefined) => {
        const code = v ?? null;
        onChange?.(
          code,
          units?.find((u) => u.code === code),
        );
      }}
      onBlur={onBlur}
      treeData={treeData}
      treeDefaultExpandedKeys={treeData.map((n) => n.value)}
      placeholder={placeholder ?? t('unitPicker.placeholder')}
      loading={loading}
      notFoundContent={t('unitPicker.empty')}
      style={{ width: '100%', ...style }}
      popupMatchSelectWidth={false}
      aria-label={ariaLabel}
      styles={{ popup: { root: { maxHeight: 420, overflow: 'auto', minWidth: 320 } } }}
    />
  );
}
