// graphMetrics on a worker thread: the graph's shape (node keys, edge ends and weights, in
// the graph's order) goes to the worker, the metrics come back. A build computes them there
// while its own thread serialises the graph and another thread lays it out.
import type { KgGraph } from '../graph/build.ts';
import { metricsFromColumns, rememberMetrics, type GraphMetrics, type MetricsColumns } from '../graph/metrics.ts';
import type { MetricsJob } from './metrics-worker.ts';
import { startWorker } from './start-worker.ts';

const WORKER = new URL('./metrics-worker.ts', import.meta.url);

/**
 * Reads the graph's shape now and resolves to the metrics graphMetrics gives, taken as the
 * graph's own (rememberMetrics). Until then the caller must not add, drop or reweight edges.
 */
export async function metricsInWorker(graph: KgGraph): Promise<GraphMetrics> {
  const job = shapeOf(graph);
  const worker = startWorker(WORKER, null);
  try {
    const columns = await new Promise<MetricsColumns>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the metrics worker stopped (exit code ${code})`)));
      worker.postMessage(job, [job.sources.buffer, job.targets.buffer, job.weights.buffer]);
    });
    const metrics = metricsFromColumns(columns);
    rememberMetrics(graph, metrics);
    return metrics;
  } finally {
    await worker.terminate();
  }
}

/** What the metrics read of a graph: its nodes, and its edges' ends and weights, in order. */
export function shapeOf(graph: KgGraph): MetricsJob {
  const keys = graph.nodes();
  const index = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) index.set(keys[i]!, i);
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  const weights = new Float64Array(graph.size);
  let i = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    sources[i] = index.get(source)!;
    targets[i] = index.get(target)!;
    weights[i++] = attributes.weight;
  });
  return { keys, sources, targets, weights };
}
