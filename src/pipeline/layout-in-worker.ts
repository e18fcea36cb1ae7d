// layoutGraph on a worker thread: the graph's matrices go to the worker, the positions come
// back, and the calling thread is free meanwhile. The positions are those layoutGraph gives.
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';

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

/** A layout worker started ahead of its graph; `stop` it when it is not used. */
export interface LayoutWorker {
  /** The node matrix the worker sends back (it sends one). */
  readonly answer: Promise<Float32Array<ArrayBuffer>>;
  readonly worker: Worker;
  stop(): Promise<void>;
}

/**
 * Starts a layout worker now: under tsx a worker spends most of a second loading before it
 * can run, which a build lets happen while its graph is merged (the other core is idle then).
 */
export function startLayoutWorker(): LayoutWorker {
  const worker = startWorker(WORKER, null);
  // Listening from the start: a worker that fails while it loads rejects here, not the process.
  const answer = new Promise<Float32Array<ArrayBuffer>>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the layout worker stopped (exit code ${code})`)));
  });
  answer.catch(() => undefined); // awaited by layoutInWorker; unused when the graph needs no layout
  return { answer, worker, stop: async () => void (await worker.terminate()) };
}

/**
 * Sets the starting positions now, and resolves once the worker's positions are on the
 * graph. Until then the caller must not add or remove nodes or edges, nor read positions.
 * Runs on `started` when given (and stops it in any case), else on a worker of its own.
 */
export async function layoutInWorker(graph: KgGraph, options: LayoutOptions = {}, started?: LayoutWorker): Promise<void> {
  try {
    const plan = prepareLayout(graph, options);
    if (!plan) return;
    // layoutGraph's getEdgeWeight: 'weight' (graphology-utils' getter: a missing or NaN weight is 1).
    const { nodes, edges } = helpers.graphToByteArrays(graph, (_edge, attributes) => {
      const weight = attributes.weight;
      return typeof weight !== 'number' || Number.isNaN(weight) ? 1 : weight;
    });
    started ??= startLayoutWorker();
    started.worker.postMessage({ ...plan, nodes, edges } satisfies LayoutJob, [nodes.buffer, edges.buffer]);
    helpers.assignLayoutChanges(graph, await started.answer, null);
  } finally {
    await started?.stop();
  }
}
