import type { FormInstance } from 'antd';
import type { FieldIssue } from '../../core/contracts/common';
import { isApiError } from '../api/client';

/** Field problems in an error's `details`, whatever its code (VALIDATION_ERROR, CCCD_TAKEN…). */
export function issuesOf(e: unknown): FieldIssue[] {
  if (!isApiError(e) || !Array.isArray(e.details)) return [];
  const out: FieldIssue[] = [];
  for (const d of e.details as unknown[]) {
    if (typeof d !== 'object' || d === null) continue;
    const { path, message } = d as { path?: unknown; message?: unknown };
    if (typeof message !== 'string') continue;
    const p = Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : '';
    out.push({ path: p, message });
  }
  return out;
}

/**
 * Puts the server's field problems under the form fields. `fieldOf` maps a server path
 * ("person.cccd", "assignment.validTo", "sourceCodes.0") to a form field name, or null.
 * Returns true when at least one problem found its field.
 */
export function applyServerErrors(
  form: FormInstance,
  e: unknown,
  fieldOf: (path: string) => string | null,
): boolean {
  const byField = new Map<string, string[]>();
  for (const issue of issuesOf(e)) {
    const name = fieldOf(issue.path);
    if (!name) continue;
    byField.set(name, [...(byField.get(name) ?? []), issue.message]);
  }
  if (byField.size === 0) return false;
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return true;
}

/** A `fieldOf` for flat forms: the last meaningful segment of the path, when it is a field. */
export function flatFields(fields: readonly string[], rename: Record<string, string> = {}) {
  return (path: string): string | null => {
    const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
    for (let i = parts.length - 1; i >= 0; i--) {
      const p = parts[i] ?? '';
      const name = rename[p] ?? p;
      if (fields.includes(name)) return name;
    }
    return null;
  };
}
