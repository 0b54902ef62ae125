#!/usr/bin/env node
// The `actorgraph` executable: runs the CLI on the process's arguments and exits with its code.
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2));
