// The progress bar of a build on a terminal: articles done, articles per second, and an ETA once the
// total is known. Nothing at all when the stream is not a terminal.
import cliProgress from 'cli-progress';

/** What a build reports while it runs. */
export interface BuildProgress {
  /** `extract`: reading and extracting articles; `write`: merging and writing the output. */
  phase: 'extract' | 'write';
  done: number;
  /** Known or estimated number of articles, when known. */
  total?: number;
  /** Articles taken from the cache so far. */
  cached?: number;
}

/** Where the bar is drawn: a terminal stream, or anything with `write`, `isTTY` and `columns`. */
export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressBar {
  update(p: BuildProgress): void;
  stop(): void;
}

/** Span of the rate shown. */
const WINDOW_MS = 5000;

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  s = Math.max(0, Math.round(s));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** The bar's text; the rate is `done` over `elapsedMs` unless given (articles per second). */
export function progressLine(p: BuildProgress, elapsedMs: number, bar: string, rate?: number): string {
  rate ??= p.done > 0 ? (p.done * 1000) / Math.max(1, elapsedMs) : 0;
  const verb = p.phase === 'extract' ? 'building' : 'writing';
  const cached = p.cached ? ` (${p.cached} cached)` : '';
  const speed = `${rate >= 100 ? Math.round(rate) : rate.toFixed(1)} articles/s`;
  if (p.total !== undefined && p.total > 0) {
    const total = Math.max(p.total, p.done);
    const eta = rate > 0 ? formatSeconds((total - p.done) / rate) : '?';
    return `${verb} |${bar}| ${p.done}/${total} articles${cached} | ${speed} | ETA ${eta}`;
  }
  return `${verb} ${p.done} articles${cached} | ${speed}`;
}

/**
 * A bar on `stream`, or `undefined` when the stream is not a terminal or `quiet` is set.
 *
 * @example const bar = progressBar(process.stderr); bar?.update({ phase: 'extract', done: 10 }); bar?.stop();
 */
export function progressBar(stream: ProgressStream, quiet = false): ProgressBar | undefined {
  if (quiet || stream.isTTY !== true) return undefined;
  let phase: BuildProgress['phase'] | undefined;
  let started = Date.now();
  let current: BuildProgress = { phase: 'extract', done: 0 };
  // The rate over the last few seconds (the start-up would weigh on a rate since the start).
  let samples: Array<[number, number]> = [];
  const rate = () => {
    const now = Date.now();
    samples.push([now, current.done]);
    while (samples.length > 2 && now - samples[1]![0] > WINDOW_MS) samples.shift();
    const [t, d] = samples[0]!; // pushed just above
    return now - t >= 1000 ? ((current.done - d) * 1000) / (now - t) : undefined;
  };
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as unknown as NodeJS.WritableStream,
      hideCursor: true,
      clearOnComplete: true,
      barsize: 24,
      format: (options, params) => {
        const size = options.barsize ?? 24;
        const full = Math.round(Math.max(0, Math.min(1, params.progress)) * size);
        const barText = (options.barCompleteChar ?? '#').repeat(full) + (options.barIncompleteChar ?? '-').repeat(size - full);
        return progressLine(current, Date.now() - started, barText, rate());
      },
    },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
    update(p) {
      if (p.phase !== phase) {
        if (running) bar.stop();
        phase = p.phase;
        started = Date.now();
        samples = [];
        current = p;
        bar.start(Math.max(1, p.total ?? 1), p.done);
        running = true;
      }
      current = p;
      if (p.total !== undefined) bar.setTotal(Math.max(1, p.total, p.done));
      bar.update(p.done);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
