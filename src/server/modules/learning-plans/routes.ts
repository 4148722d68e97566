import {
  learningPlan,
  monitoredPlans,
  planBody,
  planItemFields,
  planItemParams,
  planItemStatusBody,
  planItemUpdateBody,
  planParams,
} from '../../../core/contracts/learning-plans';
import { actorOf, auditContext } from '../../http/access';
import type { App, AppDeps } from '../../http/types';
import * as plans from './service';

export async function learningPlanRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const tags = ['Kế hoạch học tập cá nhân'];
  const write = { access: { permission: 'people.write' as const } };
  // The person themself and the plan's monitor may read it and mark items done: the service
  // decides (officer in scope, linked person, monitor), answering 404 to anyone else.
  const shared = { access: { authenticated: true as const } };
  const base = '/api/people/:id/learning-plans/:year';

  app.get('/api/learning-plans/monitored', {
    config: shared,
    schema: {
      tags,
      summary: 'Người tôi theo dõi: kế hoạch học tập của những người mình phụ trách, mục quá hạn trước',
      response: { 200: monitoredPlans },
    },
    handler: async (req) => plans.monitored(db, actorOf(req)),
  });

  app.get(base, {
    config: shared,
    schema: {
      tags,
      summary: 'Kế hoạch học tập cá nhân của một năm',
      params: planParams,
      response: { 200: learningPlan },
    },
    handler: async (req) => plans.getPlan(db, actorOf(req), req.params.id, req.params.year),
  });

  app.put(base, {
    config: write,
    schema: {
      tags,
      summary: 'Lập hoặc sửa kế hoạch học tập cá nhân (người theo dõi, ghi chú)',
      params: planParams,
      body: planBody,
      response: { 200: learningPlan },
    },
    handler: async (req) =>
      plans.putPlan(db, auditContext(req), actorOf(req), req.params.id, req.params.year, req.body),
  });

  app.post(`${base}/items`, {
    config: write,
    schema: {
      tags,
      summary: 'Thêm mục vào kế hoạch học tập',
      params: planParams,
      body: planItemFields,
      response: { 201: learningPlan },
    },
    handler: async (req, reply) =>
      reply
        .code(201)
        .send(
          await plans.addItem(db, auditContext(req), actorOf(req), req.params.id, req.params.year, req.body),
        ),
  });

  app.put(`${base}/items/:itemId`, {
    config: write,
    schema: {
      tags,
      summary: 'Sửa một mục của kế hoạch học tập',
      params: planItemParams,
      body: planItemUpdateBody,
      response: { 200: learningPlan },
    },
    handler: async (req) =>
      plans.updateItem(
        db,
        auditContext(req),
        actorOf(req),
        req.params.id,
        req.params.year,
        req.params.itemId,
        req.body,
      ),
  });

  app.delete(`${base}/items/:itemId`, {
    config: write,
    schema: {
      tags,
      summary: 'Xóa một mục của kế hoạch học tập',
      params: planItemParams,
      response: { 200: learningPlan },
    },
    handler: async (req) =>
      plans.deleteItem(
        db,
        auditContext(req),
        actorOf(req),
        req.params.id,
        req.params.year,
        req.params.itemId,
      ),
  });

  app.post(`${base}/items/:itemId/status`, {
    config: shared,
    schema: {
      tags,
      summary: 'Đánh dấu một mục đã hoàn thành (hoặc chưa): cán bộ, người theo dõi hoặc cán bộ tổ chức',
      params: planItemParams,
      body: planItemStatusBody,
      response: { 200: learningPlan },
    },
    handler: async (req) =>
      plans.setItemStatus(
        db,
        auditContext(req),
        actorOf(req),
        req.params.id,
        req.params.year,
        req.params.itemId,
        req.body,
      ),
  });
}
