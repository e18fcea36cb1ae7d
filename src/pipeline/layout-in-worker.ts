// layoutGraph on a worker thread: the graph's matrices go to the worker, the positions come
// back, and the calling thread is free meanwhile. The positions are those layoutGraph gives.
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';

import type { KgGraph } from '../graph/build.ts';
import { prepareLayout, type LayoutOptions } from '../graph/layout.ts';
import { metricsFromColumns, rememberMetrics, shapeOf, type GraphMetrics, type MetricsColumns } from '../graph/metrics.ts';
import type { EdgeAttributes } from '../types.ts';
import type { LayoutAnswer, LayoutJob } from './layout-worker.ts';
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
  /** The node matrix the worker sends back. */
  readonly positions: Promise<Float32Array<ArrayBuffer>>;
  /** The metrics it sends first when it is sent the graph's shape. */
  readonly metrics: Promise<MetricsColumns>;
  readonly worker: Worker;
  stop(): Promise<void>;
}

/**
 * Starts a layout worker now: under tsx a worker spends most of a second loading before it
 * can run, which a build lets happen while its graph is merged (the other core is idle then).
 */
export function startLayoutWorker(): LayoutWorker {
  const worker = startWorker(WORKER, null);
  const metrics = deferred<MetricsColumns>();
  const positions = deferred<Float32Array<ArrayBuffer>>();
  // Listening from the start: a worker that fails while it loads rejects these, not the process.
  worker.on('message', (answer: LayoutAnswer) => ('metrics' in answer ? metrics.resolve(answer.metrics) : positions.resolve(answer.positions)));
  const fail = (error: unknown) => {
    metrics.reject(error);
    positions.reject(error);
  };
  worker.once('error', fail);
  worker.once('exit', (code) => fail(new Error(`the layout worker stopped (exit code ${code})`)));
  return { positions: positions.promise, metrics: metrics.promise, worker, stop: async () => void (await worker.terminate()) };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  // Awaited by layoutInWorker (the metrics only when asked for); unused when the graph needs no layout.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

export interface LayoutInWorkerOptions extends LayoutOptions {
  /**
   * Called with the graph's metrics (those graphMetrics gives), which the worker computes
   * before the layout: the graph then has them (rememberMetrics) and `graphMetrics` is free.
   */
  onMetrics?: (metrics: GraphMetrics) => void;
}

/**
 * Sets the starting positions now, and resolves once the worker's positions are on the
 * graph. Until then the caller must not add or remove nodes or edges, nor read positions.
 * Runs on `started` when given (and stops it in any case), else on a worker of its own.
 */
export async function layoutInWorker(graph: KgGraph, options: LayoutInWorkerOptions = {}, started?: LayoutWorker): Promise<void> {
  try {
    const plan = prepareLayout(graph, options);
    if (!plan) return;
    // layoutGraph's getEdgeWeight: 'weight' (graphology-utils' getter: a missing or NaN weight is 1).
    const { nodes, edges } = helpers.graphToByteArrays(graph, (_edge, attributes) => {
      const weight = attributes.weight;
      return typeof weight !== 'number' || Number.isNaN(weight) ? 1 : weight;
    });
    const shape = options.onMetrics && shapeOf(graph);
    started ??= startLayoutWorker();
    const transfer = [nodes.buffer, edges.buffer, ...(shape ? [shape.sources.buffer, shape.targets.buffer, shape.weights.buffer] : [])];
    started.worker.postMessage({ ...plan, nodes, edges, shape } satisfies LayoutJob, transfer);
    if (shape) {
      const metrics = metricsFromColumns(await started.metrics);
      rememberMetrics(graph, metrics);
      options.onMetrics!(metrics);
    }
    helpers.assignLayoutChanges(graph, await started.positions, null);
  } finally {
    await started?.stop();
  }
}
