import type { FormInstance, FormRule } from 'antd';
import type { z } from 'zod';

/**
 * antd form rules backed by the API's zod schemas, so the browser shows exactly the messages the
 * server would answer. The whole form is checked (cross-field refinements included) and only the
 * issues of the field being validated are reported for it.
 */
export function zodRule<S extends z.ZodType>(
  schema: S,
  field: string,
  values: () => Record<string, unknown>,
): FormRule {
  return {
    validator: async () => {
      const result = schema.safeParse(values());
      if (result.success) return;
      const issue = result.error.issues.find((i) => String(i.path[0] ?? '') === field);
      if (issue) throw new Error(issue.message);
    },
  };
}

/** Binds `zodRule` to a form: `const rule = zodRules(schema, form, normalise)`, then `rules={[rule('x')]}`. */
export function zodRules<S extends z.ZodType>(
  schema: S,
  form: FormInstance,
  normalise: (values: Record<string, unknown>) => Record<string, unknown> = (v) => v,
): (field: string) => FormRule {
  return (field) =>
    zodRule(schema, field, () => normalise(form.getFieldsValue(true) as Record<string, unknown>));
}

/** Parses the form values with the schema; returns the data, or sets field errors and returns null. */
export function parseForm<S extends z.ZodType>(
  schema: S,
  form: FormInstance,
  values: Record<string, unknown>,
): z.output<S> | null {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const byField = new Map<string, string[]>();
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? '');
    if (!byField.has(name)) byField.set(name, [issue.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return null;
}
