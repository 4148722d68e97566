import { z } from 'zod';
import { POSITION_GROUPS } from '../catalog/enums';

export const positionView = z.object({
  code: z.string(),
  name: z.string(),
  group: z.enum(POSITION_GROUPS),
  keyCadre: z.boolean(),
  level: z.enum(['commune', 'district', 'province', 'any']),
  managementTier: z.string().nullable(),
  field: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type PositionView = z.infer<typeof positionView>;

export const positionBody = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1, 'Vui lòng nhập mã chức vụ')
    .max(50, 'Mã chức vụ tối đa 50 ký tự')
    .regex(/^[A-Z0-9_]+$/, 'Mã chức vụ chỉ gồm chữ in hoa không dấu, chữ số và _'),
  name: z.string().trim().min(1, 'Vui lòng nhập tên chức vụ').max(200, 'Tên chức vụ tối đa 200 ký tự'),
  group: z.enum(POSITION_GROUPS, 'Nhóm vị trí không hợp lệ'),
  keyCadre: z.boolean().default(false),
  level: z.enum(['commune', 'district', 'province', 'any'], 'Cấp áp dụng không hợp lệ'),
  managementTier: z.string().trim().max(200).nullish(),
  field: z.string().trim().max(200).nullish(),
  active: z.boolean().default(true),
});
export type PositionBody = z.infer<typeof positionBody>;
