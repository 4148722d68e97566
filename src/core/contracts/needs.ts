/** Training needs per unit (issue 6 item 1): who needs which programme by when, with priority. */
import { z } from 'zod';
import { pageQuery } from './common';

export const NEED_PRIORITIES = [1, 2, 3, 4] as const;

export const needsQuery = pageQuery.extend({
  /** Omitted: the whole country (administrators only). */
  unit: z.string().trim().min(1, 'Vui lòng chọn đơn vị').max(50).optional(),
  /** Only needs of this priority (1 = highest). */
  priority: z.coerce
    .number()
    .int()
    .min(1, 'Mức ưu tiên phải từ 1 đến 4')
    .max(4, 'Mức ưu tiên phải từ 1 đến 4')
    .optional(),
});
export type NeedsQuery = z.infer<typeof needsQuery>;

const ref = z.object({ code: z.string(), name: z.string() });
const legalBasis = z.object({ number: z.string(), title: z.string(), date: z.string().nullable() });

export const needItem = z.object({
  person: z.object({ id: z.number().int(), fullName: z.string() }),
  unit: ref,
  position: ref,
  keyCadre: z.boolean(),
  requirement: z.string(),
  legalBasis,
  programme: ref.nullable(),
  /** The grace period's end; null = needed now (overdue). */
  deadline: z.string().nullable(),
  /** 1 = highest: key cadre due now, 2 key cadre in grace, 3 others due now, 4 others in grace. */
  priority: z.number().int(),
});
export type NeedItem = z.infer<typeof needItem>;

export const needsPage = z.object({
  unit: ref,
  asOf: z.string(),
  items: z.array(needItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** People per programme (null = no programme closes the gap), over all pages. */
  summary: z.array(z.object({ programme: ref.nullable(), people: z.number().int() })),
});
export type NeedsPage = z.infer<typeof needsPage>;
