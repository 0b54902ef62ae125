import { MultiGraph } from 'graphology';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { DEFAULTS, isolateRings, iterationsFor, layout, positions, sizes } from '../../src/analyze/layout.js';
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

  test('actors without relations go on rings around the network, in key order, each on its own spot', () => {
    const g = new MultiGraph({ type: 'mixed' });
    for (const n of ['a', 'b', 'c', 'd']) g.addNode(n, { type: 'country' });
    g.addEdge('a', 'b', { weight: 2 });
    g.addEdge('b', 'c', { weight: 1 });
    g.addEdge('c', 'a', { weight: 1 });
    g.addEdge('d', 'd', { weight: 1 }); // a self-loop relates d to no other actor
    for (let i = 0; i < 150; i++) g.addNode(`iso${String(i).padStart(3, '0')}`, { type: 'person' });
    const xy = positions(g);
    const net = ['a', 'b', 'c'].map((n) => xy[n]);
    const cx = net.reduce((s, p) => s + p.x, 0) / 3;
    const cy = net.reduce((s, p) => s + p.y, 0) / 3;
    const radius = Math.max(...net.map((p) => Math.hypot(p.x - cx, p.y - cy)));
    const isolated = Object.keys(xy).filter((n) => n.startsWith('iso') || n === 'd');
    expect(isolated).toHaveLength(151);
    for (const n of isolated) expect(Math.hypot(xy[n].x - cx, xy[n].y - cy)).toBeGreaterThan(radius);
    expect(new Set(Object.values(xy).map((p) => `${p.x},${p.y}`)).size).toBe(g.order);
    // Rings fill outwards in key order.
    const dist = (n: string) => Math.hypot(xy[n].x - cx, xy[n].y - cy);
    expect(dist('d')).toBeLessThanOrEqual(dist('iso149') + 0.02);
    expect(dist('iso000')).toBeLessThan(dist('iso149'));
    expect(JSON.stringify(positions(g))).toBe(JSON.stringify(xy));
  });

  test('isolateRings: a disc from the centre when nothing is laid out', () => {
    const rings = isolateRings({}, ['a', 'b', 'c'], 10);
    expect(rings.a).toEqual({ x: 0, y: 0 });
    expect(Math.hypot(rings.b.x, rings.b.y)).toBeCloseTo(2.5);
    expect(isolateRings({ a: { x: 1, y: 1 } }, [])).toEqual({});
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
