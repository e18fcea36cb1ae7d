// The graph as graphology serialises it: the same shape as graph/graph.json.
import type { SerializedGraph } from 'graphology-types';

import type { KgGraph } from '../graph/build.ts';
import type { EdgeAttributes, NodeAttributes } from '../types.ts';
import { metricValues } from './metric-columns.ts';
import type { MetricsTable } from './metric-columns.ts';

/** With `metrics`, each node's attributes also carry degree, pagerank, betweenness and community. */
export function toJson(graph: KgGraph, options: { metrics?: MetricsTable } = {}): SerializedGraph<NodeAttributes, EdgeAttributes> {
  const data = graph.export();
  const { metrics } = options;
  if (metrics) for (const node of data.nodes) node.attributes = { ...node.attributes!, ...metricValues(metrics, node.key) };
  return data;
}
