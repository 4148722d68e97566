import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DIMENSION_LABELS,
  DIMENSIONS,
  type Dimension,
  LEVEL_LABELS,
  LEVELS,
} from '../../../core/catalog/levels';
import { DateInput } from '../../components/DateInput';
import { foldText, formatDate, formatNumber } from '../../lib/format';
import { useProgrammes } from '../training/catalogueQueries';
import { AllocationsEditor } from './AllocationsEditor';
import { CellError, NumberCell } from './cells';
import { type DraftTarget, emptyTarget, targetsWithAllocationIssues } from './planDraft';
import type { PlanTarget } from './plansApi';

type Row = DraftTarget & { index: number };

const searchable = (input: string, option?: { label?: unknown }) =>
  foldText(String(option?.label ?? '')).includes(foldText(input));

export const levelLabel = (d: Dimension | null, l: string | null) =>
  d && l ? (LEVEL_LABELS[d][l] ?? l) : '';

/** Chỉ tiêu theo chương trình or về trình độ: an editable (or read-only) table with allocations. */
export function TargetsTable({
  kind,
  targets,
  planUnit,
  editable,
  cells,
  onChange,
}: {
  kind: PlanTarget['kind'];
  targets: DraftTarget[];
  planUnit: string;
  editable: boolean;
  cells: ReadonlyMap<string, string[]>;
  onChange: (targets: DraftTarget[]) => void;
}) {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const rows: Row[] = targets.map((x, index) => ({ ...x, index })).filter((x) => x.kind === kind);
  const [expanded, setExpanded] = useState<readonly React.Key[]>([]);
  // A problem inside a target's allocations opens its row, so the red cell can be seen.
  const withIssues = targetsWithAllocationIssues(cells)
    .map((i) => targets[i]?.key)
    .filter((k): k is string => !!k)
    .join(',');
  useEffect(() => {
    if (withIssues) setExpanded((e) => [...new Set([...e, ...withIssues.split(',')])]);
  }, [withIssues]);

  const at = (r: Row, f: string) => cells.get(`targets.${r.index}.${f}`);
  const set = (r: Row, patch: Partial<DraftTarget>) =>
    onChange(targets.map((x, i) => (i === r.index ? { ...x, ...patch } : x)));
  const programme = kind === 'programme';

  const columns: TableColumnsType<Row> = programme
    ? [
        {
          title: t('plans.edit.programme'),
          key: 'programme',
          minWidth: 220,
          render: (_v, r) =>
            editable ? (
              <>
                <Select
                  aria-label={t('plans.edit.programme')}
                  style={{ width: '100%' }}
                  showSearch={{ filterOption: searchable }}
                  loading={programmes.isLoading}
                  placeholder={t('plans.edit.programmePick')}
                  status={at(r, 'programmeCode') ? 'error' : undefined}
                  value={r.programmeCode ?? undefined}
                  options={[
                    ...(r.programmeCode && !programmes.data?.some((p) => p.code === r.programmeCode)
                      ? [{ value: r.programmeCode, label: r.programmeName ?? r.programmeCode }]
                      : []),
                    ...(programmes.data ?? []).map((p) => ({ value: p.code, label: p.name })),
                  ]}
                  onChange={(code: string) =>
                    set(r, {
                      programmeCode: code,
                      programmeName: programmes.data?.find((p) => p.code === code)?.name ?? null,
                    })
                  }
                />
                <CellError errors={at(r, 'programmeCode')} />
              </>
            ) : (
              r.programmeName
            ),
        },
        numberColumn('persons', t('plans.edit.persons'), 120),
        numberColumn('personTimes', t('plans.edit.personTimes'), 130),
        numberColumn('estimatedCost', t('plans.edit.cost'), 160),
      ]
    : [
        {
          title: t('plans.edit.dimension'),
          key: 'dimension',
          width: 200,
          render: (_v, r) =>
            editable ? (
              <>
                <Select<Dimension>
                  aria-label={t('plans.edit.dimension')}
                  style={{ width: '100%' }}
                  placeholder={t('plans.edit.dimensionPick')}
                  status={at(r, 'dimension') ? 'error' : undefined}
                  value={r.dimension ?? undefined}
                  options={DIMENSIONS.map((d) => ({ value: d, label: DIMENSION_LABELS[d] }))}
                  onChange={(d) => set(r, { dimension: d, level: null })}
                />
                <CellError errors={at(r, 'dimension')} />
              </>
            ) : r.dimension ? (
              DIMENSION_LABELS[r.dimension]
            ) : null,
        },
        {
          title: t('plans.edit.level'),
          key: 'level',
          width: 200,
          render: (_v, r) =>
            editable ? (
              <>
                <Select
                  aria-label={t('plans.edit.level')}
                  style={{ width: '100%' }}
                  placeholder={t('plans.edit.levelPick')}
                  disabled={!r.dimension}
                  status={at(r, 'level') ? 'error' : undefined}
                  value={r.level ?? undefined}
                  options={(r.dimension ? LEVELS[r.dimension] : []).map((l) => ({
                    value: l,
                    label: levelLabel(r.dimension, l),
                  }))}
                  onChange={(l: string) => set(r, { level: l })}
                />
                <CellError errors={at(r, 'level')} />
              </>
            ) : (
              levelLabel(r.dimension, r.level)
            ),
        },
        numberColumn('persons', t('plans.edit.persons'), 120),
        {
          title: t('plans.edit.dueDate'),
          key: 'dueDate',
          width: 160,
          render: (_v, r) =>
            editable ? (
              <>
                <DateInput
                  aria-label={t('plans.edit.dueDate')}
                  value={r.dueDate}
                  onChange={(d) => set(r, { dueDate: d })}
                />
                <CellError errors={at(r, 'dueDate')} />
              </>
            ) : (
              formatDate(r.dueDate)
            ),
        },
      ];

  columns.push({
    title: t('plans.edit.allocations'),
    key: 'allocations',
    width: 180,
    render: (_v, r) => {
      const allocated = r.allocations.reduce((s, a) => s + (a.persons ?? 0), 0);
      const text = r.allocations.length
        ? t('plans.edit.allocationsCount', {
            allocated: formatNumber(allocated),
            persons: formatNumber(r.persons ?? 0),
            n: r.allocations.length,
          })
        : '—';
      return (
        <>
          <Typography.Text type={r.allocations.length ? undefined : 'secondary'}>{text}</Typography.Text>
          <CellError errors={at(r, 'allocations')} />
        </>
      );
    },
  });
  if (editable)
    columns.push({
      key: 'remove',
      width: 56,
      render: (_v, r) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('plans.edit.removeTarget')}
          onClick={() => onChange(targets.filter((_x, i) => i !== r.index))}
        />
      ),
    });

  function numberColumn(
    field: 'persons' | 'personTimes' | 'estimatedCost',
    title: string,
    width: number,
  ): TableColumnsType<Row>[number] {
    return {
      title,
      key: field,
      width,
      align: 'right',
      render: (_v, r) =>
        editable ? (
          <NumberCell
            label={title}
            value={r[field]}
            errors={at(r, field)}
            onChange={(v) => set(r, { [field]: v })}
          />
        ) : (
          formatNumber(r[field])
        ),
    };
  }

  return (
    <Card
      title={programme ? t('plans.edit.programmeTargets') : t('plans.edit.qualificationTargets')}
      styles={{ body: { padding: 0 } }}
      extra={
        editable && (
          <Button icon={<PlusOutlined />} onClick={() => onChange([...targets, emptyTarget(kind)])}>
            {t('plans.edit.addTarget')}
          </Button>
        )
      }
    >
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={columns}
        scroll={{ x: programme ? 900 : 940 }}
        locale={{ emptyText: t('plans.edit.noTargets') }}
        expandable={{
          expandedRowKeys: expanded,
          onExpandedRowsChange: (keys) => setExpanded(keys),
          rowExpandable: (r) => editable || r.allocations.length > 0,
          expandedRowRender: (r) => (
            <AllocationsEditor
              target={r}
              index={r.index}
              planUnit={planUnit}
              editable={editable}
              cells={cells}
              onChange={(allocations) => set(r, { allocations })}
            />
          ),
        }}
      />
    </Card>
  );
}
