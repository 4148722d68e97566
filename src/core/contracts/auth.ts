import { z } from 'zod';
import { ROLES } from '../roles';

export const PASSWORD_MIN = 10;

export const passwordField = z
  .string()
  .min(PASSWORD_MIN, `Mật khẩu phải có ít nhất ${PASSWORD_MIN} ký tự`)
  .max(200, 'Mật khẩu tối đa 200 ký tự');

export const usernameField = z
  .string()
  .trim()
  .min(3, 'Tên đăng nhập phải có ít nhất 3 ký tự')
  .max(64, 'Tên đăng nhập tối đa 64 ký tự')
  .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số và . _ -');

export const loginBody = z.strictObject({
  username: z.string().trim().min(1, 'Vui lòng nhập tên đăng nhập').max(64, 'Tên đăng nhập tối đa 64 ký tự'),
  password: z.string().min(1, 'Vui lòng nhập mật khẩu').max(200, 'Mật khẩu tối đa 200 ký tự'),
});
export type LoginBody = z.infer<typeof loginBody>;

export const scopeUnit = z.object({ code: z.string(), name: z.string() });

export const sessionUser = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  scope: z.array(scopeUnit),
  permissions: z.array(z.string()),
  mustChangePassword: z.boolean(),
  /** The person record a self-service (cadre) account acts for; null when not linked. */
  personId: z.number().int().nullable(),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const loginResponse = z.object({ user: sessionUser, csrfToken: z.string() });
export type LoginResponse = z.infer<typeof loginResponse>;

export const passwordChangeBody = z
  .strictObject({
    currentPassword: z.string().min(1, 'Vui lòng nhập mật khẩu hiện tại').max(200),
    newPassword: passwordField,
  })
  .refine((b) => b.currentPassword !== b.newPassword, {
    path: ['newPassword'],
    message: 'Mật khẩu mới phải khác mật khẩu hiện tại',
  });
export type PasswordChangeBody = z.infer<typeof passwordChangeBody>;

export const tokenCreateBody = z.strictObject({
  name: z.string().trim().min(1, 'Vui lòng nhập tên token').max(100, 'Tên token tối đa 100 ký tự'),
});

export const tokenView = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type TokenView = z.infer<typeof tokenView>;
