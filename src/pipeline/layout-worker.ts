// Worker thread of a build: runs ForceAtlas2's iterations on the graph's matrices it is
// sent and hands the node matrix back, while the build's thread writes what does not
// depend on positions. Sent the graph's shape too, it first computes the graph's node
// metrics (metricsOfShape: graphMetrics' numbers) and sends them, off the build's thread.
import { parentPort } from 'node:worker_threads';

import { barnesHutIterate, barnesHutScratch } from '../graph/barnes-hut-iterate.ts';
import type { ForceAtlas2Settings } from '../graph/layout.ts';
import { metricsOfShape, metricsToColumns, type GraphShape, type MetricsColumns } from '../graph/metrics.ts';

export interface LayoutJob {
  settings: ForceAtlas2Settings;
  iterations: number;
  /** graphology-layout-forceatlas2's node and edge matrices (helpers.graphToByteArrays). */
  nodes: Float32Array<ArrayBuffer>;
  edges: Float32Array<ArrayBuffer>;
  shape?: GraphShape;
}

export type LayoutAnswer = { metrics: MetricsColumns } | { positions: Float32Array<ArrayBuffer> };

// The library's step, or on big graphs the same step computed faster: same matrices, same positions.
parentPort!.once('message', ({ settings, iterations, nodes, edges, shape }: LayoutJob) => {
  if (shape) parentPort!.postMessage({ metrics: metricsToColumns(metricsOfShape(shape)) } satisfies LayoutAnswer);
  const scratch = barnesHutScratch();
  for (let i = 0; i < iterations; i++) barnesHutIterate(settings, nodes, edges, scratch);
  parentPort!.postMessage({ positions: nodes } satisfies LayoutAnswer, [nodes.buffer]);
});
