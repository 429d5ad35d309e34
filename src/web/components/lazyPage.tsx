import { useIsFetching, useQueryClient, type FetchQueryOptions, type QueryClient } from '@tanstack/react-query';
import { createContext, isValidElement, lazy, Suspense, useContext, useEffect, useLayoutEffect, useState, type ComponentType, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../contracts/auth';
import { ReloadNotice } from './ErrorBoundary';
import { Loading } from './Loading';
import { usePageTitle } from './usePageTitle';

/**
 * A screen downloaded only when someone opens it, so a phone fetches the pages its person uses and no other role's.
 * `load` is `() => import('./X').then((m) => m.X)`: a literal import, which Vite turns into a chunk of its own.
 *
 * `data`, for a page behind sign-in, asks for what the page will show as soon as the session is known, beside the
 * page's code instead of after it (RequireAuth): on a weak signal the page is there a round trip sooner, and drawn
 * once with its data rather than once per answer (issue #13). It must ask with the very query options the page uses
 * (the same builders), or the page asks again.
 *
 * The chunk can fail to arrive: the signal dropped, or a new version was deployed while the page was open and the old
 * file names are gone. That page then says so and offers a reload instead of crashing; pages already on screen, and
 * what is typed in them, are untouched.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>, data?: PageData): LazyPage<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const start = () =>
    (loading ??= load().then(
      (page) => ({ default: page }),
      (error: unknown) => {
        console.error(error);
        return { default: PageMissing };
      },
    ));
  const Page = lazy(start);
  function LazyPage(props: P) {
    return (
      <Suspense fallback={<Loading />}>
        <ShowWhenLoaded>
          <Page {...props} />
        </ShowWhenLoaded>
      </Suspense>
    );
  }
  return Object.assign(LazyPage, { preload: () => void start(), prefetch: data ?? (() => undefined) });
}

/** Where a page behind sign-in is opened: by whom, and its address's parameters (`:id`) and query string. */
export interface PageAt {
  readonly user: SessionUser;
  readonly params: Readonly<Record<string, string | undefined>>;
  readonly search: URLSearchParams;
}

/** Starts the queries a page will make when it opens at `at`; their failures are the page's to show, when it asks. */
export type PageData = (at: PageAt, queryClient: QueryClient) => void;

/** A page from lazyPage, whose chunk, and data, can be asked for before the page is drawn. */
export type LazyPage<P extends object = object> = ComponentType<P> & { preload(): void; prefetch: PageData };

const lazyPageOf = (page: ReactNode) =>
  isValidElement(page) && typeof page.type === 'function' && 'preload' in page.type ? (page.type as LazyPage) : undefined;

/** Starts downloading a lazy page's chunk, for a page that will show once something else has loaded. */
export function preloadPage(page: ReactNode) {
  lazyPageOf(page)?.preload();
}

/** Starts each of a page's queries (for its `data`); an answer still fresh from a moment ago is not asked for again. */
export function prefetchAll<T extends readonly unknown[]>(queryClient: QueryClient, queries: { readonly [K in keyof T]: FetchQueryOptions<T[K], Error, T[K], readonly unknown[]> }) {
  for (const query of queries) void queryClient.prefetchQuery(query);
}

/** Starts the queries of a lazy page about to be drawn at `at`, while its chunk downloads. */
export function prefetchPage(page: ReactNode, at: PageAt, queryClient: QueryClient) {
  lazyPageOf(page)?.prefetch(at, queryClient);
}

let pageShown: () => void;
/** Settles once the first page opened in this tab shows whole, its data in: for work that can wait until then. */
export const firstPageShown = new Promise<void>((resolve) => (pageShown = resolve));

/**
 * A page whose parts load their data on their own (the dashboard's regions) would grow part by part, pushing what is
 * below down as each answer came (layout shift, CLS). It is drawn out of sight instead, and shown whole once the
 * queries it started have all answered; until then "Loading…" keeps its place. Only its first load waits: a refetch
 * later never hides a page someone is using.
 */
function ShowWhenLoaded({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const fetching = useIsFetching();
  const [mounted, setMounted] = useState(false);
  const [shown, setShown] = useState(false);
  // The count as it is now, not as rendered, and only once the page is there: its queries start in its effects, and
  // a count of zero before then (its chunk still arriving, the session's answer just in) says nothing about them.
  useEffect(() => {
    if (mounted && !shown && queryClient.isFetching() === 0) {
      setShown(true);
      pageShown();
    }
  }, [queryClient, fetching, mounted, shown]);
  // Made here, not found by a ref: the page draws its lead into it from its first render, with no second one.
  const [lead] = useState(() => ({ slot: document.createElement('div'), drawn: () => setLeadDrawn(true) }));
  const [leadDrawn, setLeadDrawn] = useState(false);
  return (
    <>
      <div ref={(place) => place?.append(lead.slot)} />
      {/* A lead drawn later (after the page's first answer) gets a new "Loading…" below it: the old one, pushed down,
          would count as moved (layout shift). */}
      {!shown && <Loading key={leadDrawn ? 'below-lead' : 'alone'} />}
      <div hidden={!shown}>
        <LeadSlot.Provider value={lead}>
          <OnMount done={setMounted}>{children}</OnMount>
        </LeadSlot.Provider>
      </div>
    </>
  );
}

const LeadSlot = createContext<{ slot: HTMLElement; drawn(): void } | null>(null);

/**
 * The top of a page that needs no data of its own (its heading, its introduction, a form's empty fields): shown at once,
 * above "Loading…", while the rest waits for its answers. It must be what the page shows first, as it is drawn
 * first; what comes later appears below it and moves nothing. On a phone the page's title and first words are there a
 * round trip sooner (issue #13: they are its largest text, Lighthouse's LCP).
 */
export function PageLead({ children }: { children: ReactNode }) {
  const lead = useContext(LeadSlot);
  // Before the browser paints, so that "Loading…" is redrawn below the lead in the same frame.
  useLayoutEffect(() => lead?.drawn(), [lead]);
  return lead ? createPortal(children, lead.slot) : children;
}

/** Says when its children are on the page: effects run children first, so theirs (their queries) have started. */
function OnMount({ done, children }: { done: (mounted: true) => void; children: ReactNode }) {
  useEffect(() => done(true), [done]);
  return children;
}

function PageMissing() {
  const { t } = useTranslation();
  usePageTitle(t('problems.pageMissingHeading'));
  return <ReloadNotice tone="warning" heading={t('problems.pageMissingHeading')} text={t('problems.pageMissingText')} />;
}
