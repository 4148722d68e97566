import { EyeOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, type FormInstance, Modal, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionView } from '../../../../core/contracts/positions';
import { isApiError } from '../../../api/client';
import { useShowError } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { issuesOf } from '../../../lib/formErrors';
import { todayVn } from '../../../lib/records';
import {
  type PreviewResult,
  type StandardSetDto,
  type StandardVersionDto,
  standardsApi,
  standardsKeys,
} from './catalogueApi';
import { PreviewPanel } from './PreviewPanel';
import { RequirementEditor } from './RequirementEditor';
import { FormSection, NoteField, SetFields, VersionFields } from './VersionFields';
import { checkValues, showIssues, versionRules } from './versionChecks';
import {
  baseVersion,
  emptyVersionValues,
  fieldPathOf,
  isFormPath,
  nextVersionValues,
  type VersionFormValues,
  versionToValues,
} from './versionForm';

/** Which editor is open: a new set, a new version of a set, or one version of a set. */
export type Editing =
  | { mode: 'createSet' }
  | { mode: 'addVersion'; code: string }
  | { mode: 'editVersion'; code: string; versionId: number };

type Valid = Extract<ReturnType<typeof checkValues>, { ok: true }>;

/** Server problems (400 details, 409 overlap on "validFrom") under their fields; false when none fits. */
function applyServerIssues(form: FormInstance, e: unknown): boolean {
  const issues = issuesOf(e)
    .map((i) => ({ path: fieldPathOf(i.path), message: i.message }))
    .filter((i) => isFormPath(i.path));
  if (issues.length === 0) return false;
  showIssues(form, issues);
  return true;
}

/**
 * The version form (a new set, a new version, or one version) with its preview: "Xem trước ảnh
 * hưởng" checks the form and asks the server what would change; the preview's confirm button saves
 * exactly what was previewed.
 */
