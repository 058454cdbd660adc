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
      // A race lost to the head leaves this promise behind; if reading fails, the failure surfaces
      // at the next race (the same `next`), so this copy must not count as an unhandled rejection.
      input.catch(() => {});
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

/** A counter of free places: `acquire` waits for one, `release` gives it back. */
function slots(count: number): { acquire(): Promise<void>; release(): void } {
  let free = count;
  const waiting: (() => void)[] = [];
  return {
    acquire: () => (free > 0 ? (free--, Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve))),
    release: () => {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
}

/**
 * On `jobs` worker threads running `workerFile` (the built dist/cli-worker.js). A document still
 * running after `timeoutMs` (0: no limit) is given up: its thread is ended and replaced, and the
 * document gets an error in its place, so one pathological input cannot hang a batch. Documents
 * wait here, not in the pool's queue, so the clock starts when a thread takes the document.
 */
export function poolRunner(settings: TaskSettings, jobs: number, workerFile: URL, timeoutMs = 0): Runner {
  const pool = new Piscina<WorkerTask, TaskResult>({ filename: workerFile.href, minThreads: jobs, maxThreads: jobs, idleTimeout: 1000 });
  const threads = slots(jobs);
  return {
    async run(item) {
      await threads.acquire();
      const signal = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : null;
      try {
        return await pool.run({ item, settings }, { signal });
      } catch (err) {
        if (signal?.aborted) {
          return renderError(item, `gave up after ${timeoutMs / 1000} s (--timeout); the document may be pathological, or raise --timeout`, settings);
        }
        // A worker that died (out of memory, a crash) fails only its own document.
        return renderError(item, `worker failed: ${err instanceof Error ? err.message : String(err)}`, settings);
      } finally {
        threads.release();
      }
    },
    close: () => pool.destroy(),
  };
}
