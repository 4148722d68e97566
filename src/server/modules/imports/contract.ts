/** The import's HTTP contract (contracts §3): query, and the answer for both dry runs and commits. */
import { z } from 'zod';
import { IMPORT_ERROR_CODES } from './errors';
import { SHEETS } from './sheets';

export const importQuery = z.object({
  dryRun: z.enum(['true', 'false'], 'dryRun phải là true hoặc false').default('false'),
  /** For a .csv file: which sheet it holds ("Cán bộ", "Công tác"…). */
  sheet: z.string().trim().max(50).optional(),
});

const counts = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

export const importResult = z.object({
  status: z.enum(['ok', 'invalid']),
  counts: z.record(z.enum(Object.values(SHEETS) as [string, ...string[]]), counts),
  errors: z.array(
    z.object({
      sheet: z.string(),
      row: z.number().int(),
      column: z.string(),
      value: z.string(),
      code: z.enum(IMPORT_ERROR_CODES),
      message: z.string(),
    }),
  ),
});
export type ImportResult = z.infer<typeof importResult>;
