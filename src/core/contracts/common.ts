import { z } from 'zod';

/** Paging per contracts §2: `?page=1&pageSize=50`. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1, 'Số trang phải từ 1 trở lên').default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1, 'Số dòng mỗi trang phải từ 1 trở lên')
    .max(500, 'Số dòng mỗi trang tối đa là 500')
    .default(50),
});
export type PageQuery = z.infer<typeof pageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** One field-level problem in a validation error's `details`. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** Civil date `YYYY-MM-DD` (contracts §2), checked to be a real calendar day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'Ngày không tồn tại');

export const idParam = z.object({ id: z.coerce.number().int().positive('Mã không hợp lệ') });
