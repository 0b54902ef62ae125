// Issue 17, the viewer on real graphs: the camera fits the graph (no node drawn outside the
// canvas), actors without relations are hidden until asked for, labels do not overlap (each other
// or a node), and search suggests as one types, typos tolerated ("Hutis" finds Houthis). In
// headless Chromium. With ACTORGRAPH_SCREENSHOTS=1 it also writes the README's pictures
// (docs/seed-graph.png, docs/viewer.png).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MultiGraph } from 'graphology';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeFileAtomic } from '../../src/export/atomic.js';
import { viewerHTML, writeViewer } from '../../src/view/index.js';
import { cli, repoRoot, seedsDir } from '../fixtures/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const CORPUS = join(repoRoot, 'graphs/corpus.json');
const hasCorpus = existsSync(CORPUS);
const SHOTS = process.env.ACTORGRAPH_SCREENSHOTS === '1';
const work = mkdtempSync(join(tmpdir(), 'actorgraph-readable-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  label?: string;
}

describe.skipIf(!hasChromium)('a readable viewer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
    await page.waitForTimeout(700); // the camera's animation
    return { page, problems };
  }

  /** The nodes drawn outside the graph container (centre ± radius), and the label boxes. */
  async function layout(page: Page): Promise<{ outside: string[]; shown: number; labels: Box[]; discs: Array<Box & { key: string }> }> {
    return page.evaluate(() => {
      const ag = (window as any).actorgraph;
      const rect = document.getElementById('ag-graph')!.getBoundingClientRect();
      const outside: string[] = [];
      const discs: Array<{ key: string; x: number; y: number; w: number; h: number }> = [];
      let shown = 0;
      ag.graph.forEachNode((key: string) => {
        const d = ag.renderer.getNodeDisplayData(key);
        if (!d || d.hidden) return;
        shown++;
        const p = ag.nodePosition(key);
        const r = ag.renderer.scaleSize(d.size);
        discs.push({ key, x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r });
        if (p.x - r < 0 || p.y - r < 0 || p.x + r > rect.width || p.y + r > rect.height) outside.push(key);
      });
      return { outside, shown, labels: ag.labelBoxes(), discs };
    });
  }

  const meets = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  function expectNoOverlap(labels: Box[], discs: Array<Box & { key: string }>) {
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++)
        expect(meets(labels[i], labels[j]), `${labels[i].label} / ${labels[j].label}`).toBe(false);
      for (const d of discs) expect(meets(labels[i], d), `${labels[i].label} over ${d.key}`).toBe(false);
    }
  }

  test('the seed graph: every node inside the canvas, labels apart', async () => {
    const out = join(work, 'seeds');
    const r = await cli('build', seedsDir, '--out', out, '--name', 'seeds', '--format', 'html', '-q');
    expect(r.code).toBe(0);
    const { page, problems } = await open(join(out, 'seeds.html'));
    try {
      const l = await layout(page);
      expect(l.shown).toBeGreaterThan(10);
      expect(l.outside).toEqual([]);
      expect(l.labels.length).toBeGreaterThan(5);
      expectNoOverlap(l.labels, l.discs);
      if (SHOTS) await page.screenshot({ path: resolve(repoRoot, 'docs/seed-graph.png') });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test.skipIf(!hasCorpus)('the corpus: unconnected actors hidden until asked for, the rest fitted inside the canvas', async () => {
    const file = join(work, 'corpus.html');
    await writeViewer(CORPUS, file);
    const { page, problems } = await open(file);
    try {
      const counts = async () =>
        (await page.textContent('#ag-visible'))!
          .match(/^(\d+) of (\d+) actors/)!
          .slice(1)
          .map(Number);
      const unconnected = await page.evaluate(
        () => (window as any).actorgraph.graph.filterNodes((k: string) => (window as any).actorgraph.graph.degree(k) === 0).length,
      );
      expect(unconnected).toBeGreaterThan(100);
      const [shown, total] = await counts();
      expect(shown).toBe(total - unconnected);
      expect(await page.textContent('#ag-isolated-count')).toBe(String(unconnected));
      let l = await layout(page);
      expect(l.shown).toBe(shown);
      expect(l.outside).toEqual([]);
      expectNoOverlap(l.labels, l.discs);
      if (SHOTS) await page.screenshot({ path: resolve(repoRoot, 'docs/viewer.png') });

      await page.locator('#ag-isolated').check();
      await page.waitForTimeout(700);
      expect(await counts()).toEqual([total, total]);
      l = await layout(page);
      expect(l.outside).toEqual([]);
      await page.click('#ag-reset');
      await page.waitForTimeout(700);
      expect(await counts()).toEqual([shown, total]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('search suggests as one types and tolerates typos', async () => {
    const g = new MultiGraph({ type: 'mixed' });
    g.addNode('houthis', { label: 'Houthis', type: 'armed_group', aliases: ['Ansar Allah'], x: 0, y: 0, pagerank: 0.1 });
    g.addNode('vladimir-putin', { label: 'Vladimir Putin', type: 'person', aliases: ['Putin'], x: 10, y: 0, pagerank: 0.5 });
    g.addNode('yemen', { label: 'Yemen', type: 'country', aliases: [], x: 0, y: 10, pagerank: 0.2 });
    g.addNode('loner', { label: 'Recep Tayyip Erdoğan', type: 'person', aliases: ['Erdogan'], x: 5, y: 5 });
    g.addDirectedEdgeWithKey('attacks:houthis:yemen', 'houthis', 'yemen', { relation: 'attacks', weight: 2 });
    g.addDirectedEdgeWithKey('supports:vladimir-putin:yemen', 'vladimir-putin', 'yemen', { relation: 'supports', weight: 1 });
    const file = join(work, 'search.html');
    await writeFileAtomic(file, viewerHTML(g));
    const { page, problems } = await open(file);
    try {
      await page.locator('#ag-search').pressSequentially('Huti');
      expect(await page.locator('#ag-results li').first().textContent()).toContain('Houthis');
      await page.locator('#ag-search').pressSequentially('s');
      expect(await page.locator('#ag-results li').first().textContent()).toContain('Houthis');
      await page.press('#ag-search', 'Enter');
      await expect.poll(() => page.evaluate(() => (window as any).actorgraph.state.selectedNode)).toBe('houthis');
      // Accents folded; a hidden unconnected actor found by name is shown.
      await page.fill('#ag-search', 'Erdogna');
      expect(await page.locator('#ag-results li').first().textContent()).toContain('Erdoğan');
      await page.press('#ag-search', 'Enter');
      await expect.poll(() => page.evaluate(() => (window as any).actorgraph.state.selectedNode)).toBe('loner');
      expect(await page.isChecked('#ag-isolated')).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
