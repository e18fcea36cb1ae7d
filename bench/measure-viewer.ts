// The viewer in headless Chromium: the first interactive render of the seed graph at a
// desktop and a phone size (issue 12's ≤ 2 s); the first render of the built big graph (the
// 36k-node one), which opens on its overview (issue 11's ≤ 2 s); and on a large synthetic graph
// drawn whole, the time to first render and frames drawn during a 3 s mouse pan; medians of
// several page loads. Uses the e2e helpers (tests/e2e/chromium.ts, test-server.ts) and the
// page's bench hooks (window.__kgBench).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DEFAULT_SETTINGS } from '../src/config.ts';
import { createGraph } from '../src/graph/build.ts';
import { loadServedGraph } from '../src/pipeline/load-served-graph.ts';
import { runBuild } from '../src/pipeline/run-build.ts';
import { createApp } from '../src/server/create-app.ts';
import { launchChromium, measureViewer as measurePage } from '../tests/e2e/chromium.ts';
import { buildViewer, startTestServer } from '../tests/e2e/test-server.ts';
import { listenLoopback } from './listen.ts';
import { median } from './stats.ts';
import { syntheticGraph } from './synthetic-graph.ts';

export interface ViewerResult {
  nodes: number;
  edges: number;
  runs: Array<{ firstRenderMs: number; interactiveMs: number; frames: number; fps: number; maxFrameMs: number }>;
  firstRenderMs: number;
  interactiveMs: number;
  panFrames: number;
  panFps: number;
  panMs: number;
  /** The seed graph served as `npm start` serves it, by screen size. */
  seed: SeedRenders[];
  /** The built big graph, opened on its overview. */
  overview: OverviewRenders;
}

export interface OverviewRenders {
  nodes: number;
  edges: number;
  /** What the overview shows. */
  shownNodes: number;
  shownEdges: number;
  /** The server's first GET /api/overview after start (metrics, once per graph version), in ms. */
  firstRequestMs: number;
  /** Page loads after a first one that starts the browser: navigation start to first render, and to interactive. */
  firstRenderMs: number[];
  interactiveMs: number[];
  medianFirstRenderMs: number;
  medianInteractiveMs: number;
  /** Frames while panning the overview with the mouse, median of the runs. */
  panFps: number;
}

export interface SeedRenders {
  size: string;
  width: number;
  height: number;
  /** The first page of a freshly started Chromium (its WebGL set-up included). */
  firstPageMs: number;
  /** First interactive render of the pages after it (navigation start to every part mounted). */
  interactiveMs: number[];
  medianMs: number;
}

const SEED_SIZES = [
  { size: 'desktop', width: 1440, height: 900 },
  { size: 'phone', width: 390, height: 844 },
];

export interface ViewerOptions {
  nodes: number;
  edges: number;
  runs: number;
  panMs: number;
  seedRuns: number;
  overviewRuns: number;
  /** The built graph of the bench's corpus, and the corpus to build it from when it is absent. */
  graphDir: string;
  corpusDir: string;
}

export async function measureViewer(options: ViewerOptions): Promise<ViewerResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'kg-bench-viewer-'));
  try {
    const webDir = join(scratch, 'web');
    await buildViewer(webDir);
    const seed = await measureSeed(webDir, options.seedRuns);
    const overview = await measureOverview(webDir, options);
    const graphJson = JSON.stringify(syntheticGraph({ nodes: options.nodes, edges: options.edges }).export());
    // The app only serves the page here; the page's graph request is answered by the browser context.
    const server = await listenLoopback(createApp({ graph: createGraph(), settings: { webDir } }));
    const browser = await launchChromium();
    const runs: ViewerResult['runs'] = [];
    try {
      for (let i = 0; i < options.runs; i++) {
        const page = await browser.context.newPage();
        try {
          const m = await measurePage(page, server.url, { graphJson, panMs: options.panMs, timeoutMs: 180_000 });
          runs.push({ firstRenderMs: m.firstRenderMs, interactiveMs: m.interactiveMs, frames: m.pan.frames, fps: m.pan.fps, maxFrameMs: m.pan.maxFrameMs });
        } finally {
          await page.close();
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return {
      nodes: options.nodes,
      edges: options.edges,
      runs,
      firstRenderMs: median(runs.map((r) => r.firstRenderMs)),
      interactiveMs: median(runs.map((r) => r.interactiveMs)),
      panFrames: median(runs.map((r) => r.frames)),
      panFps: median(runs.map((r) => r.fps)),
      panMs: options.panMs,
      seed,
      overview,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The built graph served in this process, loaded as `npm start` loads it (the core file, with the
 * node metrics the build saved; a smaller graph than the overview threshold, as `--quick` builds,
 * is given the overview all the same). The server makes the overview on its first request; page
 * loads are timed after that one.
 */
async function measureOverview(webDir: string, options: ViewerOptions): Promise<OverviewRenders> {
  if (!existsSync(join(options.graphDir, 'graph.json'))) await runBuild({ articlesDir: options.corpusDir, outDir: options.graphDir });
  const { graph } = await loadServedGraph({ graphDir: options.graphDir, articlesDir: options.corpusDir });
  const overviewAbove = Math.min(DEFAULT_SETTINGS.overviewAbove, graph.order - 1);
  const server = await listenLoopback(createApp({ graph, settings: { webDir, overviewAbove } }));
  try {
    const started = performance.now();
    const answer = (await (await fetch(`${server.url}/api/overview`)).json()) as { shown: { nodes: number; edges: number } };
    const firstRequestMs = performance.now() - started;
    const browser = await launchChromium({ width: 1440, height: 900 });
    const firstRenderMs: number[] = [];
    const interactiveMs: number[] = [];
    const fps: number[] = [];
    try {
      for (let i = 0; i <= options.overviewRuns; i++) {
        const page = await browser.context.newPage();
        try {
          const m = await measurePage(page, server.url, { panMs: i === 0 ? 0 : options.panMs, timeoutMs: 180_000 });
          // The first page of a fresh Chromium pays for its WebGL set-up: not counted.
          if (i === 0) continue;
          firstRenderMs.push(m.firstRenderMs);
          interactiveMs.push(m.interactiveMs);
          fps.push(m.pan.fps);
        } finally {
          await page.close();
        }
      }
    } finally {
      await browser.close();
    }
    return {
      nodes: graph.order,
      edges: graph.size,
      shownNodes: answer.shown.nodes,
      shownEdges: answer.shown.edges,
      firstRequestMs,
      firstRenderMs,
      interactiveMs,
      medianFirstRenderMs: median(firstRenderMs),
      medianInteractiveMs: median(interactiveMs),
      panFps: median(fps),
    };
  } finally {
    await server.close();
  }
}

/** `runs` page loads of the seed graph at each size, after one that starts the browser. */
async function measureSeed(webDir: string, runs: number): Promise<SeedRenders[]> {
  const server = await startTestServer({ webDir });
  try {
    const out: SeedRenders[] = [];
    for (const { size, width, height } of SEED_SIZES) {
      const browser = await launchChromium({ width, height });
      try {
        const times: number[] = [];
        for (let i = 0; i <= runs; i++) {
          const page = await browser.context.newPage();
          try {
            times.push((await measurePage(page, server.url, { panMs: 0, timeoutMs: 120_000 })).interactiveMs);
          } finally {
            await page.close();
          }
        }
        const [firstPageMs, ...rest] = times;
        out.push({ size, width, height, firstPageMs: firstPageMs!, interactiveMs: rest, medianMs: median(rest) });
      } finally {
        await browser.close();
      }
    }
    return out;
  } finally {
    await server.close();
  }
}
