// The pipeline's modules import one another without a cycle (shared types live in types.ts), so
// each can be read, and loaded, on its own.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/pipeline');

/** Each module's imports of other pipeline modules (type-only ones too). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');
    const targets = [...text.matchAll(/(?:import|export)\s[^;]*?from\s+'\.\/([^']+)\.js'/g)].map((m) => `${m[1]}.ts`);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** One cycle, as the modules along it, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (m: string): string[] | undefined => {
    if (state.get(m) === 'done') return undefined;
    if (state.get(m) === 'open') return [...trail.slice(trail.indexOf(m)), m];
    state.set(m, 'open');
    trail.push(m);
    for (const to of graph.get(m) ?? []) {
      const cycle = visit(to);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(m, 'done');
    return undefined;
  };
  for (const m of graph.keys()) {
    const cycle = visit(m);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('pipeline modules', () => {
  it('import one another without a cycle', () => {
    const graph = importGraph();
    expect(graph.get('build.ts')).toContain('loop.ts');
    expect(findCycle(graph)).toBeUndefined();
  });

  it('finds a cycle when there is one (the check checks)', () => {
    expect(
      findCycle(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['a.ts']],
        ]),
      ),
    ).toEqual(['a.ts', 'b.ts', 'a.ts']);
  });
});
