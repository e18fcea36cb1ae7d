// The viewer on a big graph, in headless Chromium against the real server: the seed graph with
// the overview threshold lowered to 100 nodes (and a top of 40 by PageRank), so it opens on its
// overview. What the page holds is checked against the server's own graph; the page must show
// what is hidden, grow by neighbourhoods (double-click, panel, search, console) and keep to the
// graph induced on what it holds. Fails on any page or console error.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { inTime } from '../../web/src/time-range.ts';
import type { Dated } from '../../web/src/time-range.ts';
import { CHROMIUM_PATH, hasChromium } from './chromium.ts';
import { watchedChromium } from './watched-chromium.ts';
import { startTestServer } from './test-server.ts';
import type { TestServer } from './test-server.ts';

interface Exported {
  nodes: Array<{ key: string; attributes: { type: string; pagerank: number } }>;
  edges: Array<{ key: string; source: string; target: string }>;
}
interface Overview {
  overview: true;
  total: { nodes: number; edges: number };
  shown: { nodes: number; edges: number };
  hidden: { nodes: number; edges: number };
  graph: { nodes: Array<{ key: string }>; edges: Array<{ key?: string; source: string; target: string; attributes: { type: string } }> };
}

const available = hasChromium();
const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const n = (value: number) => value.toLocaleString('zh-CN');

