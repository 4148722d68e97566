import { z } from 'zod';
import { todayVn } from '../../../core/catalog/dates';
import {
  dissolveBody,
  mergeBody,
  treeNode,
  treeQuery,
  unitCreateBody,
  unitMoveBody,
  unitOption,
  unitOptionQuery,
  unitUpdateBody,
} from '../../../core/contracts/org';
import { actorOf, auditContext } from '../../http/access';
import type { App, AppDeps } from '../../http/types';
import { unitOptions } from './queries';
import * as org from './service';
import { treeOn } from './tree';

const codeParams = z.object({ code: z.string().trim().min(1).max(50) });

export async function orgRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const tags = ['Đơn vị'];
  const read = { access: { permission: 'org.read' as const } };
  const write = { access: { permission: 'org.write' as const } };

  app.get('/api/org/units', {
    config: read,
    schema: {
      tags,
      summary: 'Đơn vị trong phạm vi (cho bộ chọn)',
      querystring: unitOptionQuery,
      response: { 200: z.array(unitOption) },
    },
    handler: async (req) => unitOptions(db, actorOf(req).scope, req.query.q),
  });

  app.get('/api/org/tree', {
    config: read,
    schema: {
      tags,
      summary: 'Cây tổ chức tại một ngày, kèm số người mỗi đơn vị',
      querystring: treeQuery,
      response: { 200: z.array(treeNode) },
    },
    handler: async (req) => {
      const today = todayVn();
      return treeOn(db, actorOf(req).scope, req.query.tree, req.query.asOf ?? today, today);
    },
  });

  app.get('/api/org/units/:code', {
    config: read,
    schema: { tags, summary: 'Chi tiết đơn vị và lịch sử', params: codeParams },
    handler: async (req) => org.detail(db, actorOf(req), req.params.code),
  });

  app.post('/api/org/units', {
    config: write,
    schema: { tags, summary: 'Thêm đơn vị', body: unitCreateBody },
    handler: async (req, reply) =>
      reply.status(201).send(await org.create(db, auditContext(req), actorOf(req), req.body)),
  });

  app.patch('/api/org/units/:code', {
    config: write,
    schema: { tags, summary: 'Đổi tên, sửa thuộc tính đơn vị', params: codeParams, body: unitUpdateBody },
    handler: async (req) => org.update(db, auditContext(req), actorOf(req), req.params.code, req.body),
  });

  app.post('/api/org/units/:code/move', {
    config: write,
    schema: {
      tags,
      summary: 'Chuyển đơn vị sang đơn vị cấp trên khác',
      params: codeParams,
      body: unitMoveBody,
    },
    handler: async (req) => org.move(db, auditContext(req), actorOf(req), req.params.code, req.body),
  });

  app.post('/api/org/merge', {
    config: write,
    schema: { tags, summary: 'Sáp nhập đơn vị vào đơn vị kế thừa từ một ngày', body: mergeBody },
    handler: async (req) => org.merge(db, auditContext(req), actorOf(req), req.body),
  });

  app.post('/api/org/units/:code/dissolve', {
    config: write,
    schema: { tags, summary: 'Giải thể đơn vị', params: codeParams, body: dissolveBody },
    handler: async (req) => org.dissolve(db, auditContext(req), actorOf(req), req.params.code, req.body),
  });
}
