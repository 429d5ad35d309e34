import type { MessageKey } from '../contracts/messages/index.js';

/**
 * An error a person can act on: `code` is a key into the shared message catalogue, rendered in the
 * request's language by the error handler. Anything else that is thrown becomes a plain 500.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: MessageKey,
    readonly params: Record<string, unknown> = {},
    /** Extra fields for the body (e.g. lockedUntil), beside code and message. */
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }
}

export const badRequest = (code: MessageKey, params?: Record<string, unknown>) => new AppError(400, code, params);
export const unauthorized = (code: MessageKey = 'signInRequired') => new AppError(401, code);
export const forbidden = () => new AppError(403, 'forbidden');
export const notFound = () => new AppError(404, 'notFound');

/** A field-level refusal decided by the server (e.g. a blocklisted password), shown beside the field. */
export class FieldError extends AppError {
  constructor(
    readonly path: string,
    code: MessageKey,
    params: Record<string, unknown> = {},
  ) {
    super(400, code, params);
  }
}

/** Several field-level refusals at once (e.g. every wrong line of an uploaded file), each shown by its field. */
export class FieldErrors extends AppError {
  constructor(
    code: MessageKey,
    params: Record<string, unknown>,
    readonly fields: readonly { path: string; code: MessageKey; params: Record<string, unknown> }[],
  ) {
    super(400, code, params);
  }
}
