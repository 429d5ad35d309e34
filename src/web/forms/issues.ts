import type { z } from 'zod';
import type { AccountType } from '../../contracts/auth';
import { ApiError } from '../api';
import { authContract } from './auth-contract';

/** One thing wrong, as a key of the shared message catalogue (see i18n/index.ts) and its {{params}}. */
export interface Issue {
  code: string;
  params?: Record<string, unknown>;
  /** The server's own wording, shown when the web app has no words for `code`. */
  message?: string;
}

/** Issues by dotted field path ("loginId", "securityAnswers.1.answer"). */
export type FieldIssues = Record<string, Issue>;

/** The first issue of each field: zod messages in the contracts are catalogue keys. */
export function issuesFromZod(error: z.ZodError): FieldIssues {
  const issues: FieldIssues = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    const params = 'params' in issue && issue.params ? (issue.params as Record<string, unknown>) : undefined;
    issues[path] ??= { code: issue.message, ...(params ? { params } : {}) };
  }
  return issues;
}

export function issuesFromApi(error: ApiError): FieldIssues {
  const issues: FieldIssues = {};
  for (const field of error.fields) {
    issues[field.path] ??= { code: field.code, message: field.message, ...(field.params ? { params: field.params } : {}) };
  }
  return issues;
}

/** The error of a whole request when it is not about one field (wrong password, locked, offline...). */
export function formIssue(error: unknown): Issue {
  if (error instanceof ApiError) return { code: error.code, params: error.params, message: error.message };
  return { code: 'internal' };
}

/** Checks a form with a contract schema: the parsed value, or what is wrong with each field. */
export function check<S extends z.ZodType>(schema: S, value: unknown): { data: z.output<S> } | { issues: FieldIssues } {
  const result = schema.safeParse(value);
  return result.success ? { data: result.data } : { issues: issuesFromZod(result.error) };
}

/** The ID's own check, run when the field is left: the hint about SSNs helps most before submitting. */
export async function loginIdIssue(accountType: AccountType, value: string): Promise<Issue | undefined> {
  // With no signal the hint waits: the form's own check, when sent, says what is wrong.
  const contract = await authContract().catch(() => null);
  const result = contract?.loginIdFor[accountType].safeParse(value);
  return !result || result.success ? undefined : issuesFromZod(result.error)[''];
}
