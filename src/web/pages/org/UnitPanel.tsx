import {
  BranchesOutlined,
  DeleteOutlined,
  EditOutlined,
  MergeCellsOutlined,
  PlusOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useQueries, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Skeleton,
  Table,
  type TableColumnsType,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addDays } from '../../../core/catalog/dates';
import { UNIT_KIND_LABELS } from '../../../core/catalog/enums';
import { api, type OrgTree, type UnitDetail } from '../../api/endpoints';
import { paths } from '../../auth/paths';
import { useAllUnits } from '../../components/unitOptions';
import { errorMessage } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import type { OrgIndex } from '../../lib/orgTree';
import { lastDayOf, todayVn } from '../../lib/records';
import { MergeModal } from './MergeModal';
import { UnitCreateModal, UnitDissolveModal, UnitEditModal, UnitMoveModal } from './unitDialogs';
import { UnitBadges } from './unitDisplay';

type Dialog = 'child' | 'edit' | 'move' | 'merge' | 'dissolve' | null;

interface EventDetails {
  from?: unknown;
  to?: unknown;
  into?: unknown;
}

function asDetails(d: unknown): EventDetails {
  return typeof d === 'object' && d !== null ? (d as EventDetails) : {};
}

/** Names of units for the history: today's list, the tree on the date, and trees on merge eves. */
function useUnitNames(detail: UnitDetail | undefined, index: OrgIndex, tree: OrgTree) {
  const all = useAllUnits();
  const eves = useMemo(
    () =>
      [
        ...new Set(
          (detail?.events ?? [])
            .filter((e) => e.kind === 'merge_successor' || e.kind === 'merge')
            .map((e) => addDays(e.effectiveDate, -1)),
        ),
      ].slice(0, 5),
    [detail],
  );
  const trees = useQueries({
    queries: eves.map((date) => ({
      queryKey: ['org', 'tree', tree, date],
      queryFn: ({ signal }: { signal: AbortSignal }) => api.org.tree({ asOf: date, tree }, signal),
      staleTime: 60_000,
    })),
  });
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const q of trees) for (const n of q.data ?? []) names.set(n.code, n.name);
    for (const u of all.data ?? []) names.set(u.code, u.name);
    for (const n of index.byCode.values()) names.set(n.code, n.name);
    return (code: string) => names.get(code) ?? code;
  }, [trees, all.data, index]);
}

