import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Loading } from '../components/Loading';
import { ProblemAlert } from '../forms/ProblemAlert';

interface FilteredResultsProps<T> {
  query: UseQueryResult<T>;
  count: (data: T) => number;
  /** "Shown: 3": announced to screen readers each time the filters change the list. */
  shownText: (count: number) => string;
  emptyText: string;
  children: (data: T) => ReactNode;
}

/** A filtered console list's answer: loading, the problem, or how many were found and the list (or why it is empty). */
export function FilteredResults<T>({ query, count, shownText, emptyText, children }: FilteredResultsProps<T>) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ProblemAlert error={query.error} slim />;
  const n = count(query.data);
  return (
    <>
      <p role="status" className="margin-top-3">
        {shownText(n)}
      </p>
      {n === 0 ? <p>{emptyText}</p> : children(query.data)}
    </>
  );
}
