import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Input,
  Row,
  Segmented,
  Skeleton,
  Tooltip,
  Tree,
  Typography,
} from 'antd';
import type { DataNode } from 'antd/es/tree';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../../core/contracts/common';
import type { TreeNode } from '../../../core/contracts/org';
import { api, type OrgTree } from '../../api/endpoints';
import { hasPermission, useSessionUser } from '../../auth/AuthContext';
import { DateInput } from '../../components/DateInput';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { ancestorsOf, indexTree, type OrgIndex, searchTree } from '../../lib/orgTree';
import { todayVn } from '../../lib/records';
import { useUrlState } from '../../lib/urlState';
import { UnitPanel } from './UnitPanel';
import { UnitCreateModal } from './unitDialogs';
import { KindTag, UnitBadges } from './unitDisplay';

/** Above this many units the tree is virtualised (ui.md: a table never freezes the page). */
const VIRTUAL_FROM = 300;

function NodeTitle({ node, index, match }: { node: TreeNode; index: OrgIndex; match: boolean }) {
  const { t } = useTranslation();
  const total = index.subtree.get(node.code) ?? node.people;
  const hasChildren = (index.children.get(node.code)?.length ?? 0) > 0;
  return (
    <Flex align="center" gap={6} wrap={false} style={{ minWidth: 0 }} data-unit={node.code}>
      <span
        style={{
          fontWeight: match ? 600 : undefined,
          background: match ? '#fff7c2' : undefined,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
        }}
      >
        {node.name}
      </span>
      <KindTag kind={node.kind} />
      <UnitBadges node={node} />
      <span style={{ flex: 1 }} />
      <Tooltip
        title={
          hasChildren
            ? t('org.peopleTooltipSubtree', {
                own: formatNumber(node.people),
                total: formatNumber(total),
              })
            : t('org.peopleTooltip', { n: formatNumber(node.people) })
        }
      >
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', fontSize: 13 }}>
          <TeamOutlined /> {formatNumber(total)}
          {hasChildren && node.people > 0 ? (
            <span style={{ fontSize: 12 }}> ({t('org.ownShort', { n: formatNumber(node.people) })})</span>
          ) : null}
        </Typography.Text>
      </Tooltip>
    </Flex>
  );
}

