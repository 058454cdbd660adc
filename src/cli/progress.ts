/** The progress line on stderr: documents done, rate, errors. Drawn only when stderr is a terminal. */
import cliProgress from 'cli-progress';

export interface Progress {
  /** One document done. */
  tick(ok: boolean): void;
  stop(): void;
}

const SILENT: Progress = { tick: () => {}, stop: () => {} };

/** The line's text, e.g. "eventext  1200 documents | 85.3/s | 2 errors". */
export function progressLine(done: number, errors: number, seconds: number): string {
  const rate = seconds > 0 ? (done / seconds).toFixed(1) : '0.0';
  return `eventext  ${done} document${done === 1 ? '' : 's'} | ${rate}/s | ${errors} error${errors === 1 ? '' : 's'}`;
}

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return SILENT;
  const started = Date.now();
  let done = 0;
  let errors = 0;
  // The number of documents is not known before a stream ends, so the line counts instead of filling a bar.
  const bar = new cliProgress.SingleBar({
    stream,
    fps: 5,
    hideCursor: true,
    clearOnComplete: false,
    format: (_options, params) => progressLine(params.value, errors, (Date.now() - started) / 1000),
  });
  bar.start(0, 0);
  return {
    tick(ok) {
      done++;
      if (!ok) errors++;
      bar.update(done);
    },
    stop() {
      bar.update(done);
      bar.stop();
    },
  };
}
