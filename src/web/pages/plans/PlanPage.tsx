import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { planFields } from '../../../core/contracts/plans';
import { isApiError } from '../../api/client';
import { paths } from '../../auth/paths';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage, useShowError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { issuesOf } from '../../lib/formErrors';
import { useUrlState } from '../../lib/urlState';
import { PlanActions } from './PlanActions';
import { PlanHistoryTab } from './PlanHistoryTab';
import { PlanProgressTab } from './PlanProgressTab';
import { PlanTargetsTab } from './PlanTargetsTab';
import { draftFields, issuesByCell, type PlanDraft, planToDraft } from './planDraft';
import { type Plan, planKeys, plansApi } from './plansApi';
import { PlanStatusTag, planYears } from './planTags';

const TABS = ['targets', 'progress', 'history'] as const;
type Tab = (typeof TABS)[number];
const NO_CELLS: ReadonlyMap<string, string[]> = new Map();

/** A unit's training plan: targets (edited while a draft), progress, history; the workflow buttons. */
export default function PlanPage() {
  const { t } = useTranslation();
  const { id: rawId } = useParams();
  const id = Number(rawId);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [params, update] = useUrlState();
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'targets';
  const q = useQuery({
    queryKey: planKeys.plan(id),
    queryFn: ({ signal }) => plansApi.get(id, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
  const plan = q.data;

  // The draft being edited; it follows the server's plan until the user changes something.
  const [edit, setEdit] = useState<{ version: number; draft: PlanDraft; dirty: boolean } | null>(null);
  const [cells, setCells] = useState<ReadonlyMap<string, string[]>>(NO_CELLS);
  const [conflict, setConflict] = useState(false);
  if (plan && (!edit || (edit.version !== plan.version && !edit.dirty)))
    setEdit({ version: plan.version, draft: planToDraft(plan), dirty: false });

  const settle = (p: Plan) => {
    queryClient.setQueryData(planKeys.plan(p.id), p);
    void queryClient.invalidateQueries({ queryKey: ['plans', 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['plans', 'submissions'] });
    setEdit({ version: p.version, draft: planToDraft(p), dirty: false });
    setCells(NO_CELLS);
  };
  const failed = (e: unknown) => {
    if (isApiError(e) && (e.code === 'VERSION_CONFLICT' || e.status === 409)) {
      setConflict(true);
      return;
    }
    const issues = issuesOf(e);
    if (issues.length > 0) {
      setCells(issuesByCell(issues));
      update({ tab: null }, { keepPage: true });
    }
    showError(e);
  };

  /** Checks the draft with the contract, then PUTs it; the saved plan, or null. */
  const saveDraft = async (): Promise<Plan | null> => {
    if (!plan || !edit) return null;
    const parsed = planFields.safeParse(draftFields(edit.draft));
    if (!parsed.success) {
      setCells(issuesByCell(parsed.error.issues));
      update({ tab: null }, { keepPage: true });
      return null;
    }
    return plansApi.update(plan.id, parsed.data, plan.version);
  };

  const action = useMutation({
    mutationFn: async (
      a: { kind: 'save' } | { kind: 'submit' } | { kind: 'approve' } | { kind: 'return'; comment: string },
    ): Promise<{ plan: Plan | null; kind: string }> => {
      if (!plan) return { plan: null, kind: a.kind };
      if (a.kind === 'save') return { plan: await saveDraft(), kind: a.kind };
      if (a.kind === 'submit') {
        let version = plan.version;
        if (edit?.dirty) {
          const saved = await saveDraft();
          if (!saved) return { plan: null, kind: a.kind };
          settle(saved);
          version = saved.version;
        }
        return { plan: await plansApi.submit(plan.id, { version }), kind: a.kind };
      }
      if (a.kind === 'approve')
        return { plan: await plansApi.approve(plan.id, { version: plan.version }), kind: a.kind };
      return {
        plan: await plansApi.return(plan.id, { version: plan.version, comment: a.comment }),
        kind: a.kind,
      };
    },
    onSuccess: ({ plan: p, kind }) => {
      if (!p) return;
      settle(p);
      const done = { save: 'saved', submit: 'submitted', approve: 'approved', return: 'returned' } as const;
      void message.success(t(`plans.page.${done[kind as keyof typeof done]}`));
    },
    onError: failed,
  });
  const remove = useMutation({
    mutationFn: () => plansApi.remove(id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
      void message.success(t('plans.page.deleted'));
      navigate(paths.plansList);
    },
    onError: failed,
  });
  const busy = remove.isPending ? 'remove' : action.isPending ? (action.variables?.kind ?? null) : null;

  const reload = async () => {
    setConflict(false);
    const r = await q.refetch();
    if (r.data) settle(r.data);
  };

  if (q.isPending)
    return (
      <>
        <PageHeader title={t('plans.listTitle')} />
        <Skeleton active paragraph={{ rows: 10 }} />
      </>
    );
  if (q.isError || !plan || !edit)
    return (
      <>
        <PageHeader title={t('plans.listTitle')} />
        <Alert
          type="error"
          showIcon
          title={t('plans.page.loadFailed')}
          description={q.isError ? errorMessage(q.error, t) : undefined}
          action={<Link to={paths.plansList}>{t('plans.page.backToList')}</Link>}
        />
      </>
    );

  const lastReturn =
    plan.status === 'returned' ? plan.events.findLast((e) => e.action === 'returned') : undefined;
  const issueCount = [...cells.values()].reduce((n, l) => n + l.length, 0);
  const unplaced = cells.get('');

  return (
    <>
      <PageHeader
        title={plan.title}
        extra={
          <PlanActions
            plan={plan}
            dirty={edit.dirty}
            busy={busy}
            on={{
              save: () => action.mutate({ kind: 'save' }),
              submit: () => action.mutate({ kind: 'submit' }),
              approve: () => action.mutate({ kind: 'approve' }),
              return: async (comment) => {
                try {
                  await action.mutateAsync({ kind: 'return', comment });
                  return true;
                } catch {
                  return false;
                }
              },
              remove: () => remove.mutate(),
            }}
          />
        }
      >
        <Flex gap={8} align="center" wrap component="span">
          <Typography.Text strong>{plan.unit.name}</Typography.Text>
          <span>·</span>
          <span>
            {t(`plans.kinds.${plan.kind}`)} — {planYears(t, plan)}
          </span>
          <PlanStatusTag status={plan.status} />
          {edit.dirty && <Tag color="gold">{t('plans.page.unsaved')}</Tag>}
          <Link to={paths.plansList}>{t('plans.page.backToList')}</Link>
        </Flex>
      </PageHeader>
      <Flex vertical gap={12} style={{ marginBottom: 12 }}>
        {lastReturn && (
          <Alert
            type="warning"
            showIcon
            title={t('plans.page.returnedAlert')}
            description={
              <Flex vertical gap={4}>
                <Typography.Text strong style={{ whiteSpace: 'pre-wrap', fontSize: 15 }}>
                  {lastReturn.comment}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('plans.page.returnedBy2', {
                    user: lastReturn.user?.displayName ?? t('plans.history.system'),
                    at: formatDateTime(lastReturn.at),
                  })}
                </Typography.Text>
              </Flex>
            }
          />
        )}
        {conflict && (
          <Alert
            type="error"
            showIcon
            title={t('plans.page.conflict')}
            description={t('plans.page.conflictHelp')}
            action={
              <Button onClick={() => void reload()} loading={q.isFetching}>
                {t('plans.page.reload')}
              </Button>
            }
          />
        )}
        {issueCount > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('plans.page.errorsSummary', { n: issueCount })}
            description={unplaced?.join('; ')}
          />
        )}
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(k) => update({ tab: k === 'targets' ? null : k }, { keepPage: true })}
        items={[
          {
            key: 'targets',
            label: t('plans.tabs.targets'),
            children: (
              <PlanTargetsTab
                plan={plan}
                draft={edit.draft}
                editable={plan.can.edit}
                cells={cells}
                onChange={(patch) =>
                  setEdit((e) => (e ? { ...e, dirty: true, draft: { ...e.draft, ...patch } } : e))
                }
              />
            ),
          },
          {
            key: 'progress',
            label: t('plans.tabs.progress'),
            children: (
              <PlanProgressTab
                planId={plan.id}
                toYear={plan.toYear}
                asOf={params.get('asOf')}
                onAsOf={(d) => update({ asOf: d }, { keepPage: true })}
              />
            ),
          },
          { key: 'history', label: t('plans.tabs.history'), children: <PlanHistoryTab plan={plan} /> },
        ]}
      />
    </>
  );
}
