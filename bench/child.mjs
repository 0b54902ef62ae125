// One CLI run in its own process, for the benchmark: `node bench/child.mjs build …`. Prints, as the
// last line of stdout, {"code", "ms", "maxRSS"} (maxRSS in bytes, worker threads included).
import { run } from '../dist/cli/run.js';

const started = performance.now();
const err = [];
const code = await run(process.argv.slice(2), { out: () => undefined, err: (s) => void err.push(s), isTTY: false });
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ code, ms, maxRSS: process.resourceUsage().maxRSS * 1024, stderr: err.join('') })}\n`);
