import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ReloadNotice } from './ErrorBoundary';
import { Loading } from './Loading';
import { usePageTitle } from './usePageTitle';

/**
 * A screen downloaded only when someone opens it, so a phone fetches the pages its person uses and no other role's.
 * `load` is `() => import('./X').then((m) => m.X)`: a literal import, which Vite turns into a chunk of its own.
 *
 * The chunk can fail to arrive: the signal dropped, or a new version was deployed while the page was open and the old
 * file names are gone. That page then says so and offers a reload instead of crashing; pages already on screen, and
 * what is typed in them, are untouched.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Page = lazy(() =>
    load().then(
      (page) => ({ default: page }),
      (error: unknown) => {
        console.error(error);
        return { default: PageMissing };
      },
    ),
  );
  return function LazyPage(props: P) {
    return (
      <Suspense fallback={<Loading />}>
        <ShowWhenLoaded>
          <Page {...props} />
        </ShowWhenLoaded>
      </Suspense>
    );
  };
}

/**
 * A page whose parts load their data on their own (the dashboard's regions) would grow part by part, pushing what is
 * below down as each answer came (layout shift, CLS). It is drawn out of sight instead, and shown whole once the
 * queries it started have all answered; until then "Loading…" keeps its place. Only its first load waits: a refetch
 * later never hides a page someone is using.
 */
function ShowWhenLoaded({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const fetching = useIsFetching();
  const [shown, setShown] = useState(false);
  // The count as it is now, not as rendered: the page's queries start in its effects, which run before this one.
  useEffect(() => {
    if (!shown && queryClient.isFetching() === 0) setShown(true);
  }, [queryClient, fetching, shown]);
  return (
    <>
      {!shown && <Loading />}
      <div hidden={!shown}>{children}</div>
    </>
  );
}

function PageMissing() {
  const { t } = useTranslation();
  usePageTitle(t('problems.pageMissingHeading'));
  return <ReloadNotice tone="warning" heading={t('problems.pageMissingHeading')} text={t('problems.pageMissingText')} />;
}
