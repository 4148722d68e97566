import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { FieldIssue } from '../../core/contracts/common';
import { AppError, ERRORS, type ErrorCode } from './errors';

function send(reply: FastifyReply, req: FastifyRequest, code: ErrorCode, message: string, details?: unknown) {
  return reply.status(ERRORS[code].status).send({
    error: { code, message, ...(details === undefined ? {} : { details }), requestId: req.id },
  });
}

/** Shape fastify-type-provider-zod gives each zod issue (errors.js createValidationError). */
interface ZodValidationEntry {
  keyword: string;
  instancePath: string;
  message: string;
  params: { keys?: string[] };
}

/** Validation issues as `{ path, message }`, paths joined with dots ("scope.0"). */
function fieldIssues(validation: ZodValidationEntry[], context: string | undefined): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const v of validation) {
    const base = v.instancePath.split('/').filter(Boolean);
    if (v.keyword === 'unrecognized_keys' && v.params.keys) {
      for (const key of v.params.keys)
        out.push({ path: [...base, key].join('.'), message: 'Trường không được phép' });
      continue;
    }
    out.push({ path: base.join('.') || context || '', message: v.message });
  }
  return out;
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      for (const [k, v] of Object.entries(err.headers)) reply.header(k, v);
      return send(reply, req, err.code, err.message, err.details);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = fieldIssues(err.validation as unknown as ZodValidationEntry[], err.validationContext);
      return send(reply, req, 'VALIDATION_ERROR', ERRORS.VALIDATION_ERROR.message, details);
    }
    if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return send(reply, req, 'INVALID_JSON', ERRORS.INVALID_JSON.message);
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return send(reply, req, 'PAYLOAD_TOO_LARGE', ERRORS.PAYLOAD_TOO_LARGE.message);
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return send(reply, req, 'UNSUPPORTED_MEDIA_TYPE', ERRORS.UNSUPPORTED_MEDIA_TYPE.message);
    }
    if (err.statusCode === 429) {
      return send(reply, req, 'RATE_LIMITED', ERRORS.RATE_LIMITED.message);
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Other client errors raised by Fastify itself (malformed URL, bad header…).
      return reply.status(err.statusCode).send({
        error: { code: 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ.', requestId: req.id },
      });
    }
    req.log.error({ err }, 'unhandled error');
    return send(reply, req, 'INTERNAL', ERRORS.INTERNAL.message);
  });
}

/**
 * Unknown routes: the web app's index.html for browser navigation outside /api (client-side
 * routes such as /quan-tri/nguoi-dung), the JSON 404 error shape for everything else.
 */
export function installNotFound(app: FastifyInstance, indexHtml: string | null): void {
  app.setNotFoundHandler((req, reply) => {
    const browserPage =
      req.method === 'GET' && !req.url.startsWith('/api') && req.headers.accept?.includes('text/html');
    if (indexHtml && browserPage) return reply.type('text/html; charset=utf-8').send(indexHtml);
    return send(reply, req, 'ROUTE_NOT_FOUND', ERRORS.ROUTE_NOT_FOUND.message);
  });
}
