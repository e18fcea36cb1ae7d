// The viewer in headless Chromium on a large synthetic graph: time to first render and
// frames drawn during a 3 s mouse pan, median of several page loads. Uses the e2e helpers
// (tests/e2e/chromium.ts) and the page's bench hooks (window.__kgBench).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createGraph } from '../src/graph/build.ts';
import { createApp } from '../src/server/create-app.ts';
import { launchChromium, measureViewer as measurePage } from '../tests/e2e/chromium.ts';
import { buildViewer } from '../tests/e2e/test-server.ts';
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
}

export async function measureViewer(options: { nodes: number; edges: number; runs: number; panMs: number }): Promise<ViewerResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'kg-bench-viewer-'));
  try {
    const webDir = join(scratch, 'web');
    await buildViewer(webDir);
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
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
