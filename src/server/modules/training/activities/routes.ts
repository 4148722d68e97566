import { activitiesQuery, activityBody } from '../../../../core/contracts/training-results';
import { actorOf, auditContext } from '../../../http/access';
import type { App, AppDeps } from '../../../http/types';
import { addActivity, listActivities } from './service';

export async function activityRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const tags = ['Hoạt động bồi dưỡng khác'];
  app.post('/api/training/activities', {
    config: { access: { permission: 'training.nominate' } },
    schema: {
      tags,
      summary: 'Ghi nhận kèm cặp, hướng dẫn, bồi dưỡng người mới (có số giờ)',
      body: activityBody,
    },
    handler: async (req, reply) =>
      reply.status(201).send(await addActivity(db, auditContext(req), actorOf(req), req.body)),
  });
  app.get('/api/training/activities', {
    config: { access: { permission: 'training.read' } },
    schema: { tags, summary: 'Hoạt động bồi dưỡng khác của đơn vị trong kỳ', querystring: activitiesQuery },
    handler: async (req) => listActivities(db, actorOf(req), req.query),
  });
}
