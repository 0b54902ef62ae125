// The web viewer: the HTML it writes (unit tests), the `view` command, and the page in a real
// browser (headless Debian chromium driven by playwright-core): no console error, a drawn canvas,
// search, clicks, filters, and hostile article markup that stays text.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MultiGraph } from 'graphology';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../../src/cli/run.js';
import { writeFileAtomic } from '../../src/export/atomic.js';
import { toJSON } from '../../src/export/json.js';
import { articlesPathFor, citedArticles, jsonForHTML, viewerHTML, writeViewer } from '../../src/view/index.js';
import { decodePNG, inkStats } from './png.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const CORPUS = join(ROOT, 'graphs/corpus.json');
const hasCorpus = existsSync(CORPUS);
if (!hasChromium) console.warn(`SKIPPED viewer browser tests: ${CHROMIUM} is absent (apt-get install -y chromium)`);
if (!hasCorpus) console.warn(`SKIPPED viewer tests on the corpus: ${CORPUS} is absent (npm start builds it)`);
/** Set to a path (e.g. docs/viewer.png) to save the README's screenshot. */
const SCREENSHOT = process.env.ACTORGRAPH_SCREENSHOT;

const work = mkdtempSync(join(tmpdir(), 'actorgraph-view-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PWN = 'window.__pwned=1';
const HOSTILE = {
  script: `<script>${PWN}</script>`,
  img: `<img src=x onerror="${PWN}">`,
  close: `</script><script>${PWN}</script><!--`,
};

/** A small graph whose every text field from the articles is hostile markup. */
function hostileGraph(): MultiGraph {
  const g = new MultiGraph({ type: 'mixed' });
  g.addNode('evil', {
    label: `${HOSTILE.img}Evil Corp`,
    type: 'organization',
    aliases: [HOSTILE.script, 'Evil'],
    role: `<b onmouseover="${PWN}">boss</b>`,
    affiliation: 'victim',
    mentions: 3,
    articles: 2,
    first: '2024-01-01',
    last: '2024-03-01',
    pagerank: 0.5,
    community: 0,
    x: -100,
    y: 0,
    size: 20,
    color: '#009e73',
  });
  g.addNode('victim', {
    label: HOSTILE.close,
    type: 'country',
    aliases: [],
    mentions: 2,
    articles: 1,
    first: '2024-02-01',
    last: '2024-02-01',
    pagerank: 0.3,
    community: 1,
    x: 100,
    y: 0,
    size: 20,
    color: '" onload="window.__pwned=1',
  });
  g.addNode('bystander', { label: 'Bystander', type: 'person', aliases: [], mentions: 1, articles: 1, x: 0, y: 120, size: 8 });
  g.addDirectedEdgeWithKey('attacks:evil:victim', 'evil', 'victim', {
    relation: 'attacks',
    weight: 3,
    category: HOSTILE.img,
    first: '2024-01-01',
    last: '2024-03-01',
    dates: ['2024-01-01', '2024-03-01'],
    dateCounts: [2, 1],
    evidence: [`${HOSTILE.script} said the minister.`, HOSTILE.img, 'Plain sentence.'],
    evidenceArticles: ['h1', 'h2', 'h3'],
  });
  g.addUndirectedEdgeWithKey('met:bystander:evil', 'bystander', 'evil', {
    relation: 'met',
    weight: 1,
    evidence: ['They met.'],
    evidenceArticles: ['h3'],
  });
  return g;
}

const hostileArticles = [
  { id: 'h1', title: `${HOSTILE.img}Title one`, url: `javascript:${PWN}`, date: '2024-01-01', source: HOSTILE.script },
  { id: 'h2', title: HOSTILE.close, url: 'https://example.org/a?<script>', date: '2024-03-01' },
  { id: 'h3', url: 'data:text/html,<script>window.__pwned=1</script>' },
  { id: 'unused', title: 'never cited' },
];

describe('viewerHTML (no browser)', () => {
  test('the inlined JSON cannot close its element or open a comment', () => {
    expect(jsonForHTML({ a: '</script><!--&\u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028"}');
    expect(JSON.parse(jsonForHTML({ a: '</script><!--&\u2028' }))).toEqual({ a: '</script><!--&\u2028' });
  });

  test('one self-contained document: libraries inlined, CSP hashes match the scripts, no data markup', () => {
    const html = viewerHTML(hostileGraph(), { articles: hostileArticles, title: HOSTILE.script });
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="http|@import|url\(http/i);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(3);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1].replace(/&#39;/g, "'");
    expect(csp).toContain("default-src 'none'");
    for (const code of scripts) expect(csp).toContain(`'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
    expect(csp).not.toContain("unsafe-inline'; script"); // scripts only by hash
    expect(html.match(/<script/g)).toHaveLength(4); // the JSON one and the three above: nothing from the data
    expect(html).toContain('<title>&lt;script&gt;window.__pwned=1&lt;/script&gt;</title>');
    expect(html).not.toContain(HOSTILE.img);
  });

  test('only the articles cited as evidence are inlined', () => {
    const cited = citedArticles(hostileGraph(), hostileArticles);
    expect(Object.keys(cited)).toEqual(['h1', 'h2', 'h3']);
    expect(cited.h1).toEqual({ title: hostileArticles[0].title, url: hostileArticles[0].url, date: '2024-01-01', source: HOSTILE.script });
    expect(articlesPathFor('graphs/corpus.json')).toBe(join('graphs', 'corpus.articles.jsonl'));
  });

  test('`actorgraph view` writes the file; bad input gives exit codes 1 and 2', async () => {
    const graphPath = join(work, 'cli.json');
    await writeFileAtomic(graphPath, toJSON(hostileGraph()));
    await writeFileAtomic(join(work, 'cli.articles.jsonl'), hostileArticles.map((a) => JSON.stringify(a)).join('\n') + '\n{broken\n');
    const err: string[] = [];
    const io = { out: () => undefined, err: (s: string) => void err.push(s) };
    expect(await run(['view', graphPath], io)).toBe(0);
    expect(err.join('')).toMatch(/wrote .*cli\.html .*3 actors, 2 relations, 3 cited article\(s\) .*1 unreadable line/);
    expect(readFileSync(join(work, 'cli.html'), 'utf8')).toContain('id="actorgraph-data"');
    expect(await run(['view', graphPath, '--out', join(work, 'named.html'), '--quiet', '--title', 'T'], io)).toBe(0);
    expect(existsSync(join(work, 'named.html'))).toBe(true);
    err.length = 0;
    expect(await run(['view', join(work, 'missing.json'), '--out', join(work, 'x.html')], io)).toBe(1);
    expect(err.join('')).toMatch(/cannot read .*missing\.json: no such file/);
    expect(await run(['view', join(work, 'cli.articles.jsonl')], io)).toBe(2);
    expect(await run(['view', graphPath, '--articles', join(work, 'none.jsonl'), '--out', join(work, 'y.html')], io)).toBe(1);
  });
});

describe.skipIf(!hasChromium)('the viewer in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens `file` and records console errors, page errors and any request off the file. */
  async function open(file: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`);
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
    return { page, problems };
  }

  async function canvasInk(page: Page) {
    const box = (await page.locator('#ag-graph').boundingBox())!;
    return inkStats(decodePNG(await page.screenshot({ clip: box })));
  }

  /** Clicks the graph canvas at a node's drawn position (or between two nodes). */
  async function clickGraphAt(page: Page, keys: string[]) {
    const box = (await page.locator('#ag-graph').boundingBox())!;
    const points = (await page.evaluate((ks) => ks.map((k) => (window as any).actorgraph.nodePosition(k)), keys)) as Array<{
      x: number;
      y: number;
    }>;
    const x = points.reduce((s, p) => s + p.x, 0) / points.length;
    const y = points.reduce((s, p) => s + p.y, 0) / points.length;
    // Move first: leaving a hovered node redraws the graph (hover hides other edges) before the click.
    await page.mouse.move(box.x + x, box.y + y, { steps: 4 });
    await page.waitForTimeout(150);
    await page.mouse.click(box.x + x, box.y + y);
  }

  const settle = (page: Page) => page.waitForTimeout(600);

  test.skipIf(!hasCorpus)('the corpus: loads cleanly, draws, finds Zarif, shows evidence on click', async () => {
    const file = join(work, 'corpus.html');
    const written = await writeViewer(CORPUS, file);
    expect(written.nodes).toBeGreaterThan(100);
    const { page, problems } = await open(file);
    try {
      await settle(page);
      // The canvas is not blank: many inked pixels, in several colors.
      const ink = await canvasInk(page);
      expect(ink.ink / ink.total).toBeGreaterThan(0.01);
      expect(ink.colors).toBeGreaterThan(8);
      // Unconnected actors are hidden until asked for; every relation is shown.
      expect(await page.textContent('#ag-visible')).toMatch(/^\d+ of \d+ actors, (\d+) of \1 relations shown$/);

      // Search by alias: "Zarif" selects Mohammad Javad Zarif.
      await page.fill('#ag-search', 'Zarif');
      expect(await page.locator('#ag-results li').first().textContent()).toContain('Zarif');
      await page.press('#ag-search', 'Enter');
      await expect.poll(() => page.evaluate(() => (window as any).actorgraph.state.selectedNode)).toBe('mohammad-javad-zarif');
      expect(await page.textContent('#ag-panel h2')).toBe('Mohammad Javad Zarif');
      const panel = (await page.textContent('#ag-panel'))!;
      expect(panel).toContain('Foreign Minister');
      expect(panel).toMatch(/Also called\s*Zarif/);
      expect(panel).toMatch(/Relations \(\d+\)/);
      if (SCREENSHOT) {
        await settle(page);
        mkdirSync(dirname(resolve(ROOT, SCREENSHOT)), { recursive: true });
        await page.screenshot({ path: resolve(ROOT, SCREENSHOT) });
      }

      // A relation of his shows its evidence: sentences with their article titles and links.
      await page.locator('#ag-panel .ag-relations button', { hasText: 'Lavrov' }).first().click();
      await expect.poll(() => page.getAttribute('body', 'data-selected')).toBe('edge');
      expect(await page.locator('#ag-panel .ag-evidence li blockquote').count()).toBeGreaterThan(0);
      expect((await page.locator('#ag-panel .ag-evidence li blockquote').first().textContent())!).toMatch(/Zarif|Lavrov/);
      expect((await page.locator('#ag-panel .ag-evidence .ag-source').first().textContent())!.length).toBeGreaterThan(5);

      // A click on the canvas selects the node drawn there.
      await page.locator('#ag-panel h2 button').first().click(); // back to one end of the edge
      await settle(page);
      const target = (await page.evaluate(() => (window as any).actorgraph.state.selectedNode)) as string;
      await clickGraphAt(page, [target]);
      await settle(page);
      expect(await page.evaluate(() => (window as any).actorgraph.state.selectedNode)).toBe(target);

      // Filters: relation type, actor type, date range; and the color toggle.
      const shown = async () => Number((await page.textContent('#ag-visible'))!.match(/(\d+) of \d+ relations/)![1]);
      const all = await shown();
      await page.locator('#ag-relations input[value="member_of"]').uncheck();
      expect(await shown()).toBeLessThan(all);
      const actors = async () => Number((await page.textContent('#ag-visible'))!.match(/^(\d+) of/)![1]);
      const connected = await actors();
      await page.locator('#ag-types input[value="person"]').uncheck();
      expect(await actors()).toBeLessThan(connected);
      await page.click('#ag-reset');
      expect(await shown()).toBe(all);
      await page.fill('#ag-from', '2017-01-01');
      await page.fill('#ag-to', '2017-03-31');
      await page.locator('#ag-undated').uncheck();
      expect(await shown()).toBeLessThan(all);
      expect(await shown()).toBeGreaterThan(0);
      await page.selectOption('#ag-color', 'community');
      expect(await page.textContent('#ag-legend')).toMatch(/#\d+ \(\d+\)/);
      await settle(page);
      expect((await canvasInk(page)).colors).toBeGreaterThan(8);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('an empty graph, and a graph without layout or analysis, load without error', async () => {
    const bare = new MultiGraph({ type: 'mixed' });
    bare.addNode('a', { label: 'Alpha', type: 'country' });
    bare.addNode('b', { type: 'martian' });
    bare.addDirectedEdgeWithKey('supports:a:b', 'a', 'b', { relation: 'supports' });
    for (const [name, g] of [
      ['empty', new MultiGraph({ type: 'mixed' })],
      ['bare', bare],
    ] as const) {
      const file = join(work, `${name}.html`);
      await writeFileAtomic(file, viewerHTML(g));
      const { page, problems } = await open(file);
      try {
        await settle(page);
        expect(await page.textContent('#ag-visible')).toBe(`${g.order} of ${g.order} actors, ${g.size} of ${g.size} relations shown`);
        if (g.order) {
          await page.fill('#ag-search', 'alp');
          await page.press('#ag-search', 'Enter');
          expect(await page.textContent('#ag-panel h2')).toBe('Alpha');
          await page.evaluate(() => (window as any).actorgraph.selectNode('b'));
          expect(await page.textContent('#ag-panel h2')).toBe('b');
          expect(await page.textContent('#ag-panel')).toContain('martian');
        }
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  test('hostile article markup stays inert text', async () => {
    const file = join(work, 'hostile.html');
    await writeFileAtomic(file, viewerHTML(hostileGraph(), { articles: hostileArticles, title: HOSTILE.close }));
    const { page, problems } = await open(file);
    const pwned = () => page.evaluate(() => (window as any).__pwned);
    try {
      await settle(page);
      expect(await pwned()).toBeUndefined();
      expect(await page.title()).toBe(HOSTILE.close);
      // Hover and click every node on the canvas (labels drawn, panels filled); the unconnected
      // bystander once unconnected actors are shown.
      await page.locator('#ag-isolated').check();
      await settle(page);
      for (const key of ['evil', 'victim', 'bystander']) {
        await clickGraphAt(page, [key]);
        await settle(page);
        expect(await page.evaluate(() => (window as any).actorgraph.state.selectedNode)).toBe(key);
      }
      // Search by a hostile alias.
      await page.fill('#ag-search', HOSTILE.script);
      await page.press('#ag-search', 'Enter');
      await expect.poll(() => page.evaluate(() => (window as any).actorgraph.state.selectedNode)).toBe('evil');
      const nodePanel = (await page.textContent('#ag-panel'))!;
      expect(nodePanel).toContain(`${HOSTILE.img}Evil Corp`);
      expect(nodePanel).toContain(HOSTILE.script);
      expect(nodePanel).toContain(`<b onmouseover="${PWN}">boss</b>`);
      expect(nodePanel).toContain(HOSTILE.close); // the affiliation's label
      // Click the edge on the canvas, midway between its ends.
      await page.click('#ag-reset');
      await page.evaluate(() => (window as any).actorgraph.clearSelection());
      await settle(page); // the camera's animation towards the selection ends first
      await page.evaluate(() => (window as any).actorgraph.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
      await settle(page);
      await clickGraphAt(page, ['evil', 'victim']);
      await expect.poll(() => page.evaluate(() => (window as any).actorgraph.state.selectedEdge)).toBe('attacks:evil:victim');
      const edgePanel = (await page.textContent('#ag-panel'))!;
      expect(edgePanel).toContain(`${HOSTILE.script} said the minister.`);
      expect(edgePanel).toContain(HOSTILE.img);
      expect(edgePanel).toContain(`${HOSTILE.img}Title one`);
      expect(edgePanel).toContain('2024-01-01 (2), 2024-03-01');
      // No element came from the data; only the https link is a link.
      expect(await page.locator('#ag-panel img, #ag-panel script, #ag-panel b, #ag-panel iframe').count()).toBe(0);
      const hrefs = await page.locator('#ag-panel a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs).toEqual(['https://example.org/a?%3Cscript%3E']);
      expect(await page.locator('body img, [onerror], [onload], [onmouseover]').count()).toBe(0);
      expect(await page.locator('script').count()).toBe(4); // the data and our three

      await page.hover('#ag-panel');
      await settle(page);
      expect(await pwned()).toBeUndefined();
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
