import { z } from 'zod';
import { idParam, pageOf } from '../../../core/contracts/common';
import {
  resetPasswordResponse,
  roleView,
  userCreateBody,
  userListQuery,
  userUpdateBody,
  userView,
} from '../../../core/contracts/users';
import { PERMISSION_LABELS, ROLE_LABELS, ROLE_PERMISSIONS, ROLES } from '../../../core/roles';
import { actorOf, auditContext } from '../../http/access';
import type { App, AppDeps } from '../../http/types';
import * as users from './service';

export async function userRoutes(app: App, deps: AppDeps): Promise<void> {
  const tags = ['Quản trị người dùng'];
  const { db } = deps;

  app.get('/api/admin/users', {
    config: { access: { permission: 'users.read' } },
    schema: {
      tags,
      summary: 'Danh sách người dùng',
      querystring: userListQuery,
      response: { 200: pageOf(userView) },
    },
    handler: async (req) => users.list(db, actorOf(req), req.query),
  });

  app.get('/api/admin/users/:id', {
    config: { access: { permission: 'users.read' } },
    schema: { tags, summary: 'Một người dùng', params: idParam, response: { 200: userView } },
    handler: async (req) => users.get(db, actorOf(req), req.params.id),
  });

  app.post('/api/admin/users', {
    config: { access: { permission: 'users.write' } },
    schema: { tags, summary: 'Tạo người dùng', body: userCreateBody, response: { 201: userView } },
    handler: async (req, reply) =>
      reply.status(201).send(await users.create(db, auditContext(req), actorOf(req), req.body)),
  });

  app.patch('/api/admin/users/:id', {
    config: { access: { permission: 'users.write' } },
    schema: {
      tags,
      summary: 'Sửa người dùng',
      params: idParam,
      body: userUpdateBody,
      response: { 200: userView },
    },
    handler: async (req) => users.update(db, auditContext(req), actorOf(req), req.params.id, req.body),
  });

  app.post('/api/admin/users/:id/reset-password', {
    config: { access: { permission: 'users.write' } },
    schema: { tags, summary: 'Cấp lại mật khẩu', params: idParam, response: { 200: resetPasswordResponse } },
    handler: async (req) => ({
      password: await users.resetPassword(db, auditContext(req), actorOf(req), req.params.id),
    }),
  });

  app.get('/api/admin/roles', {
    config: { access: { permission: 'roles.read' } },
    schema: { tags, summary: 'Vai trò và quyền', response: { 200: z.array(roleView) } },
    handler: async () =>
      ROLES.map((role) => ({
        role,
        name: ROLE_LABELS[role].vi,
        nameEn: ROLE_LABELS[role].en,
        permissions: ROLE_PERMISSIONS[role].map((key) => ({
          key,
          name: PERMISSION_LABELS[key].vi,
          nameEn: PERMISSION_LABELS[key].en,
        })),
      })),
  });
}
