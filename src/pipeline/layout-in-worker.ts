// layoutGraph on a worker thread: the graph's matrices go to the worker, the positions come
// back, and the calling thread is free meanwhile. The positions are those layoutGraph gives.
import { createRequire } from 'node:module';

import type { KgGraph } from '../graph/build.ts';
import { prepareLayout, type LayoutOptions } from '../graph/layout.ts';
import type { EdgeAttributes } from '../types.ts';
import type { LayoutJob } from './layout-worker.ts';
import { startWorker } from './start-worker.ts';

interface Matrices {
  nodes: Float32Array<ArrayBuffer>;
  edges: Float32Array<ArrayBuffer>;
}

// graphology-layout-forceatlas2's matrix helpers (untyped CommonJS), as its synchronous layout uses them.
const helpers = createRequire(import.meta.url)('graphology-layout-forceatlas2/helpers.js') as {
  graphToByteArrays(graph: KgGraph, weight: (edge: string, attributes: EdgeAttributes) => number): Matrices;
  assignLayoutChanges(graph: KgGraph, nodes: Float32Array, reducer: null): void;
};

const WORKER = new URL('./layout-worker.ts', import.meta.url);

/**
 * Sets the starting positions now, and resolves once the worker's positions are on the
 * graph. Until then the caller must not add or remove nodes or edges, nor read positions.
 */
export async function layoutInWorker(graph: KgGraph, options: LayoutOptions = {}): Promise<void> {
  const plan = prepareLayout(graph, options);
  if (!plan) return;
  // layoutGraph's getEdgeWeight: 'weight' (graphology-utils' getter: a missing or NaN weight is 1).
  const { nodes, edges } = helpers.graphToByteArrays(graph, (_edge, attributes) => {
    const weight = attributes.weight;
    return typeof weight !== 'number' || Number.isNaN(weight) ? 1 : weight;
  });
  const worker = startWorker(WORKER, null);
  try {
    const positions = await new Promise<Float32Array<ArrayBuffer>>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the layout worker stopped (exit code ${code})`)));
      worker.postMessage({ ...plan, nodes, edges } satisfies LayoutJob, [nodes.buffer, edges.buffer]);
    });
    helpers.assignLayoutChanges(graph, positions, null);
  } finally {
    await worker.terminate();
  }
}
