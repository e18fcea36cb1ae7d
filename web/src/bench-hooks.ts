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
  timings: { started?: number; fetched?: number; loaded?: number; firstRender?: number; interactive?: number };
  nodes: number;
  edges: number;
  ready: boolean;
  error?: string;
  /** On an overview: the whole graph's counts, what the page holds and what it hides; else null. */
  overview?: () => {
    total: { nodes: number; edges: number };
    loaded: { nodes: number; edges: number };
    hidden: { nodes: number; edges: number };
    topNodes: number;
  } | null;
  /** Pans the camera in a circle for `durationMs`, counting animation frames. */
  pan(durationMs?: number): Promise<PanReport>;
  /** Counts animation frames for `durationMs` while something else (a mouse drag) moves the view. */
  frames(durationMs?: number): Promise<PanReport>;
  /** What the renderer holds, for browser tests to check the drawing against. */
  inspect?: {
    selected(): string | null;
    camera(): { x: number; y: number; ratio: number };
    /**
     * Whether the view has come to rest: the camera is still and sigma has drawn it at the
     * graph's current size, so positions read now are where the nodes are on screen (sigma
     * converts with the frame it last drew, which lags a camera step or a resize by a frame).
     */
    settled(): Promise<boolean>;
    highlightedEdges(): string[];
    /** Edges of the picked answer row. */
    emphasisedEdges(): string[];
    edgeDisplay(edge: string): { color: string; hidden: boolean } | null;
    /** How a node is drawn now: viewport position and radius, colour, label, and whether hidden. */
    nodeDisplay(node: string): { x: number; y: number; radius: number; color: string; label: string | null; hidden: boolean; forceLabel: boolean } | null;
    /** Nodes the filters and exploring leave on screen. */
    shownNodes(): number;
    /** Keys of every node and edge the page holds (on an overview: what it has loaded). */
    loadedNodes(): string[];
    loadedEdges(): string[];
    /** Nodes a focus layout moved apart, with their own positions (graph coordinates). */
    displaced(): Array<[string, { x: number; y: number }]>;
    nodePosition(node: string): { x: number; y: number } | null;
    /** Viewport pixel of a node, to hover or click it. */
    nodeViewport(node: string): { x: number; y: number } | null;
  };
}

declare global {
  interface Window {
    __kgBench?: KgBench;
  }
}

export function createBenchHooks(): KgBench {
  const bench: KgBench = {
    timings: { started: performance.now() },
    nodes: 0,
    edges: 0,
    ready: false,
    pan: () => Promise.reject(new Error('the graph is not loaded yet')),
    frames: countFrames,
  };
  window.__kgBench = bench;
  return bench;
}

export function attachViewer(bench: KgBench, viewer: Viewer): void {
  bench.nodes = viewer.graph.order;
  bench.edges = viewer.graph.size;
  const renderer = viewer.renderer;
  bench.inspect = {
    selected: () => viewer.state.selected,
    settled: () => {
      const camera = renderer.getCamera();
      const before = camera.getState();
      // A render sigma has scheduled runs before this frame callback, and a resize observed
      // since is compared below.
      return new Promise((resolve) =>
        requestAnimationFrame(() => {
          const now = camera.getState();
          const { width, height } = renderer.getDimensions();
          const container = renderer.getContainer();
          const still = !camera.isAnimated() && now.x === before.x && now.y === before.y && now.ratio === before.ratio && now.angle === before.angle;
          resolve(still && width === container.offsetWidth && height === container.offsetHeight);
        }),
      );
    },
    camera: () => {
      const { x, y, ratio } = renderer.getCamera().getState();
      return { x, y, ratio };
    },
    highlightedEdges: () => [...(viewer.state.highlight?.edges ?? [])],
    emphasisedEdges: () => [...(viewer.state.emphasis?.edges ?? [])],
    nodeDisplay: (node) => {
      const d = renderer.getNodeDisplayData(node);
      if (!d) return null;
      const at = renderer.framedGraphToViewport(d);
      return { x: at.x, y: at.y, radius: renderer.scaleSize(d.size), color: d.color, label: d.label, hidden: d.hidden, forceLabel: d.forceLabel };
    },
    shownNodes: () => viewer.graph.order - viewer.hiddenNodes().size,
    loadedNodes: () => viewer.graph.nodes(),
    loadedEdges: () => viewer.graph.edges(),
    displaced: () => [...viewer.state.displaced],
    edgeDisplay: (edge) => {
      const d = renderer.getEdgeDisplayData(edge);
      return d ? { color: d.color, hidden: d.hidden } : null;
    },
    nodePosition: (node) =>
      viewer.graph.hasNode(node) ? { x: viewer.graph.getNodeAttribute(node, 'x'), y: viewer.graph.getNodeAttribute(node, 'y') } : null,
    nodeViewport: (node) => {
      const d = renderer.getNodeDisplayData(node);
      return d ? renderer.framedGraphToViewport(d) : null;
    },
  };
  bench.frames = countFrames;
  // Camera animations count as moving for sigma, so big graphs hide edges as in a mouse drag.
  bench.pan = (durationMs = 3000) => {
    const camera = viewer.renderer.getCamera();
    const origin = camera.getState();
    const start = performance.now();
    let stop = false;
    const leg = (i: number) => {
      if (stop) return;
      const angle = (i / 8) * 2 * Math.PI;
      camera
        .animate({ x: origin.x + 0.2 * Math.cos(angle), y: origin.y + 0.2 * Math.sin(angle) }, { duration: 250 })
        .then(() => (performance.now() - start < durationMs ? leg(i + 1) : undefined));
    };
    leg(0);
    return countFrames(durationMs).then((report) => {
      stop = true;
      camera.setState(origin);
      return report;
    });
  };
}

function countFrames(durationMs = 3000): Promise<PanReport> {
  return new Promise((resolve) => {
    const start = performance.now();
    let last = start;
    let frames = 0;
    let maxFrameMs = 0;
    const step = (now: number) => {
      frames += 1;
      maxFrameMs = Math.max(maxFrameMs, now - last);
      last = now;
      if (now - start >= durationMs) {
        const elapsed = now - start;
        resolve({ frames, durationMs: elapsed, fps: (frames * 1000) / elapsed, maxFrameMs });
      } else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}
