import { commitmentParams, commitmentsQuery, leaveBody } from '../../../../core/contracts/training-results';
import { actorOf, auditContext } from '../../../http/access';
import type { App, AppDeps } from '../../../http/types';
import { leave, openCommitments } from './service';

export async function commitmentRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const tags = ['Cam kết phục vụ'];
  app.get('/api/training/commitments', {
    config: { access: { permission: 'training.read' } },
    schema: { tags, summary: 'Cam kết phục vụ còn hiệu lực của đơn vị', querystring: commitmentsQuery },
    handler: async (req) => openCommitments(db, actorOf(req), req.query.unit),
  });
  app.post('/api/training/commitments/:id/leave', {
    config: { access: { permission: 'training.nominate' } },
    schema: {
      tags,
      summary: 'Ghi nhận thôi việc trước hạn cam kết; tính chi phí bồi hoàn S = F / T1 × (T1 − T2)',
      params: commitmentParams,
      body: leaveBody,
    },
    handler: async (req) => leave(db, auditContext(req), actorOf(req), req.params.id, req.body),
  });
}
