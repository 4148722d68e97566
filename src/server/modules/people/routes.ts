import { z } from 'zod';
import { pageOf } from '../../../core/contracts/common';
import {
  assignmentBody,
  assignmentUpdateBody,
  evaluationBody,
  peopleQuery,
  personCreateBody,
  personListItem,
  personRecord,
  personUpdateBody,
  qualificationBody,
  qualificationUpdateBody,
  rewardDisciplineBody,
} from '../../../core/contracts/people';
import { actorOf, auditContext } from '../../http/access';
import type { App, AppDeps } from '../../http/types';
import { exportPeople } from './export';
import * as people from './service';

const personParams = z.object({ id: z.coerce.number().int().positive('Mã cán bộ không hợp lệ') });
const childParams = personParams.extend({
  childId: z.coerce.number().int().positive('Mã bản ghi không hợp lệ'),
});

export async function peopleRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const tags = ['Cán bộ'];
  const read = { access: { permission: 'people.read' as const } };
  const write = { access: { permission: 'people.write' as const } };

  app.get('/api/people', {
    config: read,
    schema: {
      tags,
      summary: 'Tìm kiếm, lọc danh sách cán bộ',
      querystring: peopleQuery,
      response: { 200: pageOf(personListItem) },
    },
    handler: async (req) => people.list(db, actorOf(req), req.query),
  });

  app.get('/api/people/export.xlsx', {
    config: read,
    schema: { tags, summary: 'Xuất danh sách đã lọc ra Excel', querystring: peopleQuery },
    handler: async (req, reply) => {
      const stream = await exportPeople(db, auditContext(req), actorOf(req), req.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="danh-sach-can-bo.xlsx"')
        .send(stream);
    },
  });

  app.get('/api/people/:id', {
    config: read,
    schema: { tags, summary: 'Hồ sơ cán bộ', params: personParams, response: { 200: personRecord } },
    handler: async (req) => people.record(db, actorOf(req), req.params.id),
  });

  app.post('/api/people', {
    config: write,
    schema: {
      tags,
      summary: 'Thêm cán bộ (kèm quá trình công tác đầu tiên)',
      body: personCreateBody,
      response: { 201: personRecord },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await people.create(db, auditContext(req), actorOf(req), req.body)),
  });

  app.put('/api/people/:id', {
    config: write,
    schema: {
      tags,
      summary: 'Sửa sơ yếu lý lịch',
      params: personParams,
      body: personUpdateBody,
      response: { 200: personRecord },
    },
    handler: async (req) =>
      people.update(db, auditContext(req), actorOf(req), req.params.id, req.body.person, req.body.version),
  });

  app.post('/api/people/:id/assignments', {
    config: write,
    schema: {
      tags,
      summary: 'Thêm quá trình công tác',
      params: personParams,
      body: assignmentBody,
      response: { 201: personRecord },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await people.addAssignment(db, auditContext(req), actorOf(req), req.params.id, req.body)),
  });

  app.put('/api/people/:id/assignments/:childId', {
    config: write,
    schema: {
      tags,
      summary: 'Sửa quá trình công tác',
      params: childParams,
      body: assignmentUpdateBody,
      response: { 200: personRecord },
    },
    handler: async (req) =>
      people.updateAssignment(
        db,
        auditContext(req),
        actorOf(req),
        req.params.id,
        req.params.childId,
        req.body.assignment,
        req.body.version,
      ),
  });

  app.post('/api/people/:id/qualifications', {
    config: write,
    schema: {
      tags,
      summary: 'Thêm trình độ',
      params: personParams,
      body: qualificationBody,
      response: { 201: personRecord },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await people.addQualification(db, auditContext(req), actorOf(req), req.params.id, req.body)),
  });

  app.put('/api/people/:id/qualifications/:childId', {
    config: write,
    schema: {
      tags,
      summary: 'Sửa trình độ',
      params: childParams,
      body: qualificationUpdateBody,
      response: { 200: personRecord },
    },
    handler: async (req) =>
      people.updateQualification(
        db,
        auditContext(req),
        actorOf(req),
        req.params.id,
        req.params.childId,
        req.body.qualification,
        req.body.version,
      ),
  });

  app.put('/api/people/:id/evaluations', {
    config: write,
    schema: {
      tags,
      summary: 'Ghi đánh giá, xếp loại năm',
      params: personParams,
      body: evaluationBody,
      response: { 200: personRecord },
    },
    handler: async (req) =>
      people.setEvaluation(db, auditContext(req), actorOf(req), req.params.id, req.body),
  });

  app.post('/api/people/:id/rewards', {
    config: write,
    schema: {
      tags,
      summary: 'Thêm khen thưởng, kỷ luật',
      params: personParams,
      body: rewardDisciplineBody,
      response: { 201: personRecord },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await people.addRewardDiscipline(db, auditContext(req), actorOf(req), req.params.id, req.body)),
  });
}
