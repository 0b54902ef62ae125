import { MultiGraph } from 'graphology';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { DEFAULTS, iterationsFor, layout, sizes } from '../../src/analyze/layout.js';
import { buildGraph, buildGraphReversed } from '../export/fixture.js';

const decimals = (x: number) => (String(x).split('.')[1] ?? '').length;

describe('layout', () => {
  test('positions, colors and sizes on every node, deterministic', () => {
    const g = buildGraph();
    const result = layout.assign(g);
    g.forEachNode((node, a) => {
      expect(Number.isFinite(a.x)).toBe(true);
      expect(Number.isFinite(a.y)).toBe(true);
      expect(decimals(a.x)).toBeLessThanOrEqual(2);
      expect(decimals(a.y)).toBeLessThanOrEqual(2);
      expect(a.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(a.color).toBe(DEFAULTS.palette[a.type]);
      expect(a.size).toBeGreaterThanOrEqual(4);
      expect(a.size).toBeLessThanOrEqual(30);
      expect(result[node]).toEqual({ x: a.x, y: a.y, color: a.color, size: a.size });
    });
    expect(JSON.stringify(layout(buildGraph()))).toBe(JSON.stringify(result));
    expect(JSON.stringify(layout(buildGraphReversed()))).toEqual(JSON.stringify(result));
    // Not all on one spot.
    const xs = new Set(Object.values(result).map((p) => `${p.x},${p.y}`));
    expect(xs.size).toBe(g.order);
  });

  test('colors: one per actor type, grey for others', () => {
    const g = new MultiGraph({ type: 'mixed' });
    for (const type of ['country', 'person', 'organization', 'armed_group', 'alien']) g.addNode(type, { type });
    const result = layout(g);
    expect(new Set(Object.values(result).map((r) => r.color)).size).toBe(5);
    expect(result.alien.color).toBe('#999999');
  });

  test('sizes follow pagerank between min and max', () => {
    expect(sizes({ a: 0.1, b: 0.4, c: 0.25 })).toEqual({ a: 4, b: 30, c: 22.38 });
    expect(sizes({ a: 0.5, b: 0.5 })).toEqual({ a: 4, b: 4 });
    const g = buildGraph();
    analyze(g);
    const top = g.nodes().reduce((x, y) => (g.getNodeAttribute(x, 'pagerank') >= g.getNodeAttribute(y, 'pagerank') ? x : y));
    expect(g.getNodeAttribute(top, 'size')).toBe(30);
  });

  test('iteration count scales with order; options checked', () => {
    expect(iterationsFor(10)).toBeGreaterThan(iterationsFor(10_000));
    expect(iterationsFor(10, 7)).toBe(7);
    expect(() => iterationsFor(10, 0)).toThrow(/^actorgraph\/analyze: layout: iterations/);
    expect(layout(new MultiGraph())).toEqual({});
    const one = new MultiGraph();
    one.addNode('solo', { type: 'person' });
    expect(Number.isFinite(layout(one).solo.x)).toBe(true);
  });
});
