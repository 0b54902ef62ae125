// What `run` hands every command: where to write, and the exit code the command's action sets.
// Apart from run.ts so that the command files can name these types without an import cycle.

/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether stderr is a terminal (progress bars only then). */
  isTTY?: boolean;
  /** Ends `build --watch` (default: SIGINT or SIGTERM). */
  signal?: AbortSignal;
}

/** A command's exit code, set by its action. */
export interface CommandContext {
  io: CliIO;
  exitCode: number;
}
