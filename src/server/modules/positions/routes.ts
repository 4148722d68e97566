import { z } from 'zod';
import { positionBody, positionView } from '../../../core/contracts/positions';
import { auditContext } from '../../http/access';
import type { App, AppDeps } from '../../http/types';
import * as positions from './service';

export async function positionRoutes(app: App, deps: AppDeps): Promise<void> {
  const tags = ['Chức vụ'];
  app.get('/api/positions', {
    config: { access: { permission: 'org.read' } },
    schema: { tags, summary: 'Danh mục chức vụ', response: { 200: z.array(positionView) } },
    handler: async () => positions.list(deps.db),
  });
  app.post('/api/positions', {
    config: { access: { permission: 'positions.write' } },
    schema: { tags, summary: 'Thêm chức vụ', body: positionBody, response: { 201: positionView } },
    handler: async (req, reply) =>
      reply.status(201).send(await positions.create(deps.db, auditContext(req), req.body)),
  });
  app.put('/api/positions/:code', {
    config: { access: { permission: 'positions.write' } },
    schema: {
      tags,
      summary: 'Sửa chức vụ',
      params: z.object({ code: z.string().max(50) }),
      body: z.strictObject({ position: positionBody, version: z.number().int().min(1) }),
      response: { 200: positionView },
    },
    handler: async (req) =>
      positions.update(deps.db, auditContext(req), req.params.code, req.body.position, req.body.version),
  });
}
