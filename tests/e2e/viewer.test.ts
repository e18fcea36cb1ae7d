// The viewer in headless Chromium against the real server on the seed graph.
import { readFile } from 'node:fs/promises';

import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CHROMIUM_PATH, hasChromium, launchChromium } from './chromium.ts';
import type { LaunchedBrowser } from './chromium.ts';
import { pixelStats } from './pixels.ts';
import { startTestServer } from './test-server.ts';
import type { TestServer } from './test-server.ts';

const PATH_RED = '#d62728';
const available = hasChromium();

if (!available && process.env.CI === 'true') {
  describe('viewer in Chromium', () => {
    it('needs Chromium on CI', () => {
      throw new Error(`CI=true but ${CHROMIUM_PATH} is missing: install Debian's chromium (see .ci/run)`);
    });
  });
} else if (!available) {
  describe('viewer in Chromium', () => {
    it('runs the viewer tests', ({ skip }) => {
      skip(`no ${CHROMIUM_PATH}: apt-get install chromium fonts-noto-cjk to run the browser tests`);
    });
  });
} else {
  describe('viewer in Chromium', () => {
    let server: TestServer;
    let browser: LaunchedBrowser;
    let page: Page;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      server = await startTestServer();
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function open(query = ''): Promise<Page> {
      await page?.close();
      page = await browser.context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${server.url}/${query}`);
      await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 20_000 });
      expect(await page.evaluate(() => window.__kgBench?.error ?? null)).toBeNull();
      return page;
    }

    it('loads the seed graph, draws it, and is interactive within 2 s', async () => {
      await open();
      const bench = await page.evaluate(() => ({ ...window.__kgBench!, inspect: undefined, pan: undefined }));
      expect(bench.nodes).toBeGreaterThan(10);
      expect(bench.edges).toBeGreaterThan(10);
      expect(bench.timings.interactive).toBeLessThan(2000);
      const shot = await page.locator('#graph').screenshot();
      const stats = await pixelStats(page, shot);
      // Nodes, edges and labels ink a real share of the canvas; a blank WebGL canvas inks nothing.
      expect(stats.inked).toBeGreaterThan(0.01);
      expect(await page.locator('#legend-nodes button').count()).toBeGreaterThan(2);
      expect(pageErrors).toEqual([]);
    });

    it('search by pinyin initials selects the node, opens its panel and puts it in the URL', async () => {
      await open();
      await page.fill('#search-input', 'akt');
      const option = page.locator('#search-results li', { hasText: '阿克陶县' }).first();
      await option.waitFor();
      await option.dispatchEvent('mousedown');
      await expect.poll(() => page.evaluate(() => window.__kgBench!.inspect!.selected())).toMatch(/^阿克陶县/);
      const selected = await page.evaluate(() => window.__kgBench!.inspect!.selected());
      await expect.poll(() => page.textContent('#panel-title')).toBe(selected);
      await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe(selected);
    });

    it('a path query answers with a table and paints the path, dimming the rest', async () => {
      await open();
      await page.fill('#console-input', 'path 天津 -> 策勒县第一小学');
      await page.press('#console-input', 'Enter');
      await page.locator('#console-answer tbody tr').first().waitFor();
      const edges = await page.evaluate(() => window.__kgBench!.inspect!.highlightedEdges());
      expect(edges.length).toBeGreaterThan(0);
      const display = await page.evaluate((edge) => window.__kgBench!.inspect!.edgeDisplay(edge), edges[0]);
      expect(display).toEqual({ color: PATH_RED, hidden: false });
      await page.waitForTimeout(600); // the camera frames the answer
      const stats = await pixelStats(page, await page.locator('#graph').screenshot(), [PATH_RED]);
      expect(stats.near[PATH_RED]).toBeGreaterThan(20);
      expect(new URL(page.url()).searchParams.get('q')).toBe('path 天津 -> 策勒县第一小学');
    });

    it('up and down walk the console history; errors show with their hint', async () => {
      await open();
      await page.fill('#console-input', 'help');
      await page.press('#console-input', 'Enter');
      await page.locator('#console-answer tbody tr').first().waitFor();
      await page.fill('#console-input', 'path 不存在的地方 -> 也不存在');
      await page.press('#console-input', 'Enter');
      await page.locator('#console-output .error').waitFor();
      await page.press('#console-input', 'ArrowUp');
      expect(await page.inputValue('#console-input')).toBe('path 不存在的地方 -> 也不存在');
      await page.press('#console-input', 'ArrowUp');
      expect(await page.inputValue('#console-input')).toBe('help');
    });

    it('clicking evidence shows the article with the sentence marked', async () => {
      const node = await firstNodeWithEvidence();
      await open(`?node=${encodeURIComponent(node)}`);
      const evidence = page.locator('#panel-evidence .evidence').first();
      const sentence = (await evidence.locator('span').first().textContent())!;
      await evidence.click();
      await page.locator('#article-highlight').waitFor();
      const marked = (await page.textContent('#article-highlight'))!;
      const text = (await page.textContent('#article-text'))!;
      expect(marked.length).toBeGreaterThan(3);
      expect(text).toContain(marked);
      // The mark is the evidence sentence as written (it may differ in script or glosses, not in length class).
      expect(Math.abs(marked.length - sentence.length)).toBeLessThan(sentence.length);
    });

    it('shows article text as text: markup in an article is not run', async () => {
      const node = await firstNodeWithEvidence();
      await open(`?node=${encodeURIComponent(node)}`);
      const hostile = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>援疆。';
      await page.route('**/api/articles/**', (route) =>
        route.fulfill({ json: { id: 'x', title: '<b>标题</b>', text: hostile } }),
      );
      await page.locator('#panel-evidence .evidence').first().click();
      await expect.poll(() => page.textContent('#article-text')).toContain('<img src=x onerror=');
      expect(await page.locator('#article-text img, #article-text script, #article-title b').count()).toBe(0);
      expect(await page.textContent('#article-title')).toBe('<b>标题</b>');
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null)).toBeNull();
    });

    it('type filters hide nodes, persist in the URL and come back on reload', async () => {
      await open();
      const button = page.locator('#legend-nodes button').first();
      const type = (await button.getAttribute('data-type'))!;
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe(type);
      await open(new URL(page.url()).search);
      expect(await page.locator(`#legend-nodes button[data-type="${type}"]`).getAttribute('aria-pressed')).toBe('false');
    });

    it('restores the camera and the size mode from a shared URL', async () => {
      await open('?cam=0.3,0.7,0.25&size=mentions');
      expect(await page.evaluate(() => window.__kgBench!.inspect!.camera())).toEqual({ x: 0.3, y: 0.7, ratio: 0.25 });
      expect(await page.inputValue('#size-by')).toBe('mentions');
    });

    it('exports GEXF of the whole graph and of the visible part, both parsable', async () => {
      await open('?minDegree=2');
      const [whole] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf-all')]);
      const all = parse(MultiDirectedGraph, await readFile((await whole.path())!, 'utf8'));
      const total = await page.evaluate(() => window.__kgBench!.nodes);
      expect(all.order).toBe(total);

      const [partial] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf-visible')]);
      const visible = parse(MultiDirectedGraph, await readFile((await partial.path())!, 'utf8'));
      expect(visible.order).toBeGreaterThan(0);
      expect(visible.order).toBeLessThan(total);
      visible.forEachNode((node) => expect(all.hasNode(node)).toBe(true));
    });

    it('exports a PNG of the view', async () => {
      await open();
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
      const png = await readFile((await download.path())!);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(5000);
    });

    it('re-runs the layout in a worker, moving nodes', async () => {
      await open();
      const key = await firstNodeWithEvidence();
      const before = await page.evaluate((k) => window.__kgBench!.inspect!.nodePosition(k), key);
      await page.click('#layout-button');
      await expect.poll(() => page.textContent('#layout-button')).toBe('停止布局');
      await expect
        .poll(() => page.evaluate((k) => window.__kgBench!.inspect!.nodePosition(k), key), { timeout: 5000 })
        .not.toEqual(before);
      await page.click('#layout-button');
      expect(await page.textContent('#layout-button')).toBe('重新布局');
    });

    it('hovering a node hides the edges away from it, and leaving shows them again', async () => {
      const node = await firstNodeWithEvidence();
      const away = await anEdgeAwayFrom(node);
      await open();
      const edgeShown = () => page.evaluate((k) => window.__kgBench!.inspect!.edgeDisplay(k)!.hidden === false, away);
      expect(await edgeShown()).toBe(true);
      const at = (await page.evaluate((k) => window.__kgBench!.inspect!.nodeViewport(k), node))!;
      const box = (await page.locator('#graph').boundingBox())!;
      await page.mouse.move(box.x + at.x, box.y + at.y);
      await expect.poll(edgeShown).toBe(false);
      await page.mouse.move(box.x + 2, box.y + 2);
      await expect.poll(edgeShown).toBe(true);
    });

    async function firstNodeWithEvidence(): Promise<string> {
      const graph = await fetchGraph();
      const edge = graph.edges.find((e) => (e.attributes?.evidence?.length ?? 0) > 0);
      if (!edge) throw new Error('the seed graph has no evidence');
      return edge.source;
    }

    async function anEdgeAwayFrom(node: string): Promise<string> {
      const graph = await fetchGraph();
      const edge = graph.edges.find((e) => e.source !== node && e.target !== node);
      if (!edge) throw new Error('every edge touches the node');
      return edge.key;
    }

    type ExportedGraph = {
      edges: Array<{ key: string; source: string; target: string; attributes?: { evidence?: unknown[] } }>;
    };
    let cachedGraph: ExportedGraph | null = null;
    async function fetchGraph(): Promise<ExportedGraph> {
      cachedGraph ??= (await (await fetch(`${server.url}/api/export?format=json`)).json()) as ExportedGraph;
      return cachedGraph;
    }
  });
}
