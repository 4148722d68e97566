/**
 * The mandatory annual refresher minimum (issue 6 item 5): the editable, dated rule
 * (training_rule kind 'annual_minimum') and the report of people below it.
 */
import { z } from 'zod';
import { PERSON_CATEGORIES } from '../catalog/enums';
import { legalBasisBody } from './training-catalogue';

export const RULE_KINDS = ['eligibility_postgraduate', 'commitment', 'annual_minimum'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const rulesQuery = z.object({ kind: z.enum(RULE_KINDS, 'Loại quy định không hợp lệ').optional() });
export type RulesQuery = z.infer<typeof rulesQuery>;

export const legalBasisItem = z.object({
  number: z.string(),
  title: z.string(),
  date: z.string().nullable(),
});

export const ruleItem = z.object({
  id: z.number().int(),
  kind: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  params: z.record(z.string(), z.unknown()),
  legalBasis: legalBasisItem,
  note: z.string().nullable(),
  version: z.number().int(),
});
export type RuleItem = z.infer<typeof ruleItem>;

export const annualMinimumParams = z.strictObject({
  periods: z
    .number('Số tiết tối thiểu phải là số nguyên')
    .int('Số tiết tối thiểu phải là số nguyên')
    .min(0, 'Số tiết tối thiểu không được âm')
    .max(10_000, 'Số tiết tối thiểu tối đa 10.000'),
  categories: z
    .array(z.enum(PERSON_CATEGORIES, 'Đối tượng áp dụng không hợp lệ'))
    .min(1, 'Vui lòng chọn ít nhất một đối tượng áp dụng'),
});
export type AnnualMinimumParamsBody = z.infer<typeof annualMinimumParams>;

export const ruleUpdateBody = z.strictObject({
  params: annualMinimumParams,
  legalBasis: legalBasisBody,
  note: z.string().trim().max(1000, 'Ghi chú tối đa 1000 ký tự').nullish(),
  version: z.number().int().min(1),
});
export type RuleUpdateBody = z.infer<typeof ruleUpdateBody>;

export const annualMinimumQuery = z.object({
  /** Omitted: the whole country (administrators only). */
  unit: z.string().trim().min(1, 'Vui lòng chọn đơn vị').max(50).optional(),
  /** Default: this year. */
  year: z.coerce
    .number('Năm không hợp lệ')
    .int('Năm không hợp lệ')
    .min(2000, 'Năm phải từ 2000')
    .max(2100, 'Năm không hợp lệ')
    .optional(),
  page: z.coerce.number().int().min(1, 'Số trang phải từ 1 trở lên').default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1, 'Số dòng mỗi trang phải từ 1 trở lên')
    .max(5000, 'Số dòng mỗi trang tối đa là 5000')
    .default(50),
  format: z.enum(['json', 'xlsx']).default('json'),
});
export type AnnualMinimumQuery = z.infer<typeof annualMinimumQuery>;

export const annualMinimumRow = z.object({
  person: z.object({ id: z.number().int(), fullName: z.string(), birthDate: z.string() }),
  unit: z.object({ code: z.string(), name: z.string() }).nullable(),
  category: z.string(),
  periods: z.number(),
  missing: z.number(),
});
export type AnnualMinimumRow = z.infer<typeof annualMinimumRow>;

export const annualMinimumReport = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  year: z.number().int(),
  /** The rule in force on 31/12 of the year (today for the current year); null when none. */
  rule: ruleItem.nullable(),
  minimum: z.number(),
  categories: z.array(z.string()),
  totals: z.object({ people: z.number().int(), below: z.number().int(), rate: z.number() }),
  items: z.array(annualMinimumRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AnnualMinimumReport = z.infer<typeof annualMinimumReport>;
