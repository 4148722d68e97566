import { courseParams, qualityAnswer, surveyBody } from '../../../../core/contracts/training-results';
import { actorOf, auditContext } from '../../../http/access';
import type { App, AppDeps } from '../../../http/types';
import { addSurvey, courseQuality } from './service';

export async function qualityRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const tags = ['Đánh giá chất lượng'];
  app.post('/api/training/courses/:id/surveys', {
    config: { access: { permission: 'courses.manage' } },
    schema: {
      tags,
      summary: 'Ghi một phiếu khảo sát học viên (điểm 0–10)',
      params: courseParams,
      body: surveyBody,
    },
    handler: async (req, reply) =>
      reply.status(201).send(await addSurvey(db, auditContext(req), actorOf(req), req.params.id, req.body)),
  });
  app.get('/api/training/courses/:id/quality', {
    config: { access: { permission: 'training.read' } },
    schema: {
      tags,
      summary: 'Chỉ số chất lượng lớp học (0–10) và xếp loại',
      params: courseParams,
      response: { 200: qualityAnswer },
    },
    handler: async (req) => courseQuality(db, actorOf(req), req.params.id),
  });
}