if (!available) {
  describe('overview in Chromium', () => {
    it('runs the browser tests', ({ skip }) => {
      if (process.env.CI === 'true') throw new Error(`CI=true but ${CHROMIUM_PATH} is missing`);
      skip(`no ${CHROMIUM_PATH}: apt-get install chromium fonts-noto-cjk to run the browser tests`);
    });
  });
} else {
  let server: TestServer;
  let whole: Exported;
  let overview: Overview;
  beforeAll(async () => {
    server = await startTestServer({ settings: { overviewAbove: 100, overviewNodes: 40 } });
    whole = (await (await fetch(`${server.url}/api/export?format=json`)).json()) as Exported;
    overview = (await (await fetch(`${server.url}/api/overview`)).json()) as Overview;
  });
  afterAll(async () => {
    await server?.close();
  });

  /** The graph induced on `nodes`: its edge keys. */
  const inducedEdges = (nodes: Set<string>) => whole.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target)).map((e) => e.key);
  const neighboursOf = (node: string) => new Set(whole.edges.flatMap((e) => (e.source === node ? [e.target] : e.target === node ? [e.source] : [])));

  describe.each(SIZES)('overview in Chromium, $name $width×$height', { timeout: 120_000 }, (size) => {
    const chromium = watchedChromium({ width: size.width, height: size.height });
    let page: Page;

    async function open(query = ''): Promise<Page> {
      await page?.close();
      page = await chromium.newPage();
      await page.goto(`${server.url}/${query}`);
      await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 30_000 });
      expect(await page.evaluate(() => window.__kgBench?.error ?? null)).toBeNull();
      return page;
    }
    const loaded = async () => ({
      nodes: new Set(await page.evaluate(() => window.__kgBench!.inspect!.loadedNodes())),
      edges: new Set(await page.evaluate(() => window.__kgBench!.inspect!.loadedEdges())),
    });
    /** What the page holds is the graph induced on its nodes, no more, no less. */
    async function expectInduced(): Promise<Set<string>> {
      const { nodes, edges } = await loaded();
      expect([...edges].sort()).toEqual(inducedEdges(nodes).sort());
      return nodes;
    }
    const noteText = () => page.textContent('#overview-note');
    const expectNote = async (nodes: number, edges: number) =>
      expect.poll(noteText).toContain(`已隐藏 ${n(whole.nodes.length - nodes)} 个节点、${n(whole.edges.length - edges)} 条关系`);

    it('opens on the overview: the top nodes by PageRank and every province and prefecture, with a note of what is hidden', async () => {
      await open();
      const { nodes } = await loaded();
      const ranked = [...whole.nodes].sort((a, b) => b.attributes.pagerank - a.attributes.pagerank || (a.key < b.key ? -1 : 1));
      const expected = new Set([
        ...ranked.slice(0, 40).map((x) => x.key),
        ...whole.nodes.filter((x) => x.attributes.type === 'province' || x.attributes.type === 'prefecture').map((x) => x.key),
      ]);
      expect(nodes).toEqual(expected);
      await expectInduced();
      expect(whole.nodes.length - nodes.size).toBeGreaterThan(50);
      await expectNote(nodes.size, overview.shown.edges);
      await expect.poll(() => page.locator('#overview-note').isVisible()).toBe(true);
      expect(await page.getAttribute('#overview-all', 'href')).toBe('?all=1');
      // The status line counts what the page holds.
      await expect.poll(() => page.textContent('#status')).toBe(`${nodes.size} 个节点 · ${overview.shown.edges} 条关系`);
    });

    it('a name the overview hides is found by the search and joins with its neighbours', async () => {
      await open();
      const { nodes: before } = await loaded();
      // A hidden county with a hidden neighbour.
      const target = whole.nodes.find((x) => x.attributes.type === 'county' && !before.has(x.key) && [...neighboursOf(x.key)].some((m) => !before.has(m)))!.key;
      await page.fill('#search-input', target);
      const option = page.locator('#search-results li', { hasText: target }).first();
      await option.waitFor();
      expect(await option.textContent()).toContain('未显示');
      await option.dispatchEvent('mousedown');
      await expect.poll(() => page.evaluate(() => window.__kgBench!.inspect!.selected())).toBe(target);
      await expect.poll(() => page.textContent('#panel-title')).toBe(target);
      const nodes = await expectInduced();
      expect(nodes).toEqual(new Set([...before, target, ...neighboursOf(target)]));
      await expectNote(nodes.size, inducedEdges(nodes).length);
      // Its panel lists every neighbour, now that all of them are on the page.
      expect(await page.locator('#panel-hidden').count()).toBe(0);
    });

    it('a node picked on the overview gets its evidence, and the panel adds its hidden neighbours', async () => {
      await open();
      const { nodes: before } = await loaded();
      // A node of the overview with neighbours it hides and evidence of its own.
      const node = overview.graph.nodes
        .map((x) => x.key)
        .find((key) => [...neighboursOf(key)].some((m) => !before.has(m)) && whole.nodes.find((x) => x.key === key)!.attributes.type !== 'province')!;
      await page.fill('#search-input', node);
      await page.locator('#search-results li', { hasText: node }).first().dispatchEvent('mousedown');
      await expect.poll(() => page.textContent('#panel-title')).toBe(node);
      const hiddenEdges = whole.edges.filter((e) => (e.source === node && !before.has(e.target)) || (e.target === node && !before.has(e.source))).length;
      await expect.poll(() => page.textContent('#panel-hidden')).toContain(`另有 ${hiddenEdges} 条关系`);
      await page.click('#panel-add-neighbours');
      await expect.poll(() => page.locator('#panel-hidden').count()).toBe(0);
      const nodes = await expectInduced();
      expect(nodes).toEqual(new Set([...before, ...neighboursOf(node)]));
    });

    it('the link in the note opens the whole graph, and the way back', async () => {
      await open('?hide=company');
      await page.click('#overview-all');
      await page.waitForURL(/all=1/);
      await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 30_000 });
      const { nodes, edges } = await loaded();
      expect(nodes.size).toBe(whole.nodes.length);
      expect(edges.size).toBe(whole.edges.length);
      // The view's filters came along.
      expect(new URL(page.url()).searchParams.get('hide')).toBe('company');
      expect(await page.textContent('#overview-note')).toContain('回到概览');
      expect(await page.getAttribute('#overview-back', 'href')).toBe('?hide=company');
    });
  });

  describe('overview in Chromium, desktop: graph gestures, the time slicer and the console', { timeout: 120_000 }, () => {
    const chromium = watchedChromium({ width: 1440, height: 900 });
    let page: Page;
    beforeAll(async () => {
      page = await chromium.newPage();
    });
    const loadedNodes = async () => new Set(await page.evaluate(() => window.__kgBench!.inspect!.loadedNodes()));

    it('double-clicking a node adds its neighbours; filters apply to them', async () => {
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30_000 });
      const before = await loadedNodes();
      const candidates = overview.graph.nodes.map((x) => x.key).filter((key) => [...neighboursOf(key)].some((m) => !before.has(m)));
      // One drawn clear of the others, so the pointer is on it alone.
      const node = await page.evaluate((keys) => {
        const inspect = window.__kgBench!.inspect!;
        const all = [...inspect.loadedNodes()].map((k) => ({ k, d: inspect.nodeDisplay(k)! }));
        const clear = all.filter(({ k, d }) => keys.includes(k) && all.every((o) => o.k === k || Math.hypot(o.d.x - d.x, o.d.y - d.y) > 2 * (o.d.radius + d.radius)));
        return clear.sort((a, b) => b.d.radius - a.d.radius)[0]?.k ?? null;
      }, candidates);
      expect(node).not.toBeNull();
      await expect.poll(() => page.evaluate(() => window.__kgBench!.inspect!.settled())).toBe(true);
      const at = (await page.evaluate((k) => window.__kgBench!.inspect!.nodeViewport(k), node!))!;
      const box = (await page.locator('#graph').boundingBox())!;
      await page.mouse.dblclick(box.x + at.x, box.y + at.y);
      await expect.poll(loadedNodes).toEqual(new Set([...before, ...neighboursOf(node!)]));
      expect(await page.evaluate(() => window.__kgBench!.inspect!.selected())).toBe(node);
      const edges = new Set(await page.evaluate(() => window.__kgBench!.inspect!.loadedEdges()));
      expect([...edges].sort()).toEqual(inducedEdges(await loadedNodes()).sort());

      // Hiding a node type hides the added nodes of that type too.
      const added = [...neighboursOf(node!)].filter((m) => !before.has(m));
      const type = whole.nodes.find((x) => x.key === added[0])!.attributes.type;
      await page.click(`#legend-nodes button[data-type="${type}"]`);
      expect(await page.evaluate((k) => window.__kgBench!.inspect!.nodeDisplay(k)!.hidden, added[0]!)).toBe(true);
      await page.click(`#legend-nodes button[data-type="${type}"]`);
    });

    it('the time slicer filters what the overview holds', async () => {
      await page.goto(`${server.url}/?undated=0`);
      await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30_000 });
      // The time-slider test's rule, on the overview's own items: undated ones hide, and edges with their ends.
      const filter = { range: null, undated: false };
      const hidden = new Set(overview.graph.nodes.filter((x) => !inTime((x as unknown as { attributes: Dated }).attributes, filter)).map((x) => x.key));
      const edges = overview.graph.edges.filter((e) => !hidden.has(e.source) && !hidden.has(e.target) && inTime(e.attributes as Dated, filter)).length;
      expect(hidden.size).toBeGreaterThan(0);
      await expect.poll(() => page.textContent('#status')).toBe(
        `${overview.shown.nodes - hidden.size}/${overview.shown.nodes} 个节点 · ${edges}/${overview.shown.edges} 条关系`,
      );
    });

    it('a console answer brings the nodes it names onto the overview and highlights them', async () => {
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30_000 });
      const before = await loadedNodes();
      // A hidden hospital with supporters: who supports it, answered on the overview.
      const hospital = whole.nodes.find(
        (x) => x.attributes.type === 'hospital' && !before.has(x.key) && whole.edges.some((e) => e.target === x.key && e.key.includes('|supports|')),
      )!.key;
      expect(before.has(hospital)).toBe(false);
      const answer = (await (await fetch(`${server.url}/api/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ q: `who supports ${hospital}` }) })).json()) as {
        highlight: { nodes: string[]; edges: string[] };
      };
      await page.keyboard.press('Control+k');
      await page.fill('#console-input', `who supports ${hospital}`);
      await page.press('#console-input', 'Enter');
      await page.locator('#console-answer tbody tr').first().waitFor();
      // The answer's table shows before its neighbourhood has arrived: wait for that, not a fixed time.
      await page.waitForFunction((wanted) => {
        const loaded = new Set(window.__kgBench!.inspect!.loadedNodes());
        return wanted.every((node) => loaded.has(node));
      }, answer.highlight.nodes, { timeout: 15_000 }).catch(() => undefined);
      const nodes = await loadedNodes();
      for (const node of answer.highlight.nodes) expect(nodes.has(node), node).toBe(true);
      const highlighted = await page.evaluate(() => window.__kgBench!.inspect!.highlightedEdges());
      expect(new Set(highlighted)).toEqual(new Set(answer.highlight.edges));
    });
  });
}
