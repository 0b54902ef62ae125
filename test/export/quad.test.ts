// Issue 17: `quad` is typed `QuadClass | null`, written `"quad": null` for member_of, and the README
// said absent keys are omitted. Now the three agree: every line has `quad` (null for member_of, and
// only there), no other key is ever null or false, and the README says so.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventToJSON } from '../../src/export/events.js';
import { buildGraph } from '../../src/pipeline/build.js';
import { repoRoot } from '../fixtures/helpers.js';

describe('quad in events.jsonl', () => {
  const { events } = buildGraph([
    {
      id: 'a1',
      text: 'The incident prompted outrage from UNICEF director Anthony Lake. Russia attacked Daesh positions near Palmyra. Iran met Turkey in Ankara.',
    },
  ]);
  const lines = events.map((e) => JSON.parse(eventToJSON(e)) as Record<string, unknown>);

  it('every line has quad: a class, or null for member_of only', () => {
    expect(lines.some((l) => l.relation === 'member_of')).toBe(true);
    expect(lines.some((l) => l.relation !== 'member_of')).toBe(true);
    for (const l of lines) {
      expect(Object.hasOwn(l, 'quad'), JSON.stringify(l)).toBe(true);
      if (l.relation === 'member_of') expect(l.quad).toBeNull();
      else expect(l.quad).toMatch(/^(verbal|material)_(cooperation|conflict)$/);
    }
  });

  it('no other key is null or false: keys without a value are left out', () => {
    for (const l of lines)
      for (const [k, v] of Object.entries(l))
        if (k !== 'quad') expect(v === null || v === false, `${k} in ${JSON.stringify(l)}`).toBe(false);
  });

  it('the README says the same', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/\(absent keys omitted\)/);
    expect(readme).toMatch(/except `quad`, which every line has: `null` for `member_of`/);
    const types = readFileSync(path.join(repoRoot, 'src/types.ts'), 'utf8');
    expect(types).toMatch(/quad: QuadClass \| null;/);
  });
});