export function VersionEditor({
  mode,
  set,
  version,
  posts,
  canOpenPeople,
  conflict,
  onSaved,
  onCancel,
  onConflict,
}: {
  mode: Editing['mode'];
  set: StandardSetDto | undefined;
  version: StandardVersionDto | undefined;
  posts: readonly PositionView[];
  canOpenPeople: boolean;
  /** The editor was reloaded after someone else's change: say so at its top. */
  conflict: boolean;
  onSaved: (saved: StandardSetDto) => void;
  onCancel: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<VersionFormValues>();
  const creating = mode === 'createSet';
  const rule = useMemo(() => versionRules(form, creating), [form, creating]);
  const [preview, setPreview] = useState<{ checked: Valid; result: PreviewResult } | null>(null);

  // Computed once: the form owns its values from then on (a reload re-creates the editor).
  const [initial] = useState<VersionFormValues>(() => {
    if (version) return versionToValues(version);
    if (set) return nextVersionValues(set, todayVn());
    return { code: '', name: '', ...emptyVersionValues(null) };
  });
  const base = set && !version ? baseVersion(set) : undefined;

  const previewing = useMutation({
    mutationFn: ({ checked }: { checked: Valid }) =>
      standardsApi.preview({
        setCode: set?.code ?? null,
        replaceVersionId: version?.id ?? null,
        version: checked.version,
      }),
    onSuccess: (result, { checked }) => setPreview({ checked, result }),
    onError: (e) => {
      if (applyServerIssues(form, e)) return;
      showError(e, t('standardsCatalogue.preview.failed'));
    },
  });

  const save = useMutation({
    mutationFn: (checked: Valid) => {
      if (checked.set) return standardsApi.createSet({ ...checked.set, version: checked.version });
      if (!set) throw new Error('no set');
      if (version)
        return standardsApi.updateVersion(set.code, version.id, {
          version: checked.version,
          rowVersion: version.rowVersion,
        });
      return standardsApi.addVersion(set.code, checked.version);
    },
    onSuccess: async (saved, checked) => {
      setPreview(null);
      void message.success(
        creating
          ? t('standardsCatalogue.saved.created', { name: saved.name })
          : version
            ? t('standardsCatalogue.saved.updated')
            : t('standardsCatalogue.saved.added', { date: formatDate(checked.version.validFrom) }),
      );
      onSaved(saved);
      // Compliance figures follow the catalogue: refresh them too.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: standardsKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['compliance'] }),
        queryClient.invalidateQueries({ queryKey: ['reports'] }),
        queryClient.invalidateQueries({ queryKey: ['people'] }),
      ]);
    },
    onError: async (e) => {
      setPreview(null);
      if (isApiError(e) && e.code === 'VERSION_CONFLICT') {
        onConflict();
        await queryClient.invalidateQueries({ queryKey: standardsKeys.all });
        return;
      }
      if (applyServerIssues(form, e)) return;
      // Answers without details that still belong to one field.
      if (isApiError(e) && e.code === 'STANDARD_CODE_TAKEN') {
        showIssues(form, [{ path: ['code'], message: e.message }]);
        return;
      }
      if (isApiError(e) && e.code === 'STANDARD_VERSION_OVERLAP') {
        showIssues(form, [{ path: ['validFrom'], message: e.message }]);
        return;
      }
      showError(e);
    },
  });

  const check = async (): Promise<Valid | null> => {
    try {
      await form.validateFields();
    } catch (err) {
      const first = (err as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
      return null;
    }
    const checked = checkValues(form.getFieldsValue(true) as Partial<VersionFormValues>, creating);
    if (!checked.ok) {
      showIssues(form, checked.issues);
      return null;
    }
    return checked;
  };

  const runPreview = async () => {
    const checked = await check();
    if (!checked) return;
    if (version) {
      const before = checkValues(versionToValues(version), false);
      if (before.ok && JSON.stringify(before.version) === JSON.stringify(checked.version)) {
        void message.info(t('standardsCatalogue.noChanges'));
        return;
      }
    }
    previewing.mutate({ checked });
  };

  const pending = previewing.isPending || save.isPending;
  const confirmLabel = creating
    ? t('standardsCatalogue.confirm.create')
    : version
      ? t('standardsCatalogue.confirm.update')
      : t('standardsCatalogue.confirm.add');

  // The user was at the bottom (the preview's confirm button): once the preview has closed,
  // bring the notice into view.
  const conflictRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!conflict) return;
    const timer = window.setTimeout(() => conflictRef.current?.scrollIntoView({ block: 'start' }), 400);
    return () => window.clearTimeout(timer);
  }, [conflict]);

  return (
    <>
      <div ref={conflictRef}>
        {conflict ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            title={t('standardsCatalogue.versionConflict')}
          />
        ) : null}
      </div>
      {base ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('standardsCatalogue.form.draftFrom', {
            date: formatDate(base.validFrom),
            basis: base.legalBasis.number,
          })}
          description={t('standardsCatalogue.form.draftFromHelp')}
        />
      ) : null}
      {version && version.validFrom <= todayVn() ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('standardsCatalogue.form.editInForceWarning')}
        />
      ) : null}
      <Form<VersionFormValues>
        form={form}
        name="standard-version"
        layout="vertical"
        initialValues={initial}
        validateTrigger="onBlur"
        disabled={pending}
        onFinish={() => void runPreview()}
      >
        {creating ? (
          <FormSection title={t('standardsCatalogue.form.setSection')}>
            <SetFields rule={rule} />
          </FormSection>
        ) : null}
        <VersionFields
          form={form}
          rule={rule}
          posts={posts}
          validFromHelp={base ? t('standardsCatalogue.form.validFromNewHelp') : undefined}
        />
        <FormSection title={t('standardsCatalogue.form.requirements')}>
          <RequirementEditor form={form} rule={rule} />
        </FormSection>
        <NoteField rule={rule} />
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
      <Flex
        justify="space-between"
        align="center"
        gap={12}
        wrap
        style={{
          position: 'sticky',
          bottom: -24,
          margin: '0 -24px -24px',
          padding: '12px 24px',
          background: 'var(--ant-color-bg-elevated, #fff)',
          borderTop: '1px solid var(--ant-color-border-secondary, #f0f0f0)',
          zIndex: 2,
        }}
      >
        <Typography.Text type="secondary">{t('standardsCatalogue.form.previewFirst')}</Typography.Text>
        <Flex gap={8}>
          <Button onClick={onCancel} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            type="primary"
            icon={<EyeOutlined />}
            loading={previewing.isPending}
            onClick={() => void runPreview()}
          >
            {t('standardsCatalogue.preview.button')}
          </Button>
        </Flex>
      </Flex>
      <Modal
        open={preview !== null}
        title={t('standardsCatalogue.preview.title')}
        width={900}
        onCancel={() => setPreview(null)}
        maskClosable={false}
        footer={
          <Flex justify="flex-end" gap={8}>
            <Button onClick={() => setPreview(null)} disabled={save.isPending}>
              {t('standardsCatalogue.preview.back')}
            </Button>
            <Button
              type="primary"
              loading={save.isPending}
              onClick={() => preview && save.mutate(preview.checked)}
            >
              {confirmLabel}
            </Button>
          </Flex>
        }
      >
        {preview ? <PreviewPanel result={preview.result} canOpenPeople={canOpenPeople} /> : null}
      </Modal>
    </>
  );
}
