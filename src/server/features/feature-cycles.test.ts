import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * ARCHITECTURE: features call each other one way only. Each folder of src/server/features is a node; an import from a
 * file of one folder into another folder is an edge; any cycle fails this test, named with the files that make it.
 *
 * What counts as an import, and why:
 * - every file of the feature except its tests (`*.test.ts`): routes.ts too, since a route that calls another
 *   feature's service makes its feature depend on that one as much as a service does (so the submission's route, at
 *   a timesheet's address, is registered by claims, which sits above claim-life and timesheets), and testing.ts
 *   fixtures too;
 * - static imports, `export ... from`, side-effect imports and dynamic `import()`;
 * - type-only imports (`import type`): they leave no runtime cycle, but a type is part of the other feature's
 *   contract, so they tie ownership both ways just as well.
 */
const FEATURES = path.dirname(fileURLToPath(import.meta.url));

type Graph = Map<string, Map<string, string[]>>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The feature folder an import from `file` lands in, or undefined when it leaves src/server/features. */
function featureOf(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const [first, ...rest] = path.relative(FEATURES, path.resolve(path.dirname(file), specifier)).split(path.sep);
  return first && first !== '..' && rest.length > 0 ? first : undefined;
}

function featureGraph(): Graph {
  const graph: Graph = new Map();
  for (const feature of readdirSync(FEATURES, { withFileTypes: true })) {
    if (!feature.isDirectory()) continue;
    const edges = new Map<string, string[]>();
    graph.set(feature.name, edges);
    for (const file of sourceFiles(path.join(FEATURES, feature.name))) {
      for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
        const target = featureOf(file, fileName);
        if (target === undefined || target === feature.name) continue;
        edges.set(target, [...(edges.get(target) ?? []), `${path.relative(FEATURES, file)} imports ${fileName}`]);
      }
    }
  }
  return graph;
}

/** The loops of the graph: from each feature not yet on a reported loop, the shortest way back to itself, if any. */
function cyclesOf(graph: Graph): string[][] {
  const next = (f: string) => [...(graph.get(f)?.keys() ?? [])].sort();
  const shortestLoop = (start: string): string[] | undefined => {
    const cameFrom = new Map<string, string>();
    const queue = [start];
    while (queue.length > 0) {
      const f = queue.shift()!;
      for (const n of next(f)) {
        if (n === start) {
          const loop = [f];
          while (loop[0] !== start) loop.unshift(cameFrom.get(loop[0]!)!);
          return [...loop, start];
        }
        if (!cameFrom.has(n)) {
          cameFrom.set(n, f);
          queue.push(n);
        }
      }
    }
    return undefined;
  };
  const loops: string[][] = [];
  const onLoop = new Set<string>();
  for (const start of [...graph.keys()].sort()) {
    const loop = onLoop.has(start) ? undefined : shortestLoop(start);
    if (!loop) continue;
    loops.push(loop);
    loop.forEach((f) => onLoop.add(f));
  }
  return loops;
}

function describeLoop(graph: Graph, loop: readonly string[]): string {
  const steps = loop.slice(1).map((to, i) => `  ${loop[i]} -> ${to}: ${graph.get(loop[i]!)!.get(to)!.join('; ')}`);
  return [loop.join(' -> '), ...steps].join('\n');
}

describe('feature imports', () => {
  it('finds a loop and names it with the files that make it', () => {
    const graph: Graph = new Map([
      ['a', new Map([['b', ['a/service.ts imports ../b/service.js']]])],
      ['b', new Map([['c', ['b/routes.ts imports ../c/service.js']]])],
      ['c', new Map([['a', ['c/store.ts imports type ../a/service.js']]])],
      ['d', new Map([['a', ['d/service.ts imports ../a/service.js']]])],
    ]);
    expect(cyclesOf(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(describeLoop(graph, ['a', 'b', 'c', 'a'])).toContain('b -> c: b/routes.ts imports ../c/service.js');
  });

  it('go one way only: no feature reaches itself through others', () => {
    const graph = featureGraph();
    // The graph is read from the real files: the claim's owner is imported by the features that move claims.
    expect(graph.get('payments')?.has('claim-life')).toBe(true);
    expect(graph.get('claim-life')?.has('timesheets')).toBe(true);
    expect(cyclesOf(graph).map((loop) => describeLoop(graph, loop))).toEqual([]);
  });
});
