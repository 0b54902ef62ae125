#!/usr/bin/env node
// The `actorgraph` executable: runs the CLI on the process's arguments and exits with its code.
import { run } from './run.js';

// `actorgraph query … | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await run(process.argv.slice(2));
