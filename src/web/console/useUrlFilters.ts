import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import { noAnswer } from '../api';
import { check } from '../forms/issues';
import { useFormProblems } from '../forms/useFormProblems';

/**
 * A list's filters kept in the address (so a filtered list can be bookmarked and shared with a colleague): the
 * draft being typed, each field's change handler, and `apply`, which checks the filled-in fields with the list's
 * contract and puts them in the address, or shows what to fix beside each field. The contract (and zod) loads when
 * filters are applied, not with the list (issue #13): `loadSchema` is `() => import('...').then((m) => m.schema)`.
 */
export function useUrlFilters<K extends string, S extends z.ZodType>(fields: ReadonlyArray<readonly [path: K, inputId: string]>, loadSchema: () => Promise<S>) {
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState(() => Object.fromEntries(fields.map(([k]) => [k, params.get(k) ?? ''])) as Record<K, string>);
  const form = useFormProblems(fields);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const chosen = Object.fromEntries(Object.entries<string>(draft).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));
    loadSchema().then(
      (schema) => {
        const result = check(schema, chosen);
        if ('issues' in result) return form.invalid(result.issues);
        form.clear();
        setParams(chosen);
      },
      // The contract could not be downloaded (no signal): said as such, and nothing is applied.
      () => form.failed(noAnswer()),
    );
  };
  const set = (key: K) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));
  // The address's filters as they are: apply checked them, and the server checks a hand-edited address again.
  const filters = Object.fromEntries(params) as z.input<S>;
  return { draft, set, apply, form, filters };
}
