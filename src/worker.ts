// A pool worker (src/cli/pool.ts): compiles the policy once, then checks one document per message
// and posts its FileResult back. Anything that escapes the pipeline becomes a "crash" message, so
// the pool reports it as an INTERNAL error for that document only.
import { parentPort, workerData } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './cli/pool.js';
import { analyseFile, compilePolicy, resultOf } from './pipeline.js';
import type { Policy } from './types.js';

const port = parentPort;
if (!port) throw new Error('src/worker.ts runs only as a worker thread');

const policy = (workerData as { policy: Policy }).policy;
const compiled = await compilePolicy(policy);

port.on('message', async ({ id, path }: ToWorker) => {
  let reply: FromWorker;
  try {
    reply = { type: 'result', id, result: resultOf(path, await analyseFile(path, compiled), policy) };
  } catch (err) {
    reply = { type: 'crash', id, message: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
port.postMessage({ type: 'ready' } satisfies FromWorker);