export default function OrgPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const canWrite = hasPermission(user, 'org.write');
  const [params, update] = useUrlState();
  const today = todayVn();

  const asOfParam = params.get('asOf');
  const asOf = asOfParam && isoDate.safeParse(asOfParam).success ? asOfParam : today;
  const tree: OrgTree = params.get('tree') === 'party' ? 'party' : 'state';
  const selected = params.get('unit');
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);
  const [creatingRoot, setCreatingRoot] = useState(false);

  const nodes = useQuery({
    queryKey: ['org', 'tree', tree, asOf],
    queryFn: ({ signal }) => api.org.tree({ asOf, tree }, signal),
    placeholderData: keepPreviousData,
  });
  const index = useMemo(() => indexTree(nodes.data ?? []), [nodes.data]);
  const found = useMemo(() => searchTree(index, q), [index, q]);

  const [expanded, setExpanded] = useState<string[] | null>(null);
  // Default: roots open, and the path to the selected unit.
  const defaultExpanded = useMemo(() => {
    const keys = new Set((index.children.get(null) ?? []).map((n) => n.code));
    if (selected) for (const a of ancestorsOf(index, selected)) keys.add(a);
    return [...keys];
  }, [index, selected]);
  // A new search opens the branches that hold matches.
  useEffect(() => {
    setExpanded(found ? [...found.expand] : null);
  }, [found]);

  const treeData = useMemo(() => {
    const build = (parent: string | null): DataNode[] =>
      (index.children.get(parent) ?? [])
        .filter((n) => !found || found.visible.has(n.code))
        .map((n) => {
          const children = build(n.code);
          return {
            key: n.code,
            title: <NodeTitle node={n} index={index} match={!!found?.matches.has(n.code)} />,
            children,
            isLeaf: children.length === 0,
          };
        });
    return build(null);
  }, [index, found]);

  const totalPeople = useMemo(
    () => (index.children.get(null) ?? []).reduce((s, n) => s + (index.subtree.get(n.code) ?? 0), 0),
    [index],
  );

  const filtered = asOf !== today || tree !== 'state' || q !== '';
  const treeCard: ReactNode = (
    <Card styles={{ body: { padding: 16 } }}>
      <Flex vertical gap={12}>
        <Flex gap={12} wrap align="center">
          <Segmented<OrgTree>
            value={tree}
            onChange={(v) => update({ tree: v === 'state' ? null : v, unit: null })}
            options={[
              { value: 'state', label: t('org.treeState') },
              { value: 'party', label: t('org.treeParty') },
            ]}
            aria-label={t('org.treeSwitch')}
          />
          <Flex align="center" gap={8}>
            <Typography.Text>{t('org.asOf')}</Typography.Text>
            <DateInput
              value={asOf}
              onChange={(v) => update({ asOf: v && v !== today ? v : null })}
              allowClear={false}
              style={{ width: 150 }}
              aria-label={t('org.asOf')}
            />
          </Flex>
          {asOf !== today ? (
            <Button size="small" type="link" onClick={() => update({ asOf: null })}>
              {t('org.backToToday')}
            </Button>
          ) : null}
        </Flex>
        <Input.Search
          allowClear
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            if (e.target.value === '') update({ q: null });
          }}
          onSearch={(v) => update({ q: v.trim() || null })}
          placeholder={t('org.searchPlaceholder')}
          aria-label={t('org.searchPlaceholder')}
        />
        <Flex justify="space-between" wrap gap={8}>
          <Typography.Text type="secondary">
            {t('org.summary', {
              units: formatNumber(index.byCode.size),
              people: formatNumber(totalPeople),
              date: formatDate(asOf),
            })}
          </Typography.Text>
          {found ? (
            <Typography.Text type="secondary">
              {t('org.matches', { n: formatNumber(found.matches.size) })}
            </Typography.Text>
          ) : null}
        </Flex>
        {nodes.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('common.loadFailed')}
            description={errorMessage(nodes.error, t)}
            action={<Button onClick={() => void nodes.refetch()}>{t('common.retry')}</Button>}
          />
        ) : nodes.isLoading ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : treeData.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              found
                ? t('org.emptySearch')
                : canWrite
                  ? t('org.emptyCanWrite', { date: formatDate(asOf) })
                  : t('org.empty', { date: formatDate(asOf) })
            }
          >
            {found ? <Button onClick={() => update({ q: null })}>{t('common.clearFilters')}</Button> : null}
          </Empty>
        ) : (
          <Tree
            blockNode
            showLine={{ showLeafIcon: false }}
            treeData={treeData}
            expandedKeys={expanded ?? defaultExpanded}
            onExpand={(keys) => setExpanded(keys.map(String))}
            selectedKeys={selected ? [selected] : []}
            onSelect={(keys) => {
              const k = keys[0];
              if (k !== undefined) update({ unit: String(k) });
            }}
            height={index.byCode.size > VIRTUAL_FROM ? 640 : undefined}
            aria-label={t('org.treeLabel')}
          />
        )}
        {filtered ? null : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('org.treeHint')}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );

  return (
    <>
      <PageHeader
        title={t('org.title')}
        extra={
          canWrite && user.role === 'admin' ? (
            <Button icon={<PlusOutlined />} onClick={() => setCreatingRoot(true)}>
              {t('org.createRoot')}
            </Button>
          ) : null
        }
      >
        {t('org.intro')}
      </PageHeader>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={11}>
          {treeCard}
        </Col>
        <Col xs={24} xl={13}>
          {selected ? (
            <UnitPanel
              key={selected}
              code={selected}
              asOf={asOf}
              tree={tree}
              index={index}
              canWrite={canWrite}
              onSelect={(code) => update({ unit: code }, { keepPage: true })}
              onShowDate={(date, code) => update({ asOf: date === today ? null : date, unit: code })}
            />
          ) : (
            <Card>
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.pickUnit')} />
            </Card>
          )}
        </Col>
      </Row>
      {canWrite ? (
        <UnitCreateModal
          open={creatingRoot}
          parentCode={null}
          parentName={null}
          tree={tree}
          onClose={() => setCreatingRoot(false)}
          onCreated={(code) => update({ unit: code, asOf: null })}
        />
      ) : null}
    </>
  );
}
