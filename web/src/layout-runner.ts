// Re-runs ForceAtlas2 in a web worker so the page stays responsive; stops by itself after a while.
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';

import type { ViewGraph } from './load-graph.ts';

// CommonJS packages typed with `export default`: the default import is the value itself at run time.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;
const FA2Layout = FA2LayoutModule as unknown as typeof FA2LayoutModule.default;

export interface LayoutRunner {
  running(): boolean;
  start(onStop: () => void): void;
  stop(): void;
}

export function createLayoutRunner(graph: ViewGraph, maxMs = 8000): LayoutRunner {
  let layout: InstanceType<typeof FA2Layout> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped: (() => void) | null = null;

  const stop = () => {
    clearTimeout(timer);
    layout?.kill();
    layout = null;
    stopped?.();
    stopped = null;
  };
  return {
    running: () => layout !== null,
    start(onStop) {
      stop();
      stopped = onStop;
      layout = new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph), getEdgeWeight: 'weight' });
      layout.start();
      timer = setTimeout(stop, maxMs);
    },
    stop,
  };
}
