// The viewer in headless Chromium against the real server on the seed graph, at a desktop size
// (1440×900) and a phone size (390×844). Every test fails on a page error or a console error.
import { readFile } from 'node:fs/promises';

import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { labelWidth } from '../../web/src/focus-layout.ts';
import { CHROMIUM_PATH, hasChromium } from './chromium.ts';
import { pixelStats } from './pixels.ts';
import { startTestServer } from './test-server.ts';
import type { TestServer } from './test-server.ts';
import { watchedChromium } from './watched-chromium.ts';

const PATH_RED = '#d62728';
const available = hasChromium();
const SIZES = [
  { name: 'desktop', width: 1440, height: 900, phone: false },
  { name: 'phone', width: 390, height: 844, phone: true },
] as const;

/** First interactive render of each page load, by size, for the report at the end. */
const firstRenders: Record<string, number[]> = { desktop: [], phone: [] };

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
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
    for (const [size, times] of Object.entries(firstRenders))
      if (times.length) console.log(`[e2e] ${size}: first interactive render ${times.map((t) => Math.round(t)).join(', ')} ms (median ${Math.round(median(times))})`);
  });

  // A test drives up to three page loads and many steps; at a load of 20 one load alone can
  // take 10 s, so the default 30 s would fail working tests. A hang still fails at 120 s.
  describe.each(SIZES)('viewer in Chromium, $name $width×$height', { timeout: 120_000 }, (size) => {
    const chromium = watchedChromium({ width: size.width, height: size.height });
    let page: Page;

    async function open(query = '', setup?: (page: Page) => Promise<void>): Promise<Page> {
      await page?.close();
      page = await chromium.newPage();
      await setup?.(page);
      await page.goto(`${server.url}/${query}`);
      await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 30_000 });
      expect(await page.evaluate(() => window.__kgBench?.error ?? null)).toBeNull();
      firstRenders[size.name]!.push(await page.evaluate(() => window.__kgBench!.timings.interactive ?? NaN));
      return page;
    }

    const inspect = <T>(fn: (i: NonNullable<NonNullable<Window['__kgBench']>['inspect']>, arg: string) => T, arg = '') =>
      page.evaluate(({ source, arg }) => new Function('i', 'arg', `return (${source})(i, arg)`)(window.__kgBench!.inspect!, arg), {
        source: fn.toString(),
        arg,
      }) as Promise<T>;
    const selected = () => inspect((i) => i.selected());

    async function ask(query: string): Promise<void> {
      await page.keyboard.press('Control+k');
      await page.fill('#console-input', query);
      await page.press('#console-input', 'Enter');
      await page.locator('#console-answer, #console-error').first().waitFor();
    }

    /**
     * Waits for the view to come to rest (framing an answer, centring a node, the graph resized
     * by the dock) and be drawn so: sigma's positions lag the camera and the size by a frame,
     * and clicks pick what was drawn. Slow on a busy machine.
     */
    async function viewSettled(): Promise<void> {
      await expect.poll(() => page.evaluate(() => window.__kgBench!.inspect!.settled()), { timeout: 15_000 }).toBe(true);
    }

    /** A node drawn clear of the others, so the pointer is on it alone (phones draw the graph small). */
    async function nodeClearOfOthers(): Promise<string> {
      await viewSettled();
      const keys = (await fetchGraph()).nodes.map((n) => n.key);
      const box = (await page.locator('#graph').boundingBox())!;
      const node = await page.evaluate(({ keys, width, height }) => {
        const inspect = window.__kgBench!.inspect!;
        const inside = (d: { x: number; y: number }) => d.x > 10 && d.y > 10 && d.x < width - 10 && d.y < height - 10;
        const at = keys.map((k) => ({ k, d: inspect.nodeDisplay(k)! })).filter(({ d }) => !d.hidden && inside(d));
        const clear = at.filter(({ k, d }) => at.every((o) => o.k === k || Math.hypot(o.d.x - d.x, o.d.y - d.y) > 3 * (o.d.radius + d.radius)));
        return clear.sort((a, b) => b.d.radius - a.d.radius)[0]?.k ?? null;
      }, { keys, width: box.width, height: box.height });
      if (node === null) throw new Error('no node is drawn on screen clear of the others');
      return node;
    }

    /** Clicks a node where it is drawn on the graph. */
    async function clickNode(node: string): Promise<void> {
      await viewSettled();
      const at = (await inspect((i, n) => i.nodeViewport(n), node))!;
      const box = (await page.locator('#graph').boundingBox())!;
      await page.mouse.click(box.x + at.x, box.y + at.y);
    }

    async function inViewport(selector: string): Promise<boolean> {
      const box = await page.locator(selector).boundingBox();
      return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
    }

    // ---------------------------------------------------------------- the first round's behaviour

    // How fast is a figure of `npm run bench` (first interactive render of the seed graph at both
    // sizes, target ≤ 2 s); here the page must get there and say when (open() allows 30 s).
    it('loads the seed graph, draws it, becomes interactive and records when', async () => {
      await open();
      const bench = await page.evaluate(() => ({ ...window.__kgBench!, inspect: undefined, pan: undefined }));
      expect(bench.nodes).toBeGreaterThan(10);
      expect(bench.edges).toBeGreaterThan(10);
      expect(bench.timings.firstRender).toBeGreaterThan(0);
      expect(bench.timings.interactive).toBeGreaterThanOrEqual(bench.timings.firstRender!);
      const shot = await page.locator('#graph').screenshot();
      const stats = await pixelStats(page, shot);
      // Nodes, edges and labels ink a real share of the canvas; a blank WebGL canvas inks nothing.
      expect(stats.inked).toBeGreaterThan(0.01);
      expect(await page.locator('#legend-nodes button').count()).toBeGreaterThan(2);
    });

    it('search by pinyin initials selects the node, opens its panel and puts it in the URL', async () => {
      await open();
      await page.fill('#search-input', 'akt');
      const option = page.locator('#search-results li', { hasText: '阿克陶县' }).first();
      await option.waitFor();
      await option.dispatchEvent('mousedown');
      await expect.poll(selected).toMatch(/^阿克陶县/);
      const key = await selected();
      await expect.poll(() => page.textContent('#panel-title')).toBe(key);
      await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe(key);
    });

    it('a path query answers with a table and paints the path, dimming the rest', async () => {
      await open();
      await ask('path 天津 -> 策勒县第一小学');
      await page.locator('#console-answer tbody tr').first().waitFor();
      const edges = await inspect((i) => i.highlightedEdges());
      expect(edges.length).toBeGreaterThan(0);
      expect(await inspect((i, e) => i.edgeDisplay(e), edges[0]!)).toEqual({ color: PATH_RED, hidden: false });
      await viewSettled(); // the camera frames the answer
      const stats = await pixelStats(page, await page.locator('#graph').screenshot(), [PATH_RED]);
      expect(stats.near[PATH_RED]).toBeGreaterThan(20);
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('path 天津 -> 策勒县第一小学');
    });

    it('up and down walk the console history; errors show with their hint', async () => {
      await open();
      chromium.expectFailures(/\/api\/query$/);
      await ask('help');
      await page.locator('#console-answer tbody tr').first().waitFor();
      await ask('path 不存在的地方 -> 也不存在');
      await page.locator('#console-error .error').waitFor();
      await page.press('#console-input', 'ArrowUp');
      expect(await page.inputValue('#console-input')).toBe('path 不存在的地方 -> 也不存在');
      await page.press('#console-input', 'ArrowUp');
      expect(await page.inputValue('#console-input')).toBe('help');
    });

    it('clicking evidence shows the article with the sentence marked', async () => {
      const node = await firstNodeWithEvidence();
      await open(`?node=${encodeURIComponent(node)}`);
      const evidence = page.locator('#panel-evidence .evidence').first();
      const sentence = (await evidence.locator('.written').textContent())!.replace(/^原文/, '');
      await evidence.click();
      await page.locator('#article-highlight').waitFor();
      const marked = (await page.textContent('#article-highlight'))!;
      const text = (await page.textContent('#article-text'))!;
      expect(marked.length).toBeGreaterThan(3);
      expect(text).toContain(marked);
      // The mark is the evidence sentence as written.
      expect(marked.trim()).toBe(sentence.trim());
    });

    it('shows article text as text: markup in an article is not run', async () => {
      const node = await firstNodeWithEvidence();
      const hostile = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>援疆。';
      await open(`?node=${encodeURIComponent(node)}`, async (p) => {
        await p.route('**/api/articles/**', (route) =>
          route.fulfill({ json: { id: 'x', title: '<b>标题</b>', text: hostile, readings: [{ start: 0, end: 5, text: '<i>x</i>' }] } }),
        );
      });
      await page.locator('#panel-evidence .evidence').first().click();
      await expect.poll(() => page.textContent('#article-text')).toContain('<img src=x onerror=');
      expect(await page.locator('#article-text img, #article-text script, #article-title b, #panel i').count()).toBe(0);
      expect(await page.textContent('#article-title')).toBe('<b>标题</b>');
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null)).toBeNull();
    });

    it('type filters hide nodes, persist in the URL and come back on reload; counts follow the filters', async () => {
      await open();
      const total = await page.evaluate(() => window.__kgBench!.nodes);
      expect(await page.textContent('#status')).toMatch(new RegExp(`^${total} 个节点`));
      const button = page.locator('#legend-nodes button').first();
      if (size.phone) await page.click('#legend-box > summary');
      const type = (await button.getAttribute('data-type'))!;
      const count = Number(await button.locator('.count').textContent());
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      await expect.poll(() => page.textContent('#status')).toBe(`${total - count}/${total} 个节点 · ${await edgesShown()}`);
      expect(await button.locator('.count').textContent()).toBe(`0/${count}`);
      await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe(type);
      await open(new URL(page.url()).search);
      expect(await page.locator(`#legend-nodes button[data-type="${type}"]`).getAttribute('aria-pressed')).toBe('false');
      expect(await inspect((i) => i.shownNodes())).toBe(total - count);
    });

    async function edgesShown(): Promise<string> {
      const text = (await page.textContent('#status'))!;
      return text.split(' · ')[1]!;
    }

    it('restores the camera, the size mode and the colour mode from a shared URL', async () => {
      await open('?cam=0.3,0.7,0.25&size=mentions&color=community');
      expect(await inspect((i) => i.camera())).toEqual({ x: 0.3, y: 0.7, ratio: 0.25 });
      expect(await page.inputValue('#size-by')).toBe('mentions');
      expect(await page.inputValue('#color-by')).toBe('community');
    });

    it('exports GEXF of the whole graph and of the visible part, both parsable, under the names the links promise', async () => {
      await open('?minDegree=2');
      await page.click('#export-menu > summary');
      const [whole] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf-all')]);
      expect(whole.suggestedFilename()).toBe('yuanjiang-graph.gexf');
      expect(await page.getAttribute('#export-gexf-all', 'download')).toBe('yuanjiang-graph.gexf');
      const all = parse(MultiDirectedGraph, await readFile((await whole.path())!, 'utf8'));
      const total = await page.evaluate(() => window.__kgBench!.nodes);
      expect(all.order).toBe(total);
      expect(typeof all.getNodeAttribute(all.nodes()[0]!, 'pagerank')).toBe('number');

      const [partial] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf-visible')]);
      expect(partial.suggestedFilename()).toBe('yuanjiang-part.gexf');
      const visible = parse(MultiDirectedGraph, await readFile((await partial.path())!, 'utf8'));
      expect(visible.order).toBeGreaterThan(0);
      expect(visible.order).toBeLessThan(total);
      expect(visible.order).toBe(await inspect((i) => i.shownNodes()));
      visible.forEachNode((node) => expect(all.hasNode(node)).toBe(true));
    });

    it('exports a PNG of the view', async () => {
      await open();
      await page.click('#export-menu > summary');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
      const png = await readFile((await download.path())!);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(5000);
    });

    it('re-runs the layout in a worker, moving nodes, then brings the whole graph back into view', async () => {
      await open('?cam=2,2,0.2');
      const key = await firstNodeWithEvidence();
      const before = await inspect((i, k) => i.nodePosition(k), key);
      await page.click('#layout-button');
      await expect.poll(() => page.textContent('#layout-button')).toBe('停止布局');
      await expect.poll(() => inspect((i, k) => i.nodePosition(k), key), { timeout: 5000 }).not.toEqual(before);
      await page.click('#layout-button');
      expect(await page.textContent('#layout-button')).toBe('重新布局');
      await expect.poll(() => inspect((i) => i.camera()), { timeout: 15_000 }).toEqual({ x: 0.5, y: 0.5, ratio: 1 });
    });

    it('hovering a node hides the edges away from it, and leaving shows them again', async () => {
      await open();
      const node = await nodeClearOfOthers();
      const away = await anEdgeAwayFrom(node);
      const edgeShown = () => inspect((i, k) => i.edgeDisplay(k)!.hidden === false, away);
      expect(await edgeShown()).toBe(true);
      const at = (await inspect((i, n) => i.nodeViewport(n), node))!;
      const box = (await page.locator('#graph').boundingBox())!;
      await page.mouse.move(box.x + at.x, box.y + at.y);
      await expect.poll(edgeShown).toBe(false);
      await page.mouse.move(box.x + 2, box.y + 2);
      await expect.poll(edgeShown).toBe(true);
    });

    // ---------------------------------------------------------------- broken or confusing, fixed

    it('keeps the graph on screen when a node is selected, the panel and its close button in view', async () => {
      await open();
      const graphBox = () => page.locator('#graph').boundingBox();
      const before = (await graphBox())!;
      expect(before.height).toBeGreaterThan(size.height * (size.phone ? 0.5 : 0.6));
      await page.fill('#search-input', '江西省');
      await page.locator('#search-results li').first().dispatchEvent('mousedown');
      await page.locator('#panel-title').waitFor();
      const after = (await graphBox())!;
      expect(after.width).toBeGreaterThan(size.phone ? 380 : 700);
      expect(after.height).toBeGreaterThan(size.phone ? 400 : 600);
      expect(await inViewport('#panel-title')).toBe(true);
      expect(await inViewport('#panel .close')).toBe(true);
      if (size.phone) {
        // A bottom sheet: the full width of the screen, over the lower part of the graph.
        const sheet = (await page.locator('#panel').boundingBox())!;
        expect(sheet.width).toBe(size.width);
        // It ends above the dock's tabs, which stay reachable.
        expect(sheet.y + sheet.height).toBeCloseTo(size.height - 32, 0);
        expect(await inViewport('#tab-console')).toBe(true);
        expect(sheet.height).toBeLessThanOrEqual(size.height * 0.55);
      }
      await page.click('#panel .close');
      expect(await page.locator('#panel').isHidden()).toBe(true);
      // The canvas still has its size: sigma draws without "Container has no width".
      expect((await graphBox())!.width).toBeGreaterThan(300);
    });

    it('folds the legend and the dock, phones starting with both folded', async () => {
      await open();
      expect(await page.locator('#legend-box').getAttribute('open')).toBe(size.phone ? null : '');
      expect(await page.evaluate(() => document.body.classList.contains('dock-collapsed'))).toBe(size.phone);
      const graphHeight = async () => (await page.locator('#graph').boundingBox())!.height;
      const folded = await graphHeight();
      await page.click('#dock-toggle');
      expect(await page.evaluate(() => document.body.classList.contains('dock-collapsed'))).toBe(!size.phone);
      expect(await page.locator('#console-input').isVisible()).toBe(size.phone);
      if (size.phone) expect(await graphHeight()).toBeLessThan(folded);
      await page.click('#legend-box > summary');
      expect(await page.locator('#legend-nodes').isVisible()).toBe(size.phone);
    });

    it('labels every neighbour of a focused node, with no two labels overlapping', async () => {
      await open(`?node=${encodeURIComponent('阿克陶县')}`);
      await expect.poll(() => inspect((i) => i.displaced().length), { timeout: 15_000 }).toBeGreaterThan(0);
      await viewSettled();
      const graph = await fetchGraph();
      const neighbours = new Set<string>();
      for (const e of graph.edges) {
        if (e.source === '阿克陶县') neighbours.add(e.target);
        if (e.target === '阿克陶县') neighbours.add(e.source);
      }
      const drawn = [];
      for (const node of ['阿克陶县', ...neighbours]) {
        const d = (await inspect((i, n) => i.nodeDisplay(n), node))!;
        expect(d.forceLabel, node).toBe(true);
        drawn.push({ node, ...d });
      }
      // The box sigma draws for a node and its label, to the right of the node.
      const boxes = drawn.map((d) => ({ node: d.node, x0: d.x - d.radius, x1: d.x + d.radius + 3 + labelWidth(d.label ?? ''), y0: d.y - 8, y1: d.y + 8 }));
      const overlapping = [];
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) overlapping.push(`${a.node}/${b.node}`);
      expect(overlapping).toEqual([]);
    });

    it('starts the panel at its title when another node is picked', async () => {
      await open(`?node=${encodeURIComponent('江西省')}`);
      await page.locator('#panel-title').waitFor();
      await page.evaluate(() => (document.getElementById('panel')!.scrollTop = 100_000));
      expect(await page.evaluate(() => document.getElementById('panel')!.scrollTop)).toBeGreaterThan(100);
      await page.locator('#panel .neighbour').last().click();
      await expect.poll(selected).not.toBe('江西省');
      expect(await page.evaluate(() => document.getElementById('panel')!.scrollTop)).toBe(0);
      expect(await inViewport('#panel-title')).toBe(true);
    });

    it('makes results act: a row selects its node or picks out its path, a relation opens its evidence', async () => {
      await open();
      await ask('who supports 阿克陶县人民医院');
      const rows = page.locator('#console-answer tbody tr');
      await rows.first().waitFor();
      const supporter = (await rows.nth(1).locator('td').first().textContent())!;
      await rows.nth(1).locator('td').nth(1).click();
      await expect.poll(selected).toBe(supporter);
      // The answer stays: its row is picked out within it.
      expect((await inspect((i) => i.highlightedEdges())).length).toBeGreaterThan(0);
      const picked = await inspect((i) => i.emphasisedEdges());
      expect(picked.length).toBeGreaterThan(0);
      for (const edge of picked) expect(await inspect((i, e) => i.edgeDisplay(e)!.color, edge)).toBe(PATH_RED);
      // A relation in a path opens the sentences behind it.
      const relation = rows.first().locator('.edge-link').first();
      const edge = (await relation.getAttribute('data-edge'))!;
      await relation.click();
      await page.locator('#dialog-evidence .evidence').first().waitFor();
      const graph = await fetchGraph();
      const sentences = new Set(graph.edges.find((e) => e.key === edge)!.attributes!.evidence!.map((e) => `${e.article}:${e.start}`));
      expect(await page.locator('#dialog-evidence .evidence').count()).toBe(sentences.size);
      await page.locator('#dialog-evidence .evidence').first().click();
      await page.locator('#article-highlight').waitFor();
    });

    it('a node clicked on the graph ends the shown answer, and the console says so', async () => {
      await open();
      await ask('path 天津 -> 策勒县第一小学');
      await page.locator('#console-answer tbody tr').first().waitFor();
      await viewSettled();
      await page.keyboard.press('Escape');
      if (size.phone) await page.click('#dock-toggle');
      const node = await nodeClearOfOthers();
      await clickNode(node);
      await expect.poll(selected).toBe(node);
      expect(await inspect((i) => i.highlightedEdges())).toEqual([]);
      await page.click('#tab-console');
      expect(await page.textContent('#console-cleared')).toMatch(/已清除/);
    });

    it('runs a suggested name and a help example when clicked', async () => {
      await open();
      chromium.expectFailures(/\/api\/query$/);
      await ask('who supports 阿克陶县医院');
      const suggestion = page.locator('#console-error .suggestion', { hasText: '阿克陶县人民医院' });
      await suggestion.waitFor();
      await suggestion.click();
      await page.locator('#console-answer tbody tr').first().waitFor();
      expect(await page.textContent('#console-output .echo')).toBe('› who supports 阿克陶县人民医院');
      await ask('help');
      const example = page.locator('#console-answer .example').nth(1);
      const query = (await example.textContent())!;
      await example.click();
      await expect.poll(() => page.textContent('#console-output .echo')).toBe(`› ${query}`);
      await page.locator('#console-answer tbody tr').first().waitFor();
    });

    it('marks the wrong word of a line and words errors, help and relations in Chinese', async () => {
      await open();
      chromium.expectFailures(/\/api\/query$/);
      await ask('path 天津 -> 策勒县 viaa supports');
      await page.locator('#console-wrong-word').waitFor();
      expect(await page.textContent('#console-wrong-word')).toBe('viaa');
      expect(await page.textContent('#console-error .error')).toBe('第 16 列的“viaa”不对，这里应是选项');
      // The mark sits on the word itself, not after the line.
      const line = (await page.locator('#console-error .query-line').boundingBox())!;
      const word = (await page.locator('#console-wrong-word').boundingBox())!;
      expect(word.x + word.width).toBeLessThan(line.x + line.width - 20);
      await ask('help');
      const says = await page.locator('#console-answer tbody tr td:nth-child(3)').allTextContents();
      for (const text of says) expect(text).toMatch(/\p{Script=Han}/u);
      await ask('path 北京市 -> 和田地区人民医院');
      await page.locator('#console-answer .path').first().waitFor();
      expect(await page.locator('#console-answer .path').first().textContent()).toMatch(/—支援→.*←位于—/);
      expect(await page.textContent('#console-answer thead')).not.toMatch(/[A-Za-z]{3}/);
    });

    it('fits the whole graph back into view', async () => {
      await open('?cam=3,-2,0.05');
      await page.click('#fit-button');
      await expect.poll(() => inspect((i) => i.camera()), { timeout: 15_000 }).toEqual({ x: 0.5, y: 0.5, ratio: 1 });
    });

    it('says when a search finds nothing', async () => {
      await open();
      await page.fill('#search-input', '完全不存在的名字');
      await expect.poll(() => page.textContent('#search-results .no-match')).toBe('没有找到“完全不存在的名字”');
    });

    it('zooms to the node of a URL with only ?node=', async () => {
      await open(`?node=${encodeURIComponent('阿克陶县人民医院')}`);
      await expect.poll(() => inspect((i) => i.camera().ratio), { timeout: 15_000 }).toBeLessThan(0.5);
      await viewSettled();
      const at = (await inspect((i, n) => i.nodeViewport(n), '阿克陶县人民医院'))!;
      const box = (await page.locator('#graph').boundingBox())!;
      expect(Math.abs(at.x - box.width / 2)).toBeLessThan(box.width / 4);
      // On a phone the node sits in the part of the graph the sheet leaves uncovered.
      const sheet = (await page.locator('#panel').boundingBox())!;
      if (size.phone) expect(box.y + at.y).toBeLessThan(sheet.y - 20);
      else expect(box.y + at.y).toBeGreaterThan(box.y + box.height / 4);
    });

    it('reaches the console with Ctrl+K and the search with /, and says so', async () => {
      await open();
      expect(await page.getAttribute('#console-input', 'aria-label')).toContain('Ctrl+K');
      expect(await page.textContent('#tab-console')).toContain('Ctrl+K');
      await page.locator('#graph').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+k');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('console-input');
      await page.locator('#graph').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    });

    it('shows one evidence card per sentence, with its clean reading beside the sentence as written', async () => {
      const graph = await fetchGraph();
      // A node with evidence from the Traditional, glossed seed article (004).
      const edge = graph.edges.find((e) => e.attributes?.evidence?.some((ev) => ev.article.startsWith('004_')))!;
      const node = edge.source;
      await open(`?node=${encodeURIComponent(node)}`);
      const sentences = new Set(
        graph.edges
          .filter((e) => e.source === node || e.target === node)
          .flatMap((e) => e.attributes!.evidence!.map((ev) => `${ev.article}:${ev.start}:${ev.end}`)),
      );
      await page.locator('#panel-evidence .evidence').first().waitFor();
      expect(await page.locator('#panel-evidence .evidence').count()).toBe(sentences.size);
      const card = page.locator('#panel-evidence .evidence[data-article^="004_"]').first();
      await card.locator('.clean:not([hidden])').waitFor();
      const written = (await card.locator('.written').textContent())!.replace(/^原文/, '');
      const clean = (await card.locator('.clean').textContent())!.replace(/^规范/, '');
      expect(written).toMatch(/[國會對]/);
      expect(clean).not.toMatch(/[國會對]/);
      expect(clean).not.toBe(written);
    });

    // ---------------------------------------------------------------- "who supports" without claiming aid not given

    it('does not list a prefecture’s supporter among the supporters of a county’s hospital another donor supports', async () => {
      await open();
      await ask('who supports 阿克陶县人民医院');
      const supporters = await page.locator('#console-answer tbody tr td:first-child').allTextContents();
      expect(supporters).toContain('江西省');
      expect(supporters).not.toContain('江苏省');
      expect((await page.locator('#console-answer tbody tr td:nth-child(4)').allTextContents())[0]).toBe('直接支援');
    });

    // ---------------------------------------------------------------- new capabilities

    it('expands a node 1, 2 or 3 hops by edge type, pins, collapses, and keeps it all in the URL', async () => {
      await open(`?node=${encodeURIComponent('阿克陶县')}`);
      const graph = await fetchGraph();
      const total = graph.nodes.length;
      const within = (start: string, hops: number, via?: string) => {
        const seen = new Set([start]);
        let frontier = [start];
        for (let h = 0; h < hops; h++) {
          const next: string[] = [];
          for (const n of frontier)
            for (const e of graph.edges) {
              if (via && e.attributes!.type !== via) continue;
              const other = e.source === n ? e.target : e.target === n ? e.source : null;
              if (other && !seen.has(other)) seen.add(other), next.push(other);
            }
          frontier = next;
        }
        return seen;
      };
      await page.click('#panel-explore .hop[data-hops="1"]');
      await expect.poll(() => inspect((i) => i.shownNodes())).toBe(within('阿克陶县', 1).size);
      expect(await page.textContent('#mode-exploring')).toContain(`${within('阿克陶县', 1).size} 个节点`);
      await page.click('#panel-explore .hop[data-hops="2"]');
      await expect.poll(() => inspect((i) => i.shownNodes())).toBe(within('阿克陶县', 2).size);
      expect(within('阿克陶县', 2).size).toBeGreaterThan(within('阿克陶县', 1).size);
      await page.click('#panel-explore .chip[data-edge-type="located_in"]');
      await page.click('#panel-explore .hop[data-hops="3"]');
      await expect.poll(() => inspect((i) => i.shownNodes())).toBe(within('阿克陶县', 3, 'located_in').size);
      await expect.poll(() => new URL(page.url()).searchParams.getAll('x')).toEqual(['3:located_in:阿克陶县']);
      // Pin a neighbour, collapse: only the node itself (selected) and the pin stay.
      const neighbour = (await page.locator('#panel .neighbour').first().textContent())!;
      await page.click('#panel-pin');
      await page.locator('#panel .neighbour').first().click();
      await expect.poll(selected).toBe(neighbour);
      await page.click('#panel-pin');
      await expect.poll(() => new URL(page.url()).searchParams.getAll('pin')).toEqual(['阿克陶县', neighbour].sort());
      await open(new URL(page.url()).search);
      const located = within('阿克陶县', 3, 'located_in');
      expect(await inspect((i) => i.shownNodes())).toBe(located.size + (located.has(neighbour) ? 0 : 1));
      await page.fill('#search-input', '阿克陶县');
      await page.locator('#search-results li').first().dispatchEvent('mousedown');
      await expect.poll(selected).toBe('阿克陶县');
      await page.click('#panel-collapse');
      await expect.poll(() => inspect((i) => i.shownNodes())).toBe(2);
      await page.click('#show-all');
      await expect.poll(() => inspect((i) => i.shownNodes())).toBe(total);
      expect(await page.locator('#mode-bar').isHidden()).toBe(true);
    });

    it('sizes by PageRank or betweenness and colours by Louvain community, the legend following', async () => {
      await open();
      const graph = await fetchGraph();
      const byRank = [...graph.nodes].sort((a, b) => b.attributes!.pagerank! - a.attributes!.pagerank!);
      const [top, bottom] = [byRank[0]!.key, byRank.at(-1)!.key];
      await page.selectOption('#size-by', 'pagerank');
      await expect.poll(() => page.textContent('#legend-size')).toContain('PageRank');
      const radius = (node: string) => inspect((i, n) => i.nodeDisplay(n)!.radius, node);
      expect(await radius(top)).toBeGreaterThan(2 * (await radius(bottom)));
      await page.selectOption('#color-by', 'community');
      if (size.phone) await page.click('#legend-box > summary');
      await page.locator('#legend-community-list li').first().waitFor();
      const communities = new Set(graph.nodes.map((n) => n.attributes!.community));
      expect(await page.textContent('#legend-communities h2')).toContain(`共 ${communities.size} 个`);
      const first = graph.nodes.find((n) => n.attributes!.community === 0)!.key;
      const swatch = await page.locator('#legend-community-list li').first().locator('.swatch').evaluate((el) => getComputedStyle(el).backgroundColor);
      const color = await inspect((i, n) => i.nodeDisplay(n)!.color, first);
      expect(rgb(swatch)).toBe(color.toLowerCase());
      // The panel gives the server's values.
      await page.fill('#search-input', top);
      await page.locator('#search-results li').first().dispatchEvent('mousedown');
      const api = await (await fetch(`${server.url}/api/nodes/${encodeURIComponent(top)}`)).json();
      await expect.poll(() => page.textContent('#panel-metrics')).toContain(`PageRank ${api.metrics.pagerank.toFixed(4)}`);
    });

    it('finds the shortest paths between two picked nodes, with their evidence', async () => {
      await open(`?node=${encodeURIComponent('天津市')}`);
      await page.click('#panel-path');
      await page.locator('#mode-picking').waitFor();
      await page.fill('#search-input', '策勒县第一小学');
      await page.locator('#search-results li').first().dispatchEvent('mousedown');
      await page.locator('#console-answer tbody tr').first().waitFor();
      expect(await page.textContent('#console-output .echo')).toBe('› path 天津市 -> 策勒县第一小学');
      expect(await page.locator('#mode-bar').isHidden()).toBe(true);
      expect((await inspect((i) => i.highlightedEdges())).length).toBeGreaterThan(0);
      await page.locator('#console-answer .edge-link').first().click();
      await page.locator('#dialog-evidence .evidence').first().waitFor();
    });

    it('lists nodes and relations in sortable, filterable tables that select in the graph and save as CSV', async () => {
      await open();
      const graph = await fetchGraph();
      await page.click('#tab-nodes');
      await page.locator('#table-body tr').first().waitFor();
      await page.click('#table-head th[data-key="pagerank"] button');
      const best = [...graph.nodes].sort((a, b) => b.attributes!.pagerank! - a.attributes!.pagerank!)[0]!;
      await expect.poll(() => page.getAttribute('#table-body tr:first-child', 'data-key')).toBe(best.key);
      await page.fill('#table-filter', '医院');
      await expect.poll(() => page.locator('#table-body tr').count()).toBe(graph.nodes.filter((n) => `${n.key}${n.attributes!.aliases!.join()}`.includes('医院')).length);
      await page.selectOption('#table-type', 'hospital');
      const rows = await page.locator('#table-body tr').count();
      expect(rows).toBe(graph.nodes.filter((n) => n.attributes!.type === 'hospital' && `${n.key}${n.attributes!.aliases!.join()}`.includes('医院')).length);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#table-csv')]);
      const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(csv[0]).toBe('名称,类型,连接数,提及,文章,PageRank,中介中心度,社区');
      expect(csv.length - 1).toBe(rows);
      expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(await page.locator('#table-body tr td:first-child').allTextContents());
      const key = (await page.getAttribute('#table-body tr:first-child', 'data-key'))!;
      await page.click('#table-body tr:first-child');
      await expect.poll(selected).toBe(key);
      await page.click('#tab-edges');
      await page.locator('#table-body tr').first().waitFor();
      const edge = (await page.getAttribute('#table-body tr:first-child', 'data-key'))!;
      await page.click('#table-body tr:first-child');
      await expect.poll(() => inspect((i) => i.highlightedEdges())).toEqual([edge]);
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
  });

  type Evidence = { article: string; start: number; end: number };
  type ExportedGraph = {
    nodes: Array<{ key: string; attributes?: { type?: string; aliases?: string[]; pagerank?: number; community?: number } }>;
    edges: Array<{ key: string; source: string; target: string; attributes?: { type?: string; evidence?: Evidence[] } }>;
  };
  let cachedGraph: ExportedGraph | null = null;
  async function fetchGraph(): Promise<ExportedGraph> {
    cachedGraph ??= (await (await fetch(`${server.url}/api/export?format=json`)).json()) as ExportedGraph;
    return cachedGraph;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** `rgb(51, 34, 136)` → `#332288` */
function rgb(css: string): string {
  const [r, g, b] = css.match(/\d+/g)!.map(Number);
  return `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
}
