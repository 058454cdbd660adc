/** The progress line on stderr: documents done, rate, errors. Drawn only when stderr is a terminal. */
import cliProgress from 'cli-progress';

export interface Progress {
  /** One document done. */
  tick(ok: boolean): void;
  stop(): void;
}

const SILENT: Progress = { tick: () => {}, stop: () => {} };

const BAR_WIDTH = 24;

/** Seconds as "42s", "3m05s", "2h07m". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * The line's text: "eventext  1200 documents | 85.3/s | 2 errors", and with a known total
 * "eventext  [██████░░░░...] 1200/10000 documents | 85.3/s | ETA 1m43s | 2 errors".
 */
export function progressLine(done: number, errors: number, seconds: number, total: number | null = null): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const tail = `${rate.toFixed(1)}/s | ${errors} error${errors === 1 ? '' : 's'}`;
  if (total === null || total <= 0) return `eventext  ${done} document${done === 1 ? '' : 's'} | ${tail}`;
  const filled = Math.min(BAR_WIDTH, Math.round((done / total) * BAR_WIDTH));
  const eta = rate > 0 ? ` | ETA ${duration(Math.max(0, total - done) / rate)}` : '';
  return `eventext  [${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${done}/${total} documents | ${rate.toFixed(1)}/s${eta} | ${errors} error${errors === 1 ? '' : 's'}`;
}

/** Whether a bar would be drawn: asked for (no --quiet) and stderr is a terminal. */
export function progressWanted(stream: NodeJS.WriteStream, enabled: boolean): boolean {
  return enabled && !!stream.isTTY;
}

/** `total`: the number of documents when known (files, folders), else null (stdin: a running count). */
export function createProgress(stream: NodeJS.WriteStream, enabled: boolean, total: number | null = null): Progress {
  if (!progressWanted(stream, enabled)) return SILENT;
  const started = Date.now();
  let done = 0;
  let errors = 0;
  const bar = new cliProgress.SingleBar({
    stream,
    fps: 5,
    hideCursor: true,
    clearOnComplete: false,
    format: (_options, params) => progressLine(params.value, errors, (Date.now() - started) / 1000, total),
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
