// Headless Chromium for the browser tests and the bench: Debian's /usr/bin/chromium through
// playwright-core, WebGL by SwiftShader, no background traffic (this network refuses it).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

const ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A persistent context in a fresh profile directory, removed on close. */
export async function launchChromium(options: { width?: number; height?: number } = {}): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface ViewerMeasurement {
  nodes: number;
  edges: number;
  /** Milliseconds from navigation start. */
  firstRenderMs: number;
  interactiveMs: number;
  pan: { frames: number; durationMs: number; fps: number; maxFrameMs: number };
}

/**
 * Opens the viewer at `baseUrl` rendering the graph JSON at `graphUrl` (graphology export format;
 * served by the app, or given as `graphJson` and answered by the browser context itself), waits
 * until it is interactive, then pans for `panMs` and reports the page's own timings.
 */
export async function measureViewer(
  page: Page,
  baseUrl: string,
  options: { graphUrl?: string; graphJson?: string; panMs?: number; timeoutMs?: number } = {},
): Promise<ViewerMeasurement> {
  let graphUrl = options.graphUrl;
  if (options.graphJson !== undefined) {
    graphUrl = '/__bench-graph.json';
    const body = options.graphJson;
    await page.route(`**${graphUrl}`, (route) => route.fulfill({ body, contentType: 'application/json' }));
  }
  const query = graphUrl ? `?graph=${encodeURIComponent(graphUrl)}` : '';
  await page.goto(`${baseUrl}/${query}`);
  await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, {
    timeout: options.timeoutMs ?? 120_000,
  });
  const error = await page.evaluate(() => window.__kgBench?.error);
  if (error) throw new Error(`viewer failed to load: ${error}`);
  const panMs = options.panMs ?? 3000;
  const loaded = await page.evaluate(() => {
    const bench = window.__kgBench!;
    return {
      nodes: bench.nodes,
      edges: bench.edges,
      firstRenderMs: bench.timings.firstRender ?? NaN,
      interactiveMs: bench.timings.interactive ?? NaN,
    };
  });
  // A real mouse drag in circles, as a user pans; the page counts the frames it manages meanwhile.
  const frames = page.evaluate((ms) => window.__kgBench!.frames(ms), panMs);
  const box = (await page.locator('#graph').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const started = Date.now();
  for (let i = 1; Date.now() - started < panMs; i++)
    await page.mouse.move(cx + 120 * Math.sin(i / 8), cy + 120 * (1 - Math.cos(i / 8)));
  await page.mouse.up();
  return { ...loaded, pan: await frames };
}

/**
 * Waits until the viewer's view has come to rest and is drawn so (the camera still, drawn at
 * the graph's current size: `window.__kgBench.inspect.settled()`), before a screenshot.
 */
export async function viewSettled(page: Page, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(() => window.__kgBench?.inspect?.settled() ?? false, null, { timeout: timeoutMs, polling: 100 });
}
