// The node metrics every export can carry as columns: Gephi sizes and colours by them.
import type { NodeMetrics } from '../graph/metrics.ts';

export type MetricsTable = ReadonlyMap<string, NodeMetrics>;

/** Column name, GraphML type and value of each metric, in the order the files list them. */
export const METRIC_COLUMNS = [
  { name: 'degree', type: 'int', value: (m: NodeMetrics) => m.degree },
  { name: 'pagerank', type: 'double', value: (m: NodeMetrics) => m.pagerank },
  { name: 'betweenness', type: 'double', value: (m: NodeMetrics) => m.betweenness },
  { name: 'community', type: 'int', value: (m: NodeMetrics) => m.community },
] as const;

const NONE: NodeMetrics = { degree: 0, pagerank: 0, betweenness: 0, community: 0 };

/** The metric values of `node` by column name; zeros when the table lacks it. */
export function metricValues(metrics: MetricsTable, node: string): Record<string, number> {
  const m = metrics.get(node) ?? NONE;
  return Object.fromEntries(METRIC_COLUMNS.map((c) => [c.name, c.value(m)]));
}
