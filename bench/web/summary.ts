/** What bench/web/run.ts reads of a Lighthouse result (the parts of LH.Result it prints). */
export interface Report {
  readonly categories: Readonly<Record<string, { readonly score: number | null; readonly auditRefs: readonly { readonly id: string; readonly weight: number }[] }>>;
  readonly audits: Readonly<Record<string, { readonly title: string; readonly score: number | null; readonly numericValue?: number; readonly details?: unknown }>>;
}

export interface PageResult {
  readonly name: string;
  readonly path: string;
  /** The median run's report. */
  readonly lhr: Report;
  /** The performance score of every run. */
  readonly scores: readonly number[];
}

/** Issue #13's goals for every page measured. */
export const GOALS = { performance: 95, accessibility: 100, maxCls: 0.05 } as const;

interface NetworkItem {
  readonly resourceType?: string;
  readonly transferSize?: number;
}
interface NodeItem {
  readonly node?: { readonly selector?: string; readonly snippet?: string };
  readonly score?: number;
}

const itemsOf = <T>(details: unknown): readonly T[] => ((details as { items?: T[] } | undefined)?.items ?? []);
const score = (lhr: Report, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
const metric = (lhr: Report, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;

/** Bytes received for scripts and for style sheets, as the network records of the run counted them. */
export function transferred(lhr: Report): { js: number; css: number } {
  const items = itemsOf<NetworkItem>(lhr.audits['network-requests']?.details);
  const sum = (type: string) => items.filter((i) => i.resourceType === type).reduce((total, i) => total + (i.transferSize ?? 0), 0);
  return { js: sum('Script'), css: sum('Stylesheet') };
}

/** Why a page misses a goal: the accessibility audits it fails, and what moved on screen. */
export function shortfalls(lhr: Report): string[] {
  const found: string[] = [];
  for (const { id, weight } of lhr.categories.accessibility?.auditRefs ?? []) {
    const audit = lhr.audits[id];
    if (weight > 0 && audit?.score === 0) found.push(`accessibility: ${id} (${audit.title})`);
  }
  for (const shift of itemsOf<NodeItem>(lhr.audits['layout-shifts']?.details).slice(0, 3)) {
    found.push(`layout shift ${(shift.score ?? 0).toFixed(3)}: ${shift.node?.selector ?? shift.node?.snippet ?? 'unknown element'}`);
  }
  return found;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The table of every page, then each page's shortfalls against GOALS. */
export function summarise(results: readonly PageResult[]): string {
  const header = ['page', 'performance', 'runs', 'accessibility', 'LCP', 'TBT', 'CLS', 'JS', 'CSS'];
  const rows = results.map(({ name, lhr, scores }) => {
    const bytes = transferred(lhr);
    return [
      name,
      String(score(lhr, 'performance')),
      `${Math.min(...scores)}-${Math.max(...scores)}`,
      String(score(lhr, 'accessibility')),
      seconds(metric(lhr, 'largest-contentful-paint')),
      `${Math.round(metric(lhr, 'total-blocking-time'))} ms`,
      metric(lhr, 'cumulative-layout-shift').toFixed(3),
      kib(bytes.js),
      kib(bytes.css),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(header), ...rows.map(line), ''];
  for (const { name, path, lhr } of results) {
    const met =
      score(lhr, 'performance') >= GOALS.performance && score(lhr, 'accessibility') >= GOALS.accessibility && metric(lhr, 'cumulative-layout-shift') < GOALS.maxCls;
    out.push(`${name} (${path}): ${met ? 'meets the goals' : 'below the goals'}`);
    for (const why of shortfalls(lhr)) out.push(`  ${why}`);
  }
  return out.join('\n');
}
