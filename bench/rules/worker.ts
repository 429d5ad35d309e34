/**
 * One core's share of the rules benchmark's parallel run (see run.ts): makes the same seeded data as
 * the main thread, keeps its slice, warms up, says it is ready, evaluates the slice the number of rounds it is
 * told when told to start (so every worker runs at once), and then sends the digest of its results
 * for the main thread to compare with its own one-core results.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { generateProviderMonths } from './generate';
import { evaluateAll, resultsDigest, type WorkerDone, type WorkerTask } from './measure';

const port = parentPort;
if (!port) throw new Error('bench/rules/worker.ts runs only as a worker thread');
const task = workerData as WorkerTask;
const slice = generateProviderMonths({ seed: task.seed, count: task.count, month: task.month }).slice(task.from, task.to);
// Warmed up as the main thread is before its one-core timing, so the timed rounds run compiled code.
evaluateAll(slice.slice(0, 1000));
port.once('message', (rounds: number) => {
  let sink = 0;
  for (let i = 0; i < rounds; i++) sink += evaluateAll(slice);
  const done: WorkerDone = { sink, digest: resultsDigest(slice) };
  port.postMessage(done);
});
port.postMessage('ready');
