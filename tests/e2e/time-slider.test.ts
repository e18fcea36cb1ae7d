// The time slicer, the figures in the node panel and the edge tooltip, in headless Chromium
// against the real server on a seed graph built now (so it has dates and figures whatever
// the checked-in graph/ holds). Counts on the page are checked against the same rule
// computed here from graph.json. Fails on any page or console error.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { resolveSettings } from '../../src/config.ts';
import { runBuild } from '../../src/pipeline/run-build.ts';
import { startServer } from '../../src/server/start-server.ts';
import { inTime } from '../../web/src/time-range.ts';
import type { Dated, TimeFilter } from '../../web/src/time-range.ts';
import { CHROMIUM_PATH, hasChromium } from './chromium.ts';
import { watchedChromium } from './watched-chromium.ts';
import { buildViewer } from './test-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const available = hasChromium();

interface Serialized {
  nodes: Array<{ key: string; attributes: Dated }>;
  edges: Array<{ key: string; source: string; target: string; attributes: Dated & { amounts?: Array<{ asWritten: string }> } }>;
}

/** What the status line should say under a filter: nodes and edges shown, as the viewer decides. */
function expectedStatus(graph: Serialized, filter: TimeFilter): string {
  const hidden = new Set(graph.nodes.filter((n) => !inTime(n.attributes, filter)).map((n) => n.key));
  const edges = graph.edges.filter((e) => !hidden.has(e.source) && !hidden.has(e.target) && inTime(e.attributes, filter)).length;
  const part = (shown: number, total: number) => (shown === total ? `${total}` : `${shown}/${total}`);
  return `${part(graph.nodes.length - hidden.size, graph.nodes.length)} 个节点 · ${part(edges, graph.edges.length)} 条关系`;
}

