// Builds never feed each other (issue 20): with --out inside the input folder, alternating
// `--name first` / `--name second` used to read the other build's events.jsonl and articles.jsonl
// as articles. Every build lists its name in the output folder's `.actorgraph-outputs`, and the
// files of every listed name are skipped.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../fixtures/helpers.js';
import { SIDECAR, writtenByActorgraph } from '../../src/pipeline/written.js';

describe('builds into an input folder', () => {
  it('alternating names read only the articles, build after build', async () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'a.jsonl'),
      `${JSON.stringify({ id: 'a1', text: 'Russia supports the Syrian government. Iran met Turkey in Ankara.' })}\n`,
    );
    const runs = [];
    for (const name of ['first', 'second', 'first', 'second']) {
      const r = await cli('build', dir, '--out', dir, '--name', name, '--quiet', '--format', 'csv,graphml');
      expect(r.code, r.err).toBe(0);
      const lines = fs
        .readFileSync(path.join(dir, `${name}.articles.jsonl`), 'utf8')
        .trim()
        .split('\n');
      runs.push(lines.map((l) => JSON.parse(l).id));
    }
    for (const ids of runs) expect(ids).toEqual(['a1']);
    expect(fs.readFileSync(path.join(dir, SIDECAR), 'utf8')).toMatch(/^#.*\nfirst\nsecond\n$/);
    expect(fs.readFileSync(path.join(dir, 'first.events.jsonl'))).toEqual(fs.readFileSync(path.join(dir, 'second.events.jsonl')));
  });

  it('knows the outputs of a listed name only', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, SIDECAR), '# header\nrun\n');
    expect(writtenByActorgraph(path.join(dir, 'run.events.jsonl'))).toBe(true);
    expect(writtenByActorgraph(path.join(dir, 'runner.jsonl'))).toBe(false);
    expect(writtenByActorgraph(path.join(dir, 'articles.jsonl'))).toBe(false);
  });
});
