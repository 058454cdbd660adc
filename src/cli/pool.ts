/**
 * Documents through a worker-thread pool (piscina), results in input order, with a bounded window
 * of documents in flight: a batch of any size holds at most `window` documents and results.
 */
import { Piscina } from 'piscina';
import type { InputItem } from './inputs.js';
import { renderError, type TaskResult, type TaskSettings } from './render.js';
import type { WorkerTask } from './worker.js';

/**
 * Maps `items` through `run` with up to `window` calls in flight, yielding results in input order.
 * A finished head is yielded as soon as it is ready, even while the next input is still awaited,
 * so a producer that waits for each answer (a coprocess) is never stalled. `run` must not reject.
 */
export async function* mapInOrder<T, R>(items: AsyncIterable<T>, run: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const it = items[Symbol.asyncIterator]();
  const pending: Promise<R>[] = [];
  let next: Promise<IteratorResult<T>> | null = it.next();
  while (next || pending.length) {
    if (next && pending.length < window) {
      const head = pending[0];
      const input: Promise<{ input: IteratorResult<T> }> = next.then((r) => ({ input: r }));
      const winner = head ? await Promise.race([input, head.then(() => null)]) : await input;
      if (winner) {
        if (winner.input.done) next = null;
        else {
          pending.push(run(winner.input.value));
          next = it.next();
        }
        continue;
      }
    }
    yield await pending.shift()!;
  }
}

export interface Runner {
  run(item: InputItem): Promise<TaskResult>;
  close(): Promise<void>;
}

/** In this thread: for `--jobs 1` and single documents (no worker start-up cost). */
export function inProcessRunner(settings: TaskSettings): Runner {
  // Imported here, not at the top: with a pool, the main thread never loads the extraction code.
  const task = import('./task.js');
  return { run: async (item) => (await task).runTask(item, settings), close: async () => {} };
}

/** On `jobs` worker threads running `workerFile` (the built dist/cli-worker.js). */
export function poolRunner(settings: TaskSettings, jobs: number, workerFile: URL): Runner {
  const pool = new Piscina<WorkerTask, TaskResult>({ filename: workerFile.href, minThreads: jobs, maxThreads: jobs, idleTimeout: 1000 });
  return {
    run: (item) =>
      pool.run({ item, settings }).catch((err: unknown) =>
        // A worker that died (out of memory, a crash) fails only its own document.
        renderError(item, `worker failed: ${err instanceof Error ? err.message : String(err)}`, settings),
      ),
    close: () => pool.destroy(),
  };
}
