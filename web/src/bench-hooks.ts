// Measurement hooks for `npm run bench` and the e2e tests: `window.__kgBench`.
import type { Viewer } from './viewer.ts';

export interface PanReport {
  frames: number;
  durationMs: number;
  fps: number;
  /** Longest gap between two frames: a freeze shows here. */
  maxFrameMs: number;
}

export interface KgBench {
  /** Milliseconds since navigation start. */
  timings: { fetched?: number; loaded?: number; firstRender?: number; interactive?: number };
  nodes: number;
  edges: number;
  ready: boolean;
  error?: string;
  /** Pans the camera in a circle for `durationMs`, counting animation frames. */
  pan(durationMs?: number): Promise<PanReport>;
}

declare global {
  interface Window {
    __kgBench?: KgBench;
  }
}

export function createBenchHooks(): KgBench {
  const bench: KgBench = {
    timings: {},
    nodes: 0,
    edges: 0,
    ready: false,
    pan: () => Promise.reject(new Error('the graph is not loaded yet')),
  };
  window.__kgBench = bench;
  return bench;
}

export function attachViewer(bench: KgBench, viewer: Viewer): void {
  bench.nodes = viewer.graph.order;
  bench.edges = viewer.graph.size;
  bench.pan = (durationMs = 3000) =>
    new Promise((resolve) => {
      const camera = viewer.renderer.getCamera();
      const origin = camera.getState();
      const start = performance.now();
      let last = start;
      let frames = 0;
      let maxFrameMs = 0;
      const step = (now: number) => {
        frames += 1;
        maxFrameMs = Math.max(maxFrameMs, now - last);
        last = now;
        const t = (now - start) / durationMs;
        if (t >= 1) {
          camera.setState(origin);
          const elapsed = now - start;
          resolve({ frames, durationMs: elapsed, fps: (frames * 1000) / elapsed, maxFrameMs });
          return;
        }
        const angle = t * 2 * Math.PI;
        camera.setState({ x: origin.x + 0.2 * Math.cos(angle) - 0.2, y: origin.y + 0.2 * Math.sin(angle) });
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
}
