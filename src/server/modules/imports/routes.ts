import { Transform } from 'node:stream';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, auditContext } from '../../http/access';
import { AppError, fieldError } from '../../http/errors';
import type { App, AppDeps } from '../../http/types';
import { importQuery, importResult } from './contract';
import { runImport } from './service';
import { templateBuffer } from './template';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

class FileTooLarge extends Error {}

/** `maxBytes` lets tests try the upload limit without sending 50 MB. */
export async function importRoutes(app: App, deps: AppDeps, opts: { maxBytes?: number } = {}): Promise<void> {
  const maxBytes = opts.maxBytes ?? MAX_UPLOAD_BYTES;
  const tags = ['Nhập dữ liệu'];

  app.get('/api/imports/template.xlsx', {
    config: { access: { permission: 'org.read' } },
    schema: { tags, summary: 'Tệp mẫu nhập dữ liệu (.xlsx, có danh sách chọn)' },
    handler: async (_req, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', 'attachment; filename="mau-nhap-du-lieu.xlsx"')
        .send(await templateBuffer()),
  });

  // Multipart parsing only where it is needed: this plugin's own context.
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 20 },
    });
    scope.withTypeProvider<ZodTypeProvider>().post('/api/imports', {
      config: { access: { permission: 'people.write' } },
      schema: {
        tags,
        summary: 'Nhập dữ liệu từ tệp Excel theo mẫu (tất cả hoặc không gì cả)',
        description:
          'Trường multipart "file": tệp .xlsx theo mẫu, hoặc .csv của một trang (tham số sheet). ' +
          'dryRun=true chỉ kiểm tra. Có lỗi thì không ghi gì.',
        consumes: ['multipart/form-data'],
        querystring: importQuery,
        response: { 200: importResult },
      },
      handler: async (req) => {
        if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
        const part = await req.file();
        if (part?.fieldname !== 'file') {
          throw fieldError('file', 'Vui lòng gửi tệp .xlsx (hoặc .csv) trong trường "file"');
        }
        // busboy cuts an oversized file short without an error: fail the read instead, so a
        // truncated CSV can never be imported as if it were whole.
        const source = part.file;
        const guarded = source.pipe(
          new Transform({
            transform: (chunk, _enc, cb) => cb(null, chunk),
            flush: (cb) => cb(source.truncated ? new FileTooLarge() : null),
          }),
        );
        try {
          return await runImport(deps.db, auditContext(req), guarded, {
            dryRun: req.query.dryRun === 'true',
            fileName: part.filename || 'tep-nhap',
            sheet: req.query.sheet,
            scope: actorOf(req).scope,
            log: (m) => req.log.info(m),
          });
        } catch (err) {
          if (err instanceof FileTooLarge || source.truncated) {
            throw new AppError('PAYLOAD_TOO_LARGE', {
              message: `Tệp vượt quá ${Math.round(maxBytes / 1024 / 1024)} MB.`,
            });
          }
          throw err;
        }
      },
    });
  });
}
