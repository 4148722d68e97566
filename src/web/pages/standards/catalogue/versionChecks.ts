/**
 * The version form checked with the API's own schemas (standardVersionBody, or
 * standardSetCreateBody for a new set), so the browser shows the server's messages under the
 * nested fields: "legalBasis.number", "requirements.2.options.0.minLevel"…
 */
import type { FormInstance } from 'antd';
import {
  type StandardSetCreateBody,
  type StandardVersionBody,
  standardSetCreateBody,
  standardVersionBody,
} from '../../../../core/contracts/standards';
import {
  fieldPathOf,
  type NamePath,
  samePath,
  type VersionFormValues,
  valuesToBody,
  valuesToCreateBody,
} from './versionForm';

export interface PathIssue {
  path: NamePath;
  message: string;
}

export type Checked =
  | { ok: true; version: StandardVersionBody; set: { code: string; name: string } | null }
  | { ok: false; issues: PathIssue[] };

/** The first message of each field, in the schema's order. */
function firstPerPath(issues: readonly { path: readonly PropertyKey[]; message: string }[]): PathIssue[] {
  const out: PathIssue[] = [];
  for (const i of issues) {
    const path = fieldPathOf(i.path);
    // A row's id has no field of its own: its problem shows on the row's kind.
    if (path.at(-1) === 'id') path[path.length - 1] = 'kind';
    if (!out.some((o) => samePath(o.path, path))) out.push({ path, message: i.message });
  }
  return out;
}

export function checkValues(values: Partial<VersionFormValues>, creating: boolean): Checked {
  if (creating) {
    const r = standardSetCreateBody.safeParse(valuesToCreateBody(values));
    if (!r.success) return { ok: false, issues: firstPerPath(r.error.issues) };
    const body: StandardSetCreateBody = r.data;
    return { ok: true, version: body.version, set: { code: body.code, name: body.name } };
  }
  const r = standardVersionBody.safeParse(valuesToBody(values));
  if (!r.success) return { ok: false, issues: firstPerPath(r.error.issues) };
  return { ok: true, version: r.data, set: null };
}

/** An antd rule (for a field or a Form.List) reporting the schema's message for one path only. */
export type VersionRule = (path: NamePath) => { validator: () => Promise<void> };

export function versionRules(form: FormInstance, creating: boolean): VersionRule {
  return (path) => ({
    validator: async () => {
      const checked = checkValues(form.getFieldsValue(true) as Partial<VersionFormValues>, creating);
      if (checked.ok) return;
      const issue = checked.issues.find((i) => samePath(i.path, path));
      if (issue) throw new Error(issue.message);
    },
  });
}

/** Shows problems under their fields and scrolls to the first. */
export function showIssues(form: FormInstance, issues: readonly PathIssue[]): void {
  if (issues.length === 0) return;
  form.setFields(issues.map((i) => ({ name: i.path, errors: [i.message] })));
  const first = issues[0];
  if (first) form.scrollToField(first.path, { block: 'center' });
}
