// The viewer's timeline chart (issue 19): for a selected actor, its events per period stacked by
// relation; for a selected edge, the dyad's events and its net cooperation line. In headless
// Chromium; with SCREENSHOT=path, also saves the panel (how docs/timeline-chart.png is made).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, chromium } from 'playwright-core';
import { cli, seedsDir, tempDir } from '../fixtures/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const CORPUS = process.env.CHART_CORPUS ?? seedsDir;

describe.skipIf(!hasChromium)('the timeline chart', () => {
  let browser: Browser;
  let html: string;
  beforeAll(async () => {
    const out = tempDir();
    const r = await cli('build', CORPUS, '--out', out, '--name', 'g', '--format', 'html', '-j', '1');
    expect(r.code, r.err).toBe(0);
    html = path.join(out, 'g.html');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('draws bars for an actor, and bars with the net cooperation line for a dyad', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`file://${html}`);
    await page.waitForFunction(() => (window as any).actorgraph !== undefined);
    const node = process.env.CHART_NODE ?? 'iran';
    await page.evaluate((k) => (window as any).actorgraph.selectNode(k), node);
    expect(await page.locator('#ag-panel .ag-chart rect').count()).toBeGreaterThan(0);
    expect(await page.locator('#ag-panel .ag-chart polyline').count()).toBe(0);
    expect(await page.locator('#ag-panel .ag-chart h3').textContent()).toMatch(/^Events per (month|year)$/);
    const edge = process.env.CHART_EDGE ?? 'met:iran:russia';
    await page.evaluate((k) => (window as any).actorgraph.selectEdge(k), edge);
    expect(await page.locator('#ag-panel .ag-chart rect').count()).toBeGreaterThan(0);
    expect(await page.locator('#ag-panel .ag-chart polyline').count()).toBe(1);
    expect(await page.locator('#ag-panel .ag-chart h3').textContent()).toMatch(/net cooperation/);
    expect(await page.locator('#ag-panel').textContent()).toMatch(/Net intensity/);
    // Coloured by quad class, and back.
    const relationFills = await page.locator('#ag-panel .ag-chart rect').evaluateAll((rs) => rs.map((r) => r.getAttribute('fill')));
    await page.locator('#ag-panel .ag-chart-toggle').click();
    const quadFills = await page.locator('#ag-panel .ag-chart rect').evaluateAll((rs) => rs.map((r) => r.getAttribute('fill')));
    expect(quadFills.length).toBeGreaterThan(0);
    expect(quadFills.every((f) => ['#91bfdb', '#4575b4', '#fc8d59', '#d73027', '#aaaaaa'].includes(f!))).toBe(true);
    expect(await page.locator('#ag-panel .ag-chart-legend').textContent()).toMatch(/cooperation|conflict/);
    await page.locator('#ag-panel .ag-chart-toggle').click();
    expect(await page.locator('#ag-panel .ag-chart rect').evaluateAll((rs) => rs.map((r) => r.getAttribute('fill')))).toEqual(
      relationFills,
    );
    if (process.env.SCREENSHOT) await page.locator('#ag-panel .ag-chart').screenshot({ path: process.env.SCREENSHOT });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
