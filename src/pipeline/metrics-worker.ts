// Worker thread of a build: rebuilds the graph's shape it is sent (same nodes, same edges in
// the same order, weights only) and answers with its metrics, which depend on nothing else.
import { parentPort } from 'node:worker_threads';

import { createGraph } from '../graph/build.ts';
import { graphMetrics, metricsToColumns } from '../graph/metrics.ts';
import type { EdgeAttributes, NodeAttributes } from '../types.ts';

export interface MetricsJob {
  keys: string[];
  /** Edge i goes from keys[sources[i]] to keys[targets[i]] with weights[i]. */
  sources: Int32Array<ArrayBuffer>;
  targets: Int32Array<ArrayBuffer>;
  weights: Float64Array<ArrayBuffer>;
}

parentPort!.once('message', ({ keys, sources, targets, weights }: MetricsJob) => {
  const graph = createGraph();
  for (const key of keys) graph.addNode(key, {} as NodeAttributes);
  for (let i = 0; i < sources.length; i++) graph.addDirectedEdge(keys[sources[i]!]!, keys[targets[i]!]!, { weight: weights[i]! } as EdgeAttributes);
  parentPort!.postMessage(metricsToColumns(graphMetrics(graph)));
});
