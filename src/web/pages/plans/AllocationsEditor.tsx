import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '../../components/UnitTreeSelect';
import { useAllUnits } from '../../components/unitOptions';
import { formatNumber } from '../../lib/format';
import { CellError, NumberCell } from './cells';
import { type DraftAllocation, type DraftTarget, newKey } from './planDraft';

/** Codes of the units below `root` (not `root` itself). */
function descendantsOf(
  root: string,
  units: readonly { code: string; parentCode: string | null }[],
): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units)
    if (u.parentCode) children.set(u.parentCode, [...(children.get(u.parentCode) ?? []), u.code]);
  const out = new Set<string>();
  const stack = [...(children.get(root) ?? [])];
  while (stack.length) {
    const c = stack.pop() as string;
    if (out.has(c)) continue;
    out.add(c);
    stack.push(...(children.get(c) ?? []));
  }
  return out;
}

/** "Giao cho đơn vị cấp dưới": a target's persons (and person-times) split among sub-units. */
export function AllocationsEditor({
  target,
  index,
  planUnit,
  editable,
  cells,
  onChange,
}: {
  target: DraftTarget;
  index: number;
  planUnit: string;
  editable: boolean;
  cells: ReadonlyMap<string, string[]>;
  onChange: (allocations: DraftAllocation[]) => void;
}) {
  const { t } = useTranslation();
  const units = useAllUnits();
  const below = useMemo(
    () => (units.data ? descendantsOf(planUnit, units.data) : null),
    [units.data, planUnit],
  );
  const programme = target.kind === 'programme';
  const at = (i: number, f: string) => cells.get(`targets.${index}.allocations.${i}.${f}`);
  const set = (i: number, patch: Partial<DraftAllocation>) =>
    onChange(target.allocations.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  return (
    <Flex vertical gap={8} style={{ padding: '4px 0 4px 24px', maxWidth: 820 }}>
      <Typography.Text strong>{t('plans.edit.allocations')}</Typography.Text>
      <CellError errors={cells.get(`targets.${index}.allocations`)} />
      <Table<DraftAllocation>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={target.allocations}
        locale={{ emptyText: t('plans.edit.noAllocations') }}
        columns={[
          {
            title: t('plans.edit.allocUnit'),
            key: 'unit',
            render: (_v, a, i) =>
              editable ? (
                <>
                  <UnitSelect
                    value={a.unit}
                    known={a.unit && a.unitName ? [{ code: a.unit, name: a.unitName }] : []}
                    filter={below ? (u) => below.has(u.code) : undefined}
                    onChange={(code, u) => set(i, { unit: code, unitName: u?.name ?? null })}
                    aria-label={t('plans.edit.allocUnit')}
                    allowClear={false}
                  />
                  <CellError errors={at(i, 'unit')} />
                </>
              ) : (
                a.unitName
              ),
          },
          {
            title: t('plans.edit.allocPersons'),
            key: 'persons',
            width: 150,
            align: 'right',
            render: (_v, a, i) =>
              editable ? (
                <NumberCell
                  label={t('plans.edit.allocPersons')}
                  value={a.persons}
                  errors={at(i, 'persons')}
                  onChange={(v) => set(i, { persons: v })}
                />
              ) : (
                formatNumber(a.persons)
              ),
          },
          ...(programme
            ? [
                {
                  title: t('plans.edit.allocPersonTimes'),
                  key: 'personTimes',
                  width: 170,
                  align: 'right' as const,
                  render: (_v: unknown, a: DraftAllocation, i: number) =>
                    editable ? (
                      <NumberCell
                        label={t('plans.edit.allocPersonTimes')}
                        value={a.personTimes}
                        errors={at(i, 'personTimes')}
                        onChange={(v) => set(i, { personTimes: v })}
                      />
                    ) : (
                      formatNumber(a.personTimes)
                    ),
                },
              ]
            : []),
          ...(editable
            ? [
                {
                  key: 'remove',
                  width: 48,
                  render: (_v: unknown, _a: DraftAllocation, i: number) => (
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('plans.edit.removeAllocation')}
                      onClick={() => onChange(target.allocations.filter((_x, j) => j !== i))}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {editable && (
        <div>
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() =>
              onChange([
                ...target.allocations,
                { key: newKey(), unit: null, unitName: null, persons: null, personTimes: null },
              ])
            }
          >
            {t('plans.edit.addAllocation')}
          </Button>
        </div>
      )}
    </Flex>
  );
}
