import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import fp from 'fastify-plugin';
import type { DatabaseError } from 'pg';
import { formatMessage, isMessageKey, pickLanguage, type MessageKey } from '../../contracts/messages/index.js';
import { AppError, FieldError, FieldErrors } from '../errors.js';
import { pgRefusal, type PgRefusal } from '../lib/pg-errors.js';

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

/** A refusal by the database, in words: what to check, and that nothing was saved (the transaction rolled back). */
const REFUSALS: Record<PgRefusal, { status: number; code: MessageKey }> = {
  data: { status: 400, code: 'valueNotStorable' },
  rule: { status: 400, code: 'valueBreaksRule' },
  conflict: { status: 409, code: 'conflictWithRecord' },
};

/** Words for a 4xx that is not an AppError: Fastify's refusal of a request it could not read (FST_ERR_CTP_*), by status. */
function clientErrorCode(status: number): MessageKey {
  switch (status) {
    case 404:
      return 'notFound';
    case 413:
      return 'requestTooLarge';
    case 414:
      return 'addressMalformed';
    case 415:
      return 'mediaTypeNotSupported';
    case 429:
      return 'tooManyRequests';
    default:
      return 'badRequest';
  }
}

const UNREADABLE = new Set(['FST_ERR_CTP_INVALID_JSON_BODY', 'FST_ERR_CTP_EMPTY_JSON_BODY', 'FST_ERR_CTP_INVALID_CONTENT_LENGTH']);

/**
 * Fastify's `frameworkErrors`: a malformed URL (bad percent-encoding: FST_ERR_BAD_URL) or an over-long path
 * parameter (FST_ERR_MAX_PARAM_LENGTH) is refused before any hook runs, so the language comes from the header here.
 */
export function frameworkErrors(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const lang = pickLanguage(request.headers['accept-language']);
  if (!err.statusCode || err.statusCode < 400 || err.statusCode >= 500) {
    request.log.error({ err }, 'unhandled framework error');
    return send(reply, 500, { code: 'internal', message: formatMessage(lang, 'internal') });
  }
  const code: MessageKey = err.code === 'FST_ERR_BAD_URL' || err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'addressMalformed' : clientErrorCode(err.statusCode);
  return send(reply, err.statusCode, { code, message: formatMessage(lang, code) });
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
    const refusal = pgRefusal(err);
    if (refusal) {
      // The contract (or, for a clash of concurrent requests, the service) should have prevented this: a defect to fix
      // there, though the person is told in words what to do. The error's `detail` quotes the values (a name, an
      // email): the log names the constraint and the place instead.
      const { code, constraint, table, column, message, stack } = err as DatabaseError;
      request.log.error({ defect: true, pg: { code, constraint, table, column, message }, stack, method: request.method, route: request.routeOptions.url }, 'the database refused a request');
      const answer = REFUSALS[refusal];
      return send(reply, answer.status, { code: answer.code, message: formatMessage(request.lang, answer.code) });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const code: MessageKey = UNREADABLE.has(err.code) ? 'requestUnreadable' : clientErrorCode(err.statusCode);
      const params = code === 'requestTooLarge' ? { limitKb: Math.floor(request.routeOptions.bodyLimit / 1024) } : undefined;
      return send(reply, err.statusCode, { code, message: formatMessage(request.lang, code, params), ...(params ? { params } : {}) });
    }
    request.log.error({ err }, 'unhandled error');
    return send(reply, 500, { code: 'internal', message: formatMessage(request.lang, 'internal') });
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, 404, { code: 'notFound', message: formatMessage(request.lang, 'notFound') }),
  );
});
