import { z } from 'zod';
import {
  standardPreviewBody,
  standardSetCreateBody,
  standardVersionBody,
  standardVersionUpdateBody,
} from '../../../core/contracts/standards';
import { auditContext } from '../../http/access';
import type { App, AppDeps } from '../../http/types';
import * as standards from './service';

const codeParams = z.object({ code: z.string().trim().max(50) });
const versionParams = codeParams.extend({
  id: z.coerce.number().int().positive('Mã phiên bản không hợp lệ'),
});

export async function standardRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const tags = ['Tiêu chuẩn chức danh'];
  const read = { access: { permission: 'standards.read' as const } };
  const write = { access: { permission: 'standards.write' as const } };

  app.get('/api/standards', {
    config: read,
    schema: { tags, summary: 'Danh mục bộ tiêu chuẩn chức danh và các phiên bản' },
    handler: async () => standards.list(db),
  });
  app.get('/api/standards/:code', {
    config: read,
    schema: { tags, summary: 'Một bộ tiêu chuẩn và các phiên bản', params: codeParams },
    handler: async (req) => standards.get(db, req.params.code),
  });
  app.post('/api/standards', {
    config: write,
    schema: { tags, summary: 'Thêm bộ tiêu chuẩn (kèm phiên bản đầu tiên)', body: standardSetCreateBody },
    handler: async (req, reply) =>
      reply.status(201).send(await standards.create(db, auditContext(req), req.body)),
  });
  app.post('/api/standards/preview', {
    config: write,
    schema: {
      tags,
      summary: 'Xem trước số người chuyển trạng thái nếu lưu thay đổi (không ghi gì)',
      body: standardPreviewBody,
    },
    handler: async (req) => standards.preview(db, req.body),
  });
  app.post('/api/standards/:code/versions', {
    config: write,
    schema: {
      tags,
      summary: 'Thêm phiên bản mới có hiệu lực từ một ngày',
      params: codeParams,
      body: standardVersionBody,
    },
    handler: async (req, reply) =>
      reply.status(201).send(await standards.addVersion(db, auditContext(req), req.params.code, req.body)),
  });
  app.put('/api/standards/:code/versions/:id', {
    config: write,
    schema: { tags, summary: 'Sửa một phiên bản', params: versionParams, body: standardVersionUpdateBody },
    handler: async (req) =>
      standards.updateVersion(
        db,
        auditContext(req),
        req.params.code,
        req.params.id,
        req.body.version,
        req.body.rowVersion,
      ),
  });
}
