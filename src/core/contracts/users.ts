import { z } from 'zod';
import { ROLES } from '../roles';
import { passwordField, scopeUnit, usernameField } from './auth';
import { pageQuery } from './common';

const displayNameField = z
  .string()
  .trim()
  .min(1, 'Vui lòng nhập họ và tên')
  .max(200, 'Họ và tên tối đa 200 ký tự');

/** The person record a self-service (cadre) account acts for; null unlinks. */
const personIdField = z
  .number('Mã cán bộ không hợp lệ')
  .int('Mã cán bộ không hợp lệ')
  .positive('Mã cán bộ không hợp lệ');

/** Where e-mail notifications go (when the server has SMTP); optional, null clears it. */
const emailField = z
  .string()
  .trim()
  .max(254, 'Địa chỉ e-mail không hợp lệ')
  .pipe(z.email('Địa chỉ e-mail không hợp lệ'));

const scopeCodesField = z
  .array(z.string().trim().min(1).max(50, 'Mã đơn vị tối đa 50 ký tự'))
  .max(200, 'Phạm vi tối đa 200 đơn vị');

export const userCreateBody = z
  .strictObject({
    username: usernameField,
    displayName: displayNameField,
    role: z.enum(ROLES, 'Vai trò không hợp lệ'),
    scope: scopeCodesField.default([]),
    password: passwordField,
    personId: personIdField.nullish(),
    email: emailField.nullish(),
  })
  // The same rule the service enforces, here so the form shows it on blur.
  .superRefine((b, ctx) => {
    if (b.role === 'admin' && b.scope.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['scope'],
        message: 'Quản trị hệ thống có toàn quyền, không chọn phạm vi đơn vị',
      });
    }
    if (b.role !== 'admin' && b.scope.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['scope'],
        message: 'Vui lòng chọn ít nhất một đơn vị trong phạm vi',
      });
    }
  });
export type UserCreateBody = z.infer<typeof userCreateBody>;

export const userUpdateBody = z.strictObject({
  displayName: displayNameField.optional(),
  role: z.enum(ROLES, 'Vai trò không hợp lệ').optional(),
  scope: scopeCodesField.optional(),
  active: z.boolean().optional(),
  personId: personIdField.nullable().optional(),
  email: emailField.nullable().optional(),
  /** Optimistic concurrency: the version the editor saw. */
  version: z.number().int().min(1),
});
export type UserUpdateBody = z.infer<typeof userUpdateBody>;

export const userListQuery = pageQuery.extend({
  q: z.string().trim().max(100, 'Từ khóa tối đa 100 ký tự').optional(),
  role: z.enum(ROLES, 'Vai trò không hợp lệ').optional(),
});
export type UserListQuery = z.infer<typeof userListQuery>;

export const userView = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  scope: z.array(scopeUnit),
  active: z.boolean(),
  /** The linked person record (self-service accounts), or null. */
  person: z.object({ id: z.number().int(), fullName: z.string() }).nullable(),
  email: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type UserView = z.infer<typeof userView>;

export const resetPasswordResponse = z.object({ password: z.string() });

export const roleView = z.object({
  role: z.enum(ROLES),
  name: z.string(),
  nameEn: z.string(),
  permissions: z.array(z.object({ key: z.string(), name: z.string(), nameEn: z.string() })),
});
