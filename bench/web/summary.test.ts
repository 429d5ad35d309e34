import { describe, expect, it } from 'vitest';
import { shortfalls, summarise, transferred, type Report } from './summary';

function report(overrides: { performance?: number; cls?: number; failing?: string[]; shifts?: { selector: string; score: number }[] } = {}): Report {
  const a11y = ['color-contrast', 'target-size', 'label'];
  return {
    categories: {
      performance: { score: overrides.performance ?? 0.97, auditRefs: [] },
      accessibility: { score: overrides.failing?.length ? 0.9 : 1, auditRefs: a11y.map((id) => ({ id, weight: 7 })) },
    },
    audits: {
      ...Object.fromEntries(a11y.map((id) => [id, { title: `${id} title`, score: overrides.failing?.includes(id) ? 0 : 1 }])),
      'largest-contentful-paint': { title: 'LCP', score: 1, numericValue: 1840 },
      'total-blocking-time': { title: 'TBT', score: 1, numericValue: 92.4 },
      'cumulative-layout-shift': { title: 'CLS', score: 1, numericValue: overrides.cls ?? 0.01 },
      'layout-shifts': { title: 'shifts', score: 1, details: { items: (overrides.shifts ?? []).map(({ selector, score }) => ({ node: { selector }, score })) } },
      'network-requests': {
        title: 'requests',
        score: null,
        details: {
          items: [
            { resourceType: 'Document', transferSize: 2000 },
            { resourceType: 'Script', transferSize: 60 * 1024 },
            { resourceType: 'Script', transferSize: 4 * 1024 },
            { resourceType: 'Stylesheet', transferSize: 10 * 1024 },
            { resourceType: 'Fetch', transferSize: 900 },
          ],
        },
      },
    },
  };
}

describe("the web benchmark's summary", () => {
  it('adds up the scripts and the style sheets a page received, and nothing else', () => {
    expect(transferred(report())).toEqual({ js: 64 * 1024, css: 10 * 1024 });
  });

  it("prints one row per page with the median run's scores, metrics and bytes, and the range of its runs' scores", () => {
    const table = summarise([{ name: 'sign-in', path: '/sign-in', lhr: report(), scores: [98, 93, 97] }]);
    const [header, row] = table.split('\n');
    expect(header).toMatch(/^page\s+performance\s+runs\s+accessibility\s+LCP\s+TBT\s+CLS\s+JS\s+CSS$/);
    expect(row?.split(/\s+/)).toEqual(['sign-in', '97', '93-98', '100', '1.8', 's', '92', 'ms', '0.010', '64.0', 'KiB', '10.0', 'KiB']);
    expect(table).toContain('sign-in (/sign-in): meets the goals');
  });

  it('names the accessibility audits a page fails and what moved on it', () => {
    const lhr = report({ failing: ['target-size'], shifts: [{ selector: 'main > div.dashboard', score: 0.21 }] });
    expect(shortfalls(lhr)).toEqual(['accessibility: target-size (target-size title)', 'layout shift 0.210: main > div.dashboard']);
    expect(summarise([{ name: 'dashboard', path: '/dashboard', lhr, scores: [80] }])).toContain('dashboard (/dashboard): below the goals');
  });

  it('holds a page below the goals for a score under 95 or a layout shift of 0.05', () => {
    expect(summarise([{ name: 'slow', path: '/s', lhr: report({ performance: 0.94 }), scores: [94] }])).toContain('below the goals');
    expect(summarise([{ name: 'shifty', path: '/s', lhr: report({ cls: 0.05 }), scores: [97] }])).toContain('below the goals');
  });
});
