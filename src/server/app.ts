import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import '../core/zod-locale';
import {
  declarePluginRoutesPublic,
  installAccessControl,
  type RouteRecord,
  recordRoutes,
} from './http/access';
import { installErrorHandler, installNotFound } from './http/error-handler';
import type { App, AppDeps } from './http/types';
import { auditRoutes } from './modules/audit/routes';
import { authRoutes } from './modules/auth/routes';
import { complianceRoutes } from './modules/compliance/routes';
import { healthRoutes } from './modules/health/routes';
import { importRoutes } from './modules/imports/routes';
import { learningPlanRoutes } from './modules/learning-plans/routes';
import { minimumRoutes } from './modules/minimum/routes';
import { needsRoutes } from './modules/needs/routes';
import { notificationRoutes } from './modules/notifications/routes';
import { orgRoutes } from './modules/org/routes';
import { peopleRoutes } from './modules/people/routes';
import { planRoutes } from './modules/plans/routes';
import { positionRoutes } from './modules/positions/routes';
import { reportRoutes } from './modules/reports/routes';
import { standardRoutes } from './modules/standards/routes';
import { activityRoutes } from './modules/training/activities/routes';
import { trainingCatalogueRoutes } from './modules/training/catalogue/routes';
import { commitmentRoutes } from './modules/training/commitments/routes';
import { trainingCourseRoutes } from './modules/training/courses/routes';
import { trainingEnrolmentRoutes } from './modules/training/enrolment/routes';
import { trainingListRoutes } from './modules/training/lists/routes';
import { qualityRoutes } from './modules/training/quality/routes';
import { trainingRegistrationRoutes } from './modules/training/registration/routes';
import { trainingReportRoutes } from './modules/training/report/routes';
import { trainingResultRoutes } from './modules/training/results/routes';
import { userRoutes } from './modules/users/routes';

export interface BuildOptions extends AppDeps {
  /** Built web app (index.html + assets); served from the same port when present. */
  webDir?: string;
  logger?: FastifyServerOptions['logger'];
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export async function buildApp(opts: BuildOptions): Promise<{ app: App; routes: RouteRecord[] }> {
  const app = Fastify({
    logger: opts.logger ?? { level: opts.config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: opts.config.trustProxy,
    // Keep a caller's request id (load balancer, integrator) when it is sane; otherwise make one.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const routes = recordRoutes(app);
  installErrorHandler(app);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS as <style> elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => {
      const err = new Error('rate limited') as Error & { statusCode: number };
      err.statusCode = ctx.statusCode;
      return err;
    },
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Cadre API',
        description: 'Quản lý đào tạo, bồi dưỡng cán bộ, công chức, viên chức',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'cadre_session' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(async (docs) => {
    declarePluginRoutesPublic(docs, 'API documentation');
    await docs.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  });

  installAccessControl(app, { db: opts.db, auth: opts.config.auth });

  app.get('/api/openapi.json', {
    config: { access: { public: true, reason: 'API description for integrators' } },
    schema: { hide: true },
    handler: async () => app.swagger(),
  });
  await healthRoutes(app, opts);
  await authRoutes(app, opts);
  await userRoutes(app, opts);
  await auditRoutes(app, opts);
  await orgRoutes(app, opts);
  await peopleRoutes(app, opts);
  await reportRoutes(app, opts);
  await positionRoutes(app, opts);
  await importRoutes(app, opts);
  await standardRoutes(app, opts);
  await complianceRoutes(app, opts);
  await minimumRoutes(app, opts);
  await trainingCatalogueRoutes(app, opts);
  await trainingCourseRoutes(app, opts);
  await trainingEnrolmentRoutes(app, opts);
  await trainingRegistrationRoutes(app, opts);
  await trainingResultRoutes(app, opts);
  await commitmentRoutes(app, opts);
  await qualityRoutes(app, opts);
  await activityRoutes(app, opts);
  await trainingReportRoutes(app, opts);
  await trainingListRoutes(app, opts);
  await needsRoutes(app, opts);
  await planRoutes(app, opts);
  await learningPlanRoutes(app, opts);
  await notificationRoutes(app, opts);

  const indexHtml = opts.webDir ? await serveWeb(app, opts.webDir) : null;
  installNotFound(app, indexHtml);
  return { app, routes };
}

/** Serves the built single-page app; returns its index.html for client-side routes. */
async function serveWeb(app: App, webDir: string): Promise<string | null> {
  const indexFile = path.join(webDir, 'index.html');
  if (!fs.existsSync(indexFile)) {
    app.log.warn(`Chưa có bản dựng giao diện web tại ${webDir}; chạy "npm run build"`);
    return null;
  }
  const indexHtml = fs.readFileSync(indexFile, 'utf8');
  await app.register(async (web) => {
    declarePluginRoutesPublic(web, 'web application files');
    await web.register(fastifyStatic, { root: webDir, wildcard: false, index: false });
  });
  app.get('/', {
    config: { access: { public: true, reason: 'web application' } },
    schema: { hide: true },
    handler: async (_req, reply) => reply.type('text/html; charset=utf-8').send(indexHtml),
  });
  return indexHtml;
}
