import { useCallback, useMemo, useState } from 'react';
import { ApiError } from '../api';
import type { SummaryItem } from './ErrorSummary';
import { formIssue, issuesFromApi, type FieldIssues, type Issue } from './issues';
import { useIssueText } from './useIssueText';

/**
 * What is wrong with a form, from instant checks or from the server, kept in one place so every form shows
 * problems the same way: beside each field, and listed in the error summary, which takes focus.
 *
 * `fields` maps each field path to the id of its input, in the order the form shows them.
 */
export function useFormProblems(fields: ReadonlyArray<readonly [path: string, inputId: string]>) {
  const issueText = useIssueText();
  const [issues, setIssues] = useState<FieldIssues>({});
  const [formProblem, setFormProblem] = useState<Issue | null>(null);
  const [focusSignal, setFocusSignal] = useState(0);

  /** The form could not be sent: these fields need fixing. */
  const invalid = useCallback((found: FieldIssues) => {
    setIssues(found);
    setFormProblem(null);
    setFocusSignal((n) => n + 1);
  }, []);

  /** The server refused: beside the fields it named, or for the whole form. */
  const failed = useCallback((error: unknown) => {
    if (error instanceof ApiError && error.fields.length > 0) {
      setIssues(issuesFromApi(error));
      setFormProblem(null);
    } else {
      setIssues({});
      setFormProblem(formIssue(error));
    }
    setFocusSignal((n) => n + 1);
  }, []);

  const clear = useCallback(() => {
    setIssues({});
    setFormProblem(null);
  }, []);

  /** Sets or clears one field's issue, for checks made when a field is left or corrected. */
  const setField = useCallback((path: string, issue: Issue | undefined) => {
    setIssues(({ [path]: _old, ...rest }) => (issue ? { ...rest, [path]: issue } : rest));
  }, []);

  const errorOf = useCallback((path: string) => (issues[path] ? issueText(issues[path]) : undefined), [issues, issueText]);

  const summary = useMemo<SummaryItem[]>(() => {
    const known = new Set(fields.map(([path]) => path));
    return [
      ...(formProblem ? [{ text: issueText(formProblem) }] : []),
      ...fields.flatMap(([path, fieldId]) => (issues[path] ? [{ fieldId, text: issueText(issues[path]) }] : [])),
      ...Object.entries(issues)
        .filter(([path]) => !known.has(path))
        .map(([, issue]) => ({ text: issueText(issue) })),
    ];
  }, [fields, issues, formProblem, issueText]);

  return { issues, formProblem, focusSignal, invalid, failed, clear, setField, errorOf, summary };
}
