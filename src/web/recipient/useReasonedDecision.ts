import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { check } from '../forms/issues';
import { useFormProblems } from '../forms/useFormProblems';

/**
 * The recipient's decision on what a provider sent (a timesheet, a sick leave claim): accept it, or reject it with a
 * reason. The body is checked with its contract before it is sent (a rejection needs a reason), the problem shown
 * beside the reason field, which takes focus; the server's refusal is shown the same way. `send` makes
 * the request and refreshes what it changed; the decision is pending until it has.
 */
export function useReasonedDecision<S extends z.ZodType>(reasonId: string, schema: S, send: (body: z.output<S>) => Promise<unknown>) {
  const [reason, setReason] = useState('');
  const form = useFormProblems([['reason', reasonId]]);
  // Set in the tap itself: the mutation's own pending state reaches the page a task later, after a second tap could.
  const [sending, setSending] = useState(false);
  const mutation = useMutation({ mutationFn: send, onError: form.failed, onSettled: () => setSending(false) });

  const decide = (decision: string) => {
    if (sending) return;
    const result = check(schema, decision === 'reject' ? { decision, reason } : { decision });
    if ('issues' in result) {
      form.invalid(result.issues);
      document.getElementById(reasonId)?.focus();
      return;
    }
    form.clear();
    setSending(true);
    mutation.mutate(result.data);
  };

  return {
    reason,
    /** Typing a reason clears the problem shown beside it. */
    changeReason: (value: string) => {
      setReason(value);
      form.setField('reason', undefined);
    },
    reasonError: form.errorOf('reason'),
    /** The server's refusal when it is not about the reason. */
    problem: form.formProblem,
    pending: sending || mutation.isPending,
    decide,
  };
}
