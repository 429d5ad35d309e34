import { ApiError } from '../api';

/** Refusals about a typed code belong beside the code field, not at the top of the form. */
export const CODE_ERRORS = new Set(['codeShape', 'codeWrong', 'codeExpired', 'codeTooManyTries']);

export const isCodeError = (error: unknown): error is ApiError => error instanceof ApiError && CODE_ERRORS.has(error.code);
