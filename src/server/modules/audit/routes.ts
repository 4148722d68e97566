import { auditListQuery, auditView } from '../../../core/contracts/audit';
import { pageOf } from '../../../core/contracts/common';
import type { App, AppDeps } from '../../http/types';
import { listAudit } from './queries';

export async function auditRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get('/api/admin/audit', {
    config: { access: { permission: 'audit.read' } },
    schema: {
      tags: ['Nhật ký hệ thống'],
      summary: 'Nhật ký thay đổi dữ liệu',
      querystring: auditListQuery,
      response: { 200: pageOf(auditView) },
    },
    handler: async (req) => listAudit(deps.db, req.query),
  });
}
