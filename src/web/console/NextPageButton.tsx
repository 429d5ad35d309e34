import { Button } from '../components/uswds';
import type { UseInfiniteQueryResult } from '@tanstack/react-query';

/** A paged console list's "show more": there while the server says there is a next page, busy while it loads. */
export function NextPageButton({ query, label, loading }: { query: Pick<UseInfiniteQueryResult, 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'>; label: string; loading: string }) {
  if (!query.hasNextPage) return null;
  return (
    <Button type="button" outline disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
      {query.isFetchingNextPage ? loading : label}
    </Button>
  );
}
