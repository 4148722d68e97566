import {
  plan,
  planCreateBody,
  planDecisionBody,
  planIdParam,
  planList,
  planProgress,
  planProgressQuery,
  planReturnBody,
  plansQuery,
  planUpdateBody,
  submissions,
  submissionsQuery,
} from '../../../core/contracts/plans';
import { actorOf, auditContext } from '../../http/access';
import type { App, AppDeps } from '../../http/types';
import { planProgress as progressOf } from './progress';
import * as plans from './service';
import { submissions as submissionsOf } from './submissions';
import { approvePlan, returnPlan, submitPlan } from './workflow';

export async function planRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const tags = ['Kế hoạch đào tạo'];
  const read = { access: { permission: 'plans.read' as const } };
  const write = { access: { permission: 'plans.write' as const } };
  const approve = { access: { permission: 'plans.approve' as const } };

  app.get('/api/plans', {
    config: read,
    schema: {
      tags,
      summary: 'Danh sách kế hoạch đào tạo, bồi dưỡng của các đơn vị trong phạm vi quản lý',
      querystring: plansQuery,
      response: { 200: planList },
    },
    handler: async (req) => plans.listPlans(db, actorOf(req), req.query),
  });

  // Declared before /api/plans/:id so that "submissions" is never read as a plan id.
  app.get('/api/plans/submissions', {
    config: read,
    schema: {
      tags,
      summary: 'Tình hình xây dựng kế hoạch của các đơn vị cấp dưới trong một năm',
      querystring: submissionsQuery,
      response: { 200: submissions },
    },
    handler: async (req) => submissionsOf(db, actorOf(req), req.query),
  });

  app.post('/api/plans', {
    config: write,
    schema: {
      tags,
      summary: 'Lập kế hoạch mới (dự thảo từ nhu cầu đào tạo và chỉ tiêu cấp trên giao)',
      body: planCreateBody,
      response: { 201: plan },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await plans.createPlan(db, auditContext(req), actorOf(req), req.body)),
  });

  app.get('/api/plans/:id', {
    config: read,
    schema: { tags, summary: 'Chi tiết kế hoạch', params: planIdParam, response: { 200: plan } },
    handler: async (req) => plans.getPlan(db, actorOf(req), req.params.id),
  });

  app.put('/api/plans/:id', {
    config: write,
    schema: {
      tags,
      summary: 'Sửa kế hoạch dự thảo hoặc bị trả lại (thay toàn bộ chỉ tiêu và kinh phí)',
      params: planIdParam,
      body: planUpdateBody,
      response: { 200: plan },
    },
    handler: async (req) => plans.updatePlan(db, auditContext(req), actorOf(req), req.params.id, req.body),
  });

  app.delete('/api/plans/:id', {
    config: write,
    schema: { tags, summary: 'Xóa kế hoạch dự thảo', params: planIdParam },
    handler: async (req, reply) => {
      await plans.deletePlan(db, auditContext(req), actorOf(req), req.params.id);
      return reply.code(204).send();
    },
  });

  app.post('/api/plans/:id/submit', {
    config: write,
    schema: {
      tags,
      summary: 'Trình kế hoạch để phê duyệt',
      params: planIdParam,
      body: planDecisionBody,
      response: { 200: plan },
    },
    handler: async (req) => submitPlan(db, auditContext(req), actorOf(req), req.params.id, req.body),
  });

  app.post('/api/plans/:id/return', {
    config: approve,
    schema: {
      tags,
      summary: 'Trả lại kế hoạch kèm ý kiến',
      params: planIdParam,
      body: planReturnBody,
      response: { 200: plan },
    },
    handler: async (req) => returnPlan(db, auditContext(req), actorOf(req), req.params.id, req.body),
  });

  app.post('/api/plans/:id/approve', {
    config: approve,
    schema: {
      tags,
      summary: 'Phê duyệt kế hoạch',
      params: planIdParam,
      body: planDecisionBody,
      response: { 200: plan },
    },
    handler: async (req) => approvePlan(db, auditContext(req), actorOf(req), req.params.id, req.body),
  });

  app.get('/api/plans/:id/progress', {
    config: read,
    schema: {
      tags,
      summary: 'Tiến độ thực hiện kế hoạch: thực tế so với chỉ tiêu tại một ngày',
      params: planIdParam,
      querystring: planProgressQuery,
      response: { 200: planProgress },
    },
    handler: async (req) => progressOf(db, actorOf(req), req.params.id, req.query.asOf),
  });
}