if (!available) {
  describe('time slicer in Chromium', () => {
    it('runs the browser tests', ({ skip }) => {
      if (process.env.CI === 'true') throw new Error(`CI=true but ${CHROMIUM_PATH} is missing`);
      skip(`no ${CHROMIUM_PATH}: apt-get install chromium fonts-noto-cjk to run the browser tests`);
    });
  });
} else {
  const scratch = mkdtempSync(join(tmpdir(), 'kg-e2e-time-'));
  let url = '';
  let close: () => Promise<void> = async () => {};
  let graph: Serialized;

  beforeAll(async () => {
    const graphDir = join(scratch, 'graph');
    const webDir = join(scratch, 'web');
    await runBuild({ articlesDir: join(root, 'seeds'), outDir: graphDir });
    graph = JSON.parse(readFileSync(join(graphDir, 'graph.json'), 'utf8')) as Serialized;
    await buildViewer(webDir);
    const running = await startServer(resolveSettings({ host: '127.0.0.1', port: 0, graphDir, articlesDir: join(root, 'seeds'), webDir }), () => {});
    url = running.url;
    close = () => running.close();
  });
  afterAll(async () => {
    await close();
    rmSync(scratch, { recursive: true, force: true });
  });

  describe.each([
    { name: 'desktop', width: 1440, height: 900 },
    { name: 'phone', width: 390, height: 844 },
  ])('time slicer in Chromium, $name', (size) => {
    const chromium = watchedChromium({ width: size.width, height: size.height });
    let page: Page;

    async function open(search = ''): Promise<Page> {
      await page?.close();
      page = await chromium.newPage();
      await page.goto(`${url}/${search}`);
      await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 20_000 });
      // On a phone the legend starts folded; unfold it to reach the slicer.
      await page.evaluate(() => {
        const box = document.getElementById('legend-box') as HTMLDetailsElement | null;
        if (box) box.open = true;
      });
      return page;
    }

    const status = () => page.locator('#status').textContent();
    const setYear = (id: 'time-from' | 'time-to', year: number) =>
      page.locator(`#${id}`).evaluate((input: HTMLInputElement, value) => {
        input.value = String(value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, year);

    it('moves the years and the counts follow, with the range in the URL and back on reload', async () => {
      await open();
      const first = Number(graph.nodes.map((n) => n.attributes.firstSeen).filter(Boolean).sort()[0]!.slice(0, 4));
      expect(Number(await page.locator('#time-from').getAttribute('min'))).toBe(first);
      expect(await page.locator('#time-range-value').textContent()).toBe('全部年份');
      expect(await status()).toBe(expectedStatus(graph, { range: null, undated: true }));

      await setYear('time-from', 2025);
      const only2025: TimeFilter = { range: { from: 2025, to: 2025 }, undated: true };
      await expect.poll(status).toBe(expectedStatus(graph, only2025));
      expect(await page.locator('#time-range-value').textContent()).toBe('2025');

      await setYear('time-from', first);
      await setYear('time-to', 2023);
      const upTo2023: TimeFilter = { range: { from: first, to: 2023 }, undated: true };
      await expect.poll(status).toBe(expectedStatus(graph, upTo2023));
      // The ranges really differ on the seeds, so the counts moved.
      expect(expectedStatus(graph, upTo2023)).not.toBe(expectedStatus(graph, only2025));
      expect(expectedStatus(graph, upTo2023)).not.toBe(expectedStatus(graph, { range: null, undated: true }));

      await page.locator('#time-undated').uncheck();
      await expect.poll(status).toBe(expectedStatus(graph, { ...upTo2023, undated: false }));
      await expect.poll(() => page.evaluate(() => location.search)).toContain('undated=0');
      expect(await page.evaluate(() => location.search)).toContain(`years=${first}-2023`);

      await open(await page.evaluate(() => location.search));
      expect(await status()).toBe(expectedStatus(graph, { ...upTo2023, undated: false }));
      expect(await page.locator('#time-to').inputValue()).toBe('2023');
      expect(await page.locator('#time-undated').isChecked()).toBe(false);

      await page.locator('#time-reset').click();
      await expect.poll(status).toBe(expectedStatus(graph, { range: { from: first, to: 2025 }, undated: false }));
    }, 120_000);

    it('hides edges out of the years on the graph itself', async () => {
      await open('?years=2025-2025&undated=0');
      const before2024 = graph.edges.find((e) => e.attributes.lastSeen && e.attributes.lastSeen < '2025')!;
      const seen2025 = graph.edges.find((e) => e.attributes.lastSeen && e.attributes.lastSeen >= '2025' && e.attributes.firstSeen! <= '2025-12-31')!;
      const shown = (edge: string) => page.evaluate((e) => window.__kgBench!.inspect!.edgeDisplay(e)?.hidden === false, edge);
      expect(await shown(before2024.key)).toBe(false);
      expect(await shown(seen2025.key)).toBe(true);
    }, 60_000);

    it('shows a node’s figures in its panel and an edge’s on hover', async () => {
      await open(`?node=${encodeURIComponent('江西省')}`);
      const figures = page.locator('#panel-figures');
      await expect.poll(() => figures.textContent()).toContain('资金 1500余萬元');
      expect(await figures.textContent()).toContain('阿克陶县人民医院');
      expect(await page.locator('#panel-years').textContent()).toMatch(/20\d\d–2025 年/);

      if (size.name === 'phone') return; // hovering needs a pointer
      await open();
      // Sigma's positions are those of the frame it last drew: wait until that frame is the view's.
      await expect.poll(() => page.evaluate(() => window.__kgBench!.inspect!.settled()), { timeout: 15_000 }).toBe(true);
      const edge = graph.edges.find((e) => e.attributes.amounts?.some((a) => a.asWritten === '1500余萬元'))!;
      const ends = await page.evaluate(
        ([s, t]) => [window.__kgBench!.inspect!.nodeViewport(s!), window.__kgBench!.inspect!.nodeViewport(t!)],
        [edge.source, edge.target],
      );
      const box = (await page.locator('#graph').boundingBox())!;
      const [a, b] = ends as Array<{ x: number; y: number }>;
      // A point on the edge, away from both ends' discs.
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
        await page.mouse.move(box.x + a!.x + (b!.x - a!.x) * t, box.y + a!.y + (b!.y - a!.y) * t);
        if (await page.locator('#edge-tooltip').isVisible()) break;
      }
      const tip = page.locator('#edge-tooltip');
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain('资金 1500余萬元');
      expect(await tip.textContent()).toContain('支援');
    }, 120_000);
  });
}
