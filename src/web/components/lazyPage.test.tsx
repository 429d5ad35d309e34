// @vitest-environment jsdom
import { useQuery } from '@tanstack/react-query';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderPage, setUpPageTests } from '../testing/server';
import { lazyPage, PageLead } from './lazyPage';

setUpPageTests();

/** A page in two regions that each ask for their data, as the dashboard's do. */
function TwoRegions({ first, second }: { first: Promise<string>; second: Promise<string> }) {
  const a = useQuery({ queryKey: ['first'], queryFn: () => first });
  const b = useQuery({ queryKey: ['second'], queryFn: () => second });
  return (
    <>
      <h1>Regions</h1>
      <p>{a.data ?? 'first pending'}</p>
      <p>{b.data ?? 'second pending'}</p>
    </>
  );
}

function answerLater() {
  let answer!: (text: string) => void;
  return { promise: new Promise<string>((resolve) => (answer = resolve)), answer };
}

describe('a page loaded when it is opened', () => {
  it('says it is loading until its code has come, then shows the page', async () => {
    let arrive!: (page: () => React.JSX.Element) => void;
    const Page = lazyPage(() => new Promise<() => React.JSX.Element>((resolve) => (arrive = resolve)));
    renderPage(<Page />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    arrive(() => <h1>Arrived</h1>);
    expect(await screen.findByRole('heading', { name: 'Arrived' })).toBeTruthy();
  });

  it('shows a page whose regions load their own data only once all of them have answered, so nothing moves as they come', async () => {
    const first = answerLater();
    const second = answerLater();
    const Page = lazyPage(() => Promise.resolve(TwoRegions));
    renderPage(<Page first={first.promise} second={second.promise} />);
    await screen.findByText('first pending');
    expect(screen.queryByRole('heading', { name: 'Regions' })).toBeNull();
    first.answer('first region');
    await screen.findByText('first region');
    expect(screen.queryByRole('heading', { name: 'Regions' })).toBeNull();
    second.answer('second region');
    expect(await screen.findByRole('heading', { name: 'Regions' })).toBeTruthy();
    expect(screen.getByText('second region')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('shows its lead (heading, introduction) at once, above "Loading…", and the rest below it once its data is there', async () => {
    const data = answerLater();
    function WithLead() {
      const region = useQuery({ queryKey: ['region'], queryFn: () => data.promise });
      return (
        <>
          <PageLead>
            <h1>Check in and out</h1>
            <p>Tap when a visit starts.</p>
          </PageLead>
          <p>{region.data ?? 'region pending'}</p>
        </>
      );
    }
    const Page = lazyPage(() => Promise.resolve(WithLead));
    renderPage(<Page />);
    const heading = await screen.findByRole('heading', { name: 'Check in and out' });
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(heading.compareDocumentPosition(screen.getByRole('status')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByText('region pending')?.closest('[hidden]')).toBeTruthy();
    data.answer('region answered');
    const region = await screen.findByText('region answered');
    await vi.waitFor(() => expect(region.closest('[hidden]')).toBeNull());
    expect(heading.compareDocumentPosition(region) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('draws a new "Loading…" below a lead that comes after the page\'s first answer: the old one, pushed down, would count as moved', async () => {
    const title = answerLater();
    const rest = answerLater();
    function LateLead() {
      const heading = useQuery({ queryKey: ['title'], queryFn: () => title.promise });
      const region = useQuery({ queryKey: ['rest'], queryFn: () => rest.promise });
      return (
        <>
          {heading.data && (
            <PageLead>
              <h1>{heading.data}</h1>
            </PageLead>
          )}
          <p>{region.data ?? 'rest pending'}</p>
        </>
      );
    }
    const Page = lazyPage(() => Promise.resolve(LateLead));
    renderPage(<Page />);
    await screen.findByText('rest pending');
    const before = screen.getByRole('status');
    title.answer('Timesheet for Elena');
    await screen.findByRole('heading', { name: 'Timesheet for Elena' });
    await vi.waitFor(() => expect(screen.getByRole('status')).not.toBe(before));
    expect(before.isConnected).toBe(false);
    rest.answer('rest answered');
    expect(await screen.findByText('rest answered')).toBeTruthy();
  });

  it('downloads its code once when asked before it is drawn, and uses that download when it is', async () => {
    const load = vi.fn(() => Promise.resolve(() => <h1>Preloaded</h1>));
    const Page = lazyPage(load);
    Page.preload();
    Page.preload();
    expect(load).toHaveBeenCalledOnce();
    renderPage(<Page />);
    expect(await screen.findByRole('heading', { name: 'Preloaded' })).toBeTruthy();
    expect(load).toHaveBeenCalledOnce();
  });

  it('says so and offers a reload when its code cannot be fetched (the signal dropped, or a new version replaced it)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    const Page = lazyPage<object>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    renderPage(<Page />);
    expect(await screen.findByRole('heading', { name: 'This page could not be loaded' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(reload).toHaveBeenCalledOnce();
  });
});
