import { describeRequest, generate, type FuzzRequest } from './generate.js';
import { isWrite, type RouteSpec } from './route-spec.js';
import type { World } from './world.js';

export interface Finding {
  kind: 'server error' | 'refusal changed data' | 'no answer';
  request: FuzzRequest;
  status: number | undefined;
  detail: string;
}

export interface Figures {
  seed: number;
  requests: number;
  writeRequests: number;
  byClass: Record<'2xx' | '3xx' | '4xx' | '5xx', number>;
  byStatus: Record<number, number>;
  routes: Set<string>;
  writeRoutes: Set<string>;
  /** Requests, and routes, that got past access, CSRF, parsing and validation to the route's handler. */
  handledRequests: number;
  handled: Set<string>;
  findings: Finding[];
  /** Sign-ins the fuzzer made to restore its callers' sessions after a fuzzed request ended them. */
  signIns: number;
}

export function newFigures(seed: number): Figures {
  return { seed, requests: 0, writeRequests: 0, byClass: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 }, byStatus: {}, routes: new Set(), writeRoutes: new Set(), handledRequests: 0, handled: new Set(), findings: [], signIns: 0 };
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `${error.name}${code ? ` ${String(code)}` : ''}: ${error.message.slice(0, 300)}${error.stack ? `\n    at ${error.stack.split('\n    at ').slice(1, 4).join('\n    at ')}` : ''}`;
  }
  return String(error);
}

/**
 * Sends cases `from`..`to`-1 of one route and checks each answer: never a 5xx, and a refusal (4xx) leaves every
 * watched table as it was.
 */
export async function fuzzRoute(world: World, route: RouteSpec, figures: Figures, from: number, to: number): Promise<void> {
  const ctx = await world.context();
  figures.routes.add(route.key);
  if (isWrite(route)) figures.writeRoutes.add(route.key);
  for (let index = from; index < to; index++) {
    const request = generate(route, ctx, figures.seed, index);
    await world.prepare(request);
    const mark = await world.writeMark();
    let sent;
    try {
      sent = await world.send(request);
    } catch (err) {
      figures.findings.push({ kind: 'no answer', request, status: undefined, detail: errorText(err) });
      continue;
    }
    const status = sent.res.statusCode;
    figures.requests++;
    if (isWrite(route)) figures.writeRequests++;
    figures.byStatus[status] = (figures.byStatus[status] ?? 0) + 1;
    const cls = `${Math.floor(status / 100)}xx` as keyof Figures['byClass'];
    if (cls in figures.byClass) figures.byClass[cls]++;
    if (sent.handlerReached) {
      figures.handledRequests++;
      figures.handled.add(route.key);
    }
    if (status >= 500) {
      figures.findings.push({ kind: 'server error', request, status, detail: sent.error === undefined ? sent.res.body.slice(0, 300) : errorText(sent.error) });
    } else if (status >= 400) {
      const writes = await world.writesSince(mark);
      if (writes.length > 0) figures.findings.push({ kind: 'refusal changed data', request, status, detail: `${sent.res.body.slice(0, 200)}\n    wrote: ${writes.join('; ')}` });
    }
  }
  figures.signIns = world.signIns;
}

/** A finding with what it takes to replay it. */
export function report(f: Finding, seed: number): string {
  return [
    `${f.kind}${f.status === undefined ? '' : ` (${f.status})`}: ${f.request.route}, case ${f.request.index}`,
    describeRequest(f.request),
    `  cause: ${f.detail}`,
    `  replay: npm run fuzz -- --seed ${seed} --route '${f.request.route}' --case ${f.request.index}`,
  ].join('\n');
}

export function summary(figures: Figures, seconds: number): string {
  const statuses = Object.entries(figures.byStatus)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ');
  const serverErrors = figures.findings.filter((f) => f.kind !== 'refusal changed data').length;
  const changed = figures.findings.filter((f) => f.kind === 'refusal changed data').length;
  return [
    `seed ${figures.seed}`,
    `${figures.requests} hostile requests (${figures.writeRequests} to ${figures.writeRoutes.size} write routes) over ${figures.routes.size} routes in ${seconds.toFixed(1)} s (${(figures.requests / seconds).toFixed(0)} a second)`,
    `reached the route's handler (past access, CSRF, parsing and validation): ${figures.handledRequests} requests; ${figures.handled.size} of ${figures.routes.size} routes${
      figures.handled.size < figures.routes.size ? ` (not: ${[...figures.routes].filter((r) => !figures.handled.has(r)).join(', ')})` : ''
    }`,
    `by class: 2xx ${figures.byClass['2xx']}, 3xx ${figures.byClass['3xx']}, 4xx ${figures.byClass['4xx']}, 5xx ${figures.byClass['5xx']}`,
    `by status: ${statuses}`,
    `server errors (5xx or no answer): ${serverErrors}; refusals that changed data: ${changed}; sign-ins of the fuzzer's callers (again each time a fuzzed request ended one's session): ${figures.signIns}`,
  ].join('\n');
}
