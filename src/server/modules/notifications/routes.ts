import { z } from 'zod';
import {
  digestRun,
  digestRunBody,
  notificationPage,
  notificationPreferences,
  notificationsQuery,
  preferencesBody,
  unreadCount,
} from '../../../core/contracts/notifications';
import { actorOf, auditContext } from '../../http/access';
import { AppError } from '../../http/errors';
import type { App, AppDeps } from '../../http/types';
import * as centre from './service';

const idParams = z.object({ id: z.coerce.number().int().positive() });
// pg-boss job ids are UUIDs; anything else is simply not found (checked by the job system).
const jobParams = z.object({ jobId: z.string().max(64) });

export async function notificationRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db, config } = deps;
  const tags = ['Thông báo'];
  // Every signed-in user has a notification centre; the service only ever touches their own rows
  // (another user's notification id answers 404).
  const own = { access: { authenticated: true as const } };
  const jobsRun = { access: { permission: 'jobs.run' as const } };
  const smtp = Boolean(config.mail?.smtpUrl);

  app.get('/api/notifications', {
    config: own,
    schema: {
      tags,
      summary: 'Thông báo của tôi, mới nhất trước',
      querystring: notificationsQuery,
      response: { 200: notificationPage },
    },
    handler: async (req) => centre.list(db, actorOf(req), req.query),
  });

  app.get('/api/notifications/unread-count', {
    config: own,
    schema: { tags, summary: 'Số thông báo chưa đọc', response: { 200: unreadCount } },
    handler: async (req) => centre.unreadCount(db, actorOf(req)),
  });

  app.post('/api/notifications/:id/read', {
    config: own,
    schema: { tags, summary: 'Đánh dấu một thông báo đã đọc', params: idParams },
    handler: async (req, reply) => {
      await centre.markRead(db, actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  });

  app.post('/api/notifications/read-all', {
    config: own,
    schema: { tags, summary: 'Đánh dấu tất cả thông báo đã đọc' },
    handler: async (req, reply) => {
      await centre.markAllRead(db, actorOf(req));
      return reply.code(204).send();
    },
  });

  app.get('/api/notifications/preferences', {
    config: own,
    schema: {
      tags,
      summary: 'Loại thông báo tôi nhận, trong ứng dụng và qua e-mail',
      response: { 200: notificationPreferences },
    },
    handler: async (req) => centre.getPreferences(db, actorOf(req), smtp),
  });

  app.put('/api/notifications/preferences', {
    config: own,
    schema: {
      tags,
      summary: 'Chọn loại thông báo nhận trong ứng dụng và qua e-mail',
      body: preferencesBody,
      response: { 200: notificationPreferences },
    },
    handler: async (req) => centre.putPreferences(db, auditContext(req), actorOf(req), req.body, smtp),
  });

  app.post('/api/notifications/digest', {
    config: jobsRun,
    schema: {
      tags,
      summary: 'Chạy ngay tác vụ nhắc việc hằng tuần (tác vụ nền)',
      body: digestRunBody,
      response: { 202: digestRun },
    },
    handler: async (req, reply) => {
      if (!deps.jobs) throw new AppError('JOBS_DISABLED');
      return reply.code(202).send(await deps.jobs.enqueueDigest(req.body.date));
    },
  });

  app.get('/api/notifications/digest/:jobId', {
    config: jobsRun,
    schema: {
      tags,
      summary: 'Trạng thái và kết quả của một lần chạy nhắc việc hằng tuần',
      params: jobParams,
      response: { 200: digestRun },
    },
    handler: async (req) => {
      if (!deps.jobs) throw new AppError('JOBS_DISABLED');
      const run = await deps.jobs.digestRun(req.params.jobId);
      if (!run) throw new AppError('JOB_NOT_FOUND');
      return run;
    },
  });
}