export function UnitPanel({
  code,
  asOf,
  tree,
  index,
  canWrite,
  onSelect,
  onShowDate,
}: {
  code: string;
  asOf: string;
  tree: OrgTree;
  index: OrgIndex;
  canWrite: boolean;
  onSelect: (code: string) => void;
  onShowDate: (date: string, code: string) => void;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const detail = useQuery({
    queryKey: ['org', 'unit', code],
    queryFn: ({ signal }) => api.org.unit(code, signal),
  });
  const nameOf = useUnitNames(detail.data, index, tree);
  const node = index.byCode.get(code);
  const today = todayVn();

  if (detail.isLoading) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (detail.isError || !detail.data) {
    return (
      <Card>
        <Alert
          type="error"
          showIcon
          title={t('common.loadFailed')}
          description={errorMessage(detail.error, t)}
          action={<Button onClick={() => void detail.refetch()}>{t('common.retry')}</Button>}
        />
      </Card>
    );
  }
  const u = detail.data;
  const current = u.validTo === null || u.validTo > today;
  const lastVersion = u.versions.at(-1);
  const parentCode = node ? node.parentCode : (lastVersion?.parentCode ?? null);
  const displayName = node?.name ?? u.name;
  const subtreePeople = index.subtree.get(code);
  const descendants = index.descendants.get(code) ?? 0;
  const mergeEvent = u.events.find((e) => e.kind === 'merge');
  const mergedFromEvent = mergeEvent ? asDetails(mergeEvent.details).into : undefined;
  const mergedInto = node?.mergedInto ?? (typeof mergedFromEvent === 'string' ? mergedFromEvent : null);

  const versionColumns: TableColumnsType<UnitDetail['versions'][number]> = [
    { title: t('org.name'), dataIndex: 'name' },
    {
      title: t('org.parent'),
      dataIndex: 'parentCode',
      render: (p: string | null) => (p ? nameOf(p) : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      title: t('org.from'),
      dataIndex: 'validFrom',
      width: 110,
      render: (d: string) => formatDate(d),
    },
    {
      title: t('org.to'),
      dataIndex: 'validTo',
      width: 110,
      render: (d: string | null) =>
        d ? formatDate(lastDayOf(d)) : <Typography.Text type="secondary">{t('org.now')}</Typography.Text>,
    },
  ];

  const eventText = (e: UnitDetail['events'][number]): string => {
    const d = asDetails(e.details);
    switch (e.kind) {
      case 'create':
        return t('org.event.create');
      case 'rename':
        return t('org.event.rename', { from: String(d.from ?? ''), to: String(d.to ?? '') });
      case 'move':
        return t('org.event.move', { to: typeof d.to === 'string' ? nameOf(d.to) : '' });
      case 'merge':
        return t('org.event.merge', { into: typeof d.into === 'string' ? nameOf(d.into) : '' });
      case 'merge_successor':
        return t('org.event.mergeSuccessor', {
          from: Array.isArray(d.from) ? d.from.map((c) => nameOf(String(c))).join(', ') : '',
        });
      case 'dissolve':
        return t('org.event.dissolve');
      default:
        return e.kind;
    }
  };

  return (
    <Card
      title={
        <Flex vertical gap={2} style={{ padding: '12px 0' }}>
          <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'normal' }}>
            {displayName}
          </Typography.Title>
          <Flex gap={6} wrap align="center">
            <Tag style={{ marginInlineEnd: 0 }}>{UNIT_KIND_LABELS[u.kind]}</Tag>
            <UnitBadges node={u} />
            <Typography.Text type="secondary" style={{ fontWeight: 400 }} copyable>
              {u.code}
            </Typography.Text>
            {current ? null : (
              <Tag color="default">{t('org.ended', { date: formatDate(lastDayOf(u.validTo)) })}</Tag>
            )}
          </Flex>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        {node ? null : (
          <Alert
            type="info"
            showIcon
            title={t('org.notOnDate', { date: formatDate(asOf) })}
            action={
              <Button
                size="small"
                onClick={() => onShowDate(u.validTo ? addDays(u.validTo, -1) : u.validFrom, code)}
              >
                {t('org.showOnDate')}
              </Button>
            }
          />
        )}
        {mergedInto ? (
          <Alert
            type="warning"
            showIcon
            title={t('org.mergedInto', { name: nameOf(mergedInto), date: formatDate(u.validTo) })}
            action={
              <Button size="small" onClick={() => onShowDate(u.validTo ?? asOf, mergedInto)}>
                {t('org.openSuccessor')}
              </Button>
            }
          />
        ) : null}
        {canWrite && current ? (
          <Flex gap={8} wrap>
            <Button icon={<PlusOutlined />} onClick={() => setDialog('child')}>
              {t('org.addChild')}
            </Button>
            <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
              {t('org.rename')}
            </Button>
            <Button icon={<BranchesOutlined />} onClick={() => setDialog('move')}>
              {t('org.move')}
            </Button>
            <Button icon={<MergeCellsOutlined />} onClick={() => setDialog('merge')}>
              {t('org.merge')}
            </Button>
            <Button danger icon={<DeleteOutlined />} onClick={() => setDialog('dissolve')}>
              {t('org.dissolve')}
            </Button>
          </Flex>
        ) : null}
        <Descriptions
          size="small"
          bordered
          column={1}
          styles={{ label: { width: 200 } }}
          items={[
            {
              key: 'parent',
              label: t('org.parent'),
              children: parentCode ? (
                <Typography.Link onClick={() => onSelect(parentCode)}>{nameOf(parentCode)}</Typography.Link>
              ) : (
                t('common.none')
              ),
            },
            {
              key: 'officialCode',
              label: t('org.officialCode'),
              children: u.officialCode ?? t('common.none'),
            },
            {
              key: 'area',
              label: t('org.areaClass'),
              children: u.areaClass ? t('org.areaClassValue', { c: u.areaClass }) : t('common.none'),
            },
            {
              key: 'difficult',
              label: t('org.difficultArea'),
              children: u.difficultArea ? t('org.yes') : t('org.no'),
            },
            { key: 'from', label: t('org.validFrom'), children: formatDate(u.validFrom) },
            {
              key: 'to',
              label: t('org.validTo'),
              children: u.validTo ? formatDate(lastDayOf(u.validTo)) : t('org.stillValid'),
            },
            {
              key: 'people',
              label: t('org.peopleOn', { date: formatDate(asOf) }),
              children: node ? (
                <Flex vertical gap={2}>
                  <span>
                    <TeamOutlined />{' '}
                    {descendants > 0
                      ? t('org.peopleSubtree', {
                          total: formatNumber(subtreePeople ?? 0),
                          own: formatNumber(node.people),
                          units: formatNumber(descendants),
                        })
                      : t('org.peopleOwn', { n: formatNumber(node.people) })}
                  </span>
                  {asOf === today && current ? (
                    <Link to={`${paths.people}?unit=${encodeURIComponent(code)}&status=active`}>
                      {t('org.openPeople')}
                    </Link>
                  ) : null}
                </Flex>
              ) : (
                t('common.none')
              ),
            },
          ]}
        />
        <div>
          <Typography.Title level={5}>{t('org.versionsTitle')}</Typography.Title>
          <Table
            size="small"
            rowKey={(v) => v.validFrom}
            columns={versionColumns}
            dataSource={u.versions}
            pagination={false}
            scroll={{ x: 480 }}
          />
        </div>
        <div>
          <Typography.Title level={5}>{t('org.eventsTitle')}</Typography.Title>
          {u.events.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.noEvents')} />
          ) : (
            <Timeline
              style={{ marginTop: 12 }}
              items={u.events.map((e, i) => ({
                key: `${e.kind}-${e.effectiveDate}-${i}`,
                color: e.kind === 'dissolve' ? 'red' : e.kind.startsWith('merge') ? 'orange' : 'blue',
                content: (
                  <Flex vertical gap={0}>
                    <Typography.Text strong>{formatDate(e.effectiveDate)}</Typography.Text>
                    <span>{eventText(e)}</span>
                    {e.decisionNo ? (
                      <Typography.Text type="secondary">
                        {t('org.decisionNoValue', { no: e.decisionNo })}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                ),
              }))}
            />
          )}
        </div>
      </Flex>
      {canWrite ? (
        <>
          <UnitCreateModal
            open={dialog === 'child'}
            parentCode={code}
            parentName={displayName}
            tree={u.tree}
            onClose={() => setDialog(null)}
            onCreated={(c) => onSelect(c)}
          />
          <UnitEditModal open={dialog === 'edit'} unit={u} onClose={() => setDialog(null)} />
          <UnitMoveModal
            open={dialog === 'move'}
            unit={u}
            parentCode={parentCode}
            onClose={() => setDialog(null)}
          />
          <MergeModal
            open={dialog === 'merge'}
            initialSource={code}
            tree={u.tree}
            onClose={() => setDialog(null)}
            onMerged={(successor, date) => onShowDate(date, successor)}
          />
          <UnitDissolveModal
            open={dialog === 'dissolve'}
            unit={u}
            people={node?.people ?? 0}
            onClose={() => setDialog(null)}
          />
        </>
      ) : null}
    </Card>
  );
}
