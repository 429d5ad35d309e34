import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import fp from 'fastify-plugin';
import { formatMessage, isMessageKey, type MessageKey } from '../../contracts/messages/index.js';
import { AppError, FieldError, FieldErrors } from '../errors.js';

interface FieldIssue {
  path: string;
  code: MessageKey;
  message: string;
  params?: Record<string, unknown>;
}

/** Zod issues carry a catalogue key as their message (see contracts/common.ts); others fall back to "badRequest". */
function fieldIssues(request: FastifyRequest, issues: readonly { path: PropertyKey[]; message: string; params?: unknown }[]): FieldIssue[] {
  return issues.map((issue) => {
    const code: MessageKey = isMessageKey(issue.message) ? issue.message : 'badRequest';
    const params = (issue.params && typeof issue.params === 'object' ? issue.params : {}) as Record<string, unknown>;
    return {
      path: issue.path.map(String).join('.'),
      code,
      message: formatMessage(request.lang, code, params),
      ...(Object.keys(params).length > 0 ? { params } : {}),
    };
  });
}

function send(reply: FastifyReply, status: number, body: { code: MessageKey; message: string } & Record<string, unknown>) {
  return reply.status(status).send({ error: body });
}

export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = fieldIssues(
        request,
        err.validation.map((v) => ({
          path: v.instancePath.split('/').filter(Boolean),
          message: v.message ?? '',
          params: (v.params as { params?: unknown }).params,
        })),
      );
      const code: MessageKey = fields.length === 1 && fields[0] ? fields[0].code : 'badRequest';
      return send(reply, 400, { code, message: formatMessage(request.lang, code), fields });
    }
    if (err instanceof FieldError) {
      const message = formatMessage(request.lang, err.code, err.params);
      return send(reply, 400, {
        code: err.code,
        message,
        params: err.params,
        fields: [{ path: err.path, code: err.code, message, params: err.params }],
      });
    }
    if (err instanceof FieldErrors) {
      return send(reply, 400, {
        code: err.code,
        message: formatMessage(request.lang, err.code, err.params),
        params: err.params,
        fields: err.fields.map((f) => ({ ...f, message: formatMessage(request.lang, f.code, f.params) })),
      });
    }
    if (err instanceof AppError) {
      reply.headers(err.headers);
      return send(reply, err.statusCode, {
        code: err.code,
        message: formatMessage(request.lang, err.code, err.params),
        params: err.params,
        ...err.extra,
      });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const code: MessageKey = err.statusCode === 404 ? 'notFound' : err.statusCode === 429 ? 'tooManyRequests' : 'badRequest';
      return send(reply, err.statusCode, { code, message: formatMessage(request.lang, code) });
    }
    request.log.error({ err }, 'unhandled error');
    return send(reply, 500, { code: 'internal', message: formatMessage(request.lang, 'internal') });
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, 404, { code: 'notFound', message: formatMessage(request.lang, 'notFound') }),
  );
});
