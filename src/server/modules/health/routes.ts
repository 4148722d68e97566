import { z } from 'zod';
import type { App, AppDeps } from '../../http/types';

export async function healthRoutes(app: App, deps: AppDeps): Promise<void> {
  app.get('/api/health', {
    config: { access: { public: true, reason: 'load balancers and monitoring' } },
    schema: {
      tags: ['Hệ thống'],
      summary: 'Tình trạng dịch vụ',
      response: {
        200: z.object({ status: z.literal('ok'), db: z.literal('ok') }),
        503: z.object({ status: z.string(), db: z.string() }),
      },
    },
    handler: async (_req, reply) => {
      if (await deps.pingDb()) return { status: 'ok' as const, db: 'ok' as const };
      return reply.status(503).send({ status: 'degraded', db: 'down' });
    },
  });
}
