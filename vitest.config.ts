// Test runner settings. Builds run wink-nlp over real articles, so timeouts are generous; test files
// run in forked processes (wink-nlp's model is loaded once per process), at most one per core.
import os from 'node:os';
import { defineConfig } from 'vitest/config';

const cores = Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The viewer's page script is bundled from TypeScript first (html.ts inlines the bundle).
    globalSetup: ['test/view/build-client.setup.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: cores,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
