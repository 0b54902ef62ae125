// Issue 17, "the summary hides notices": 12 notices used to show as 3 joined with ";" (inside
// messages that contain ";"). Now: a count per kind, the first few one a line, and every notice
// in the articles table — on its article's line, or on a line of its own for a file named twice.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFiles, cli, jsonLines, tempDir } from '../fixtures/helpers.js';

describe('build: notices', () => {
  it('counts per kind, shows the first three one a line, and loses none', async () => {
    const dir = tempDir();
    const lines: string[] = [];
    // 9 repeated ids (renamed) and 2 dates not understood.
    for (let i = 0; i < 10; i++) lines.push(JSON.stringify({ id: 'same', text: `Iran met Russia in Tehran, report ${i}.` }));
    lines.push(JSON.stringify({ id: 'd1', date: 'sometime', text: 'Turkey met Iran.' }));
    lines.push(JSON.stringify({ id: 'd2', date: 'later', text: 'Russia met Turkey.' }));
    const file = path.join(dir, 'feed.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const out = tempDir();
    // The file named twice: one more notice.
    const r = await cli('build', file, file, '--out', out, '--name', 'g', '--jobs', '1');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/ 12 notice\(s\): 9 repeated id\(s\) renamed, 2 date\(s\) not understood, 1 file\(s\) named twice/);
    const shown = r.err.split('\n').filter((l) => l.startsWith('    actorgraph/ingest: '));
    expect(shown).toHaveLength(3);
    expect(r.err).toContain('    … and 9 more');
    expect(r.err).not.toMatch(/; …/);

    const table = jsonLines<{ id: string; notices?: string[] }>(readFileSync(buildFiles(out, 'g').articles, 'utf8'));
    const all = table.flatMap((l) => l.notices ?? []);
    expect(all).toHaveLength(12);
    expect(table.find((l) => l.id === 'same~2')?.notices?.[0]).toMatch(/renamed "same~2"/);
    expect(table.find((l) => l.id === 'd1')?.notices?.[0]).toMatch(/date "sometime" not understood/);
    expect(table.find((l) => l.id === 'feed.jsonl')?.notices?.[0]).toMatch(/read once/);
  });
});
