import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { courseIdParams } from '../../../../core/contracts/training-courses';
import {
  enrolmentChange,
  enrolmentParams,
  nominationBody,
  nominationResult,
  personTraining,
  refuseBody,
  rosterFields,
  rosterItem,
  withdrawBody,
} from '../../../../core/contracts/training-enrolment';
import { actorOf, auditContext } from '../../../http/access';
import { AppError, fieldError } from '../../../http/errors';
import type { App, AppDeps } from '../../../http/types';
import { uploadRoster } from './roster-upload';
import * as enrolments from './service';

const MAX_ROSTER_BYTES = 5 * 1024 * 1024;
const personParams = z.object({ id: z.coerce.number().int().positive('Mã cán bộ không hợp lệ') });

export async function trainingEnrolmentRoutes(app: App, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const tags = ['Đào tạo, bồi dưỡng'];
  const read = { access: { permission: 'training.read' as const } };
  const nominate = { access: { permission: 'training.nominate' as const } };

  app.get('/api/training/courses/:id/enrolments', {
    config: read,
    schema: {
      tags,
      summary: 'Danh sách học viên của lớp',
      params: courseIdParams,
      response: { 200: z.object({ items: z.array(rosterItem) }) },
    },
    handler: async (req) => enrolments.roster(db, actorOf(req), req.params.id),
  });
  app.post('/api/training/courses/:id/enrolments', {
    config: nominate,
    schema: {
      tags,
      summary: 'Cử người đi học (một người hoặc cả danh sách đã lọc, tối đa 5.000)',
      params: courseIdParams,
      body: nominationBody,
      response: { 201: nominationResult },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await enrolments.nominateBody(db, auditContext(req), actorOf(req), req.params.id, req.body)),
  });
  app.post('/api/training/enrolments/:eid/withdraw', {
    config: nominate,
    schema: {
      tags,
      summary: 'Rút học viên khỏi lớp (người đầu danh sách chờ được vào thay)',
      params: enrolmentParams,
      body: withdrawBody,
      response: { 200: enrolmentChange },
    },
    handler: async (req) =>
      enrolments.leave(db, auditContext(req), actorOf(req), req.params.eid, 'withdrawn', req.body.reason),
  });
  app.post('/api/training/enrolments/:eid/refuse', {
    config: nominate,
    schema: {
      tags,
      summary: 'Ghi nhận người được cử từ chối đi học',
      params: enrolmentParams,
      body: refuseBody,
      response: { 200: enrolmentChange },
    },
    handler: async (req) =>
      enrolments.leave(db, auditContext(req), actorOf(req), req.params.eid, 'refused', req.body.reason),
  });
  app.get('/api/people/:id/training', {
    config: { access: { permission: 'people.read' } },
    schema: {
      tags: ['Cán bộ'],
      summary: 'Quá trình đào tạo, bồi dưỡng của cán bộ',
      params: personParams,
      response: { 200: personTraining },
    },
    handler: async (req) => enrolments.personTraining(db, actorOf(req), req.params.id),
  });

  // Multipart parsing only where it is needed: this plugin's own context.
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: MAX_ROSTER_BYTES, files: 1, fields: 5, parts: 10 },
    });
    scope.withTypeProvider<ZodTypeProvider>().post('/api/training/courses/:id/enrolments/roster', {
      config: nominate,
      schema: {
        tags,
        summary: 'Cử người đi học theo danh sách Excel (cột "Số CCCD*", "Số quyết định", "Ngày quyết định")',
        description:
          'Trường multipart "file": tệp .xlsx. Đơn vị cử (unitCode) và lý do cử khi chưa đủ điều kiện ' +
          '(eligibilityOverride) gửi trên địa chỉ (query). Có lỗi ở dòng nào thì không ghi gì.',
        consumes: ['multipart/form-data'],
        params: courseIdParams,
        querystring: rosterFields,
        response: { 201: nominationResult },
      },
      handler: async (req, reply) => {
        if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
        const part = await req.file();
        if (part?.fieldname !== 'file')
          throw fieldError('file', 'Vui lòng gửi tệp .xlsx trong trường "file"');
        const buffer = await part.toBuffer().catch((err: unknown) => {
          if (part.file.truncated || (err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
            throw new AppError('PAYLOAD_TOO_LARGE', {
              message: `Tệp vượt quá ${MAX_ROSTER_BYTES / 1024 / 1024} MB.`,
            });
          throw err;
        });
        const result = await uploadRoster(
          db,
          auditContext(req),
          actorOf(req),
          req.params.id,
          req.query,
          buffer,
        );
        return reply.status(201).send(result);
      },
    });
  });
}
