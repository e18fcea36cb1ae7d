// The part of the graph the filters leave visible, as the server's POST /api/export takes it:
// the visible nodes and the visible edge types, each left out when nothing of it is hidden.
import { EDGE_TYPES } from '../../src/api/contract.ts';
import type { EdgeType, ExportPartRequest } from '../../src/api/contract.ts';
import type { ViewGraph } from './load-graph.ts';

export function visiblePart(
  graph: ViewGraph,
  hiddenNodes: ReadonlySet<string>,
  hiddenEdgeKinds: ReadonlySet<string>,
): Pick<ExportPartRequest, 'nodes' | 'edges'> {
  const part: { nodes?: string[]; edges?: EdgeType[] } = {};
  if (hiddenNodes.size) part.nodes = graph.filterNodes((node) => !hiddenNodes.has(node));
  if (EDGE_TYPES.some((type) => hiddenEdgeKinds.has(type))) part.edges = EDGE_TYPES.filter((type) => !hiddenEdgeKinds.has(type));
  return part;
}
