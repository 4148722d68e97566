import { z } from 'zod';
import {
  institutionBody,
  institutionItem,
  institutionQuery,
  institutionUpdateBody,
  programmeBody,
  programmeItem,
  programmeQuery,
  programmeUpdateBody,
} from '../../../../core/contracts/training-catalogue';
import { auditContext } from '../../../http/access';
import type { App, AppDeps } from '../../../http/types';
import * as catalogue from './service';

const codeParams = z.object({ code: z.string().trim().min(1).max(50) });

export async function trainingCatalogueRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const tags = ['Đào tạo, bồi dưỡng'];
  const read = { access: { permission: 'training.read' as const } };
  const write = { access: { permission: 'training.catalogue' as const } };

  app.get('/api/training/institutions', {
    config: read,
    schema: {
      tags,
      summary: 'Danh mục cơ sở đào tạo',
      querystring: institutionQuery,
      response: { 200: z.object({ items: z.array(institutionItem) }) },
    },
    handler: async (req) => catalogue.institutions(db, req.query),
  });
  app.post('/api/training/institutions', {
    config: write,
    schema: {
      tags,
      summary: 'Thêm cơ sở đào tạo',
      body: institutionBody,
      response: { 201: institutionItem },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await catalogue.createInstitution(db, auditContext(req), req.body)),
  });
  app.put('/api/training/institutions/:code', {
    config: write,
    schema: {
      tags,
      summary: 'Sửa cơ sở đào tạo',
      params: codeParams,
      body: institutionUpdateBody,
      response: { 200: institutionItem },
    },
    handler: async (req) => catalogue.updateInstitution(db, auditContext(req), req.params.code, req.body),
  });

  app.get('/api/training/programmes', {
    config: read,
    schema: {
      tags,
      summary: 'Danh mục chương trình đào tạo, bồi dưỡng',
      querystring: programmeQuery,
      response: { 200: z.object({ items: z.array(programmeItem) }) },
    },
    handler: async (req) => catalogue.programmes(db, req.query),
  });
  app.post('/api/training/programmes', {
    config: write,
    schema: { tags, summary: 'Thêm chương trình', body: programmeBody, response: { 201: programmeItem } },
    handler: async (req, reply) =>
      reply.status(201).send(await catalogue.createProgramme(db, auditContext(req), req.body)),
  });
  app.put('/api/training/programmes/:code', {
    config: write,
    schema: {
      tags,
      summary: 'Sửa chương trình',
      params: codeParams,
      body: programmeUpdateBody,
      response: { 200: programmeItem },
    },
    handler: async (req) => catalogue.updateProgramme(db, auditContext(req), req.params.code, req.body),
  });
}
