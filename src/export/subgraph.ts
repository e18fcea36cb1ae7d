// A filtered copy of the graph for partial exports.
import { subgraph as inducedSubgraph } from 'graphology-operators';

import { InvalidInputError, NotFoundError } from '../errors.ts';
import type { KgGraph } from '../graph/build.ts';
import { EDGE_TYPES, NODE_TYPES } from '../types.ts';
import type { EdgeType, NodeType } from '../types.ts';

export interface SubgraphFilter {
  /** Keep only nodes of these types. */
  nodeTypes?: NodeType[];
  /** Keep only edges of these types. */
  edgeTypes?: EdgeType[];
  /** Keep only these nodes (keys); every one must exist. */
  nodes?: string[];
}

/**
 * Nodes pass when they match every filter given; edges pass when both ends pass
 * and their type is kept. Nodes are not dropped for losing their edges.
 */
export function subgraph(graph: KgGraph, filter: SubgraphFilter = {}): KgGraph {
  const nodeTypes = filter.nodeTypes && checkedSet(filter.nodeTypes, NODE_TYPES, 'node type');
  const edgeTypes = filter.edgeTypes && checkedSet(filter.edgeTypes, EDGE_TYPES, 'edge type');
  const nodes = filter.nodes && new Set(filter.nodes);
  for (const node of nodes ?? []) if (!graph.hasNode(node)) throw new NotFoundError(`No node "${node}"`);

  const part = inducedSubgraph(graph, (node, attributes) => {
    if (nodes && !nodes.has(node)) return false;
    return !nodeTypes || nodeTypes.has(attributes.type);
  }) as KgGraph;
  if (edgeTypes) part.filterEdges((_edge, attributes) => !edgeTypes.has(attributes.type)).forEach((edge) => part.dropEdge(edge));
  return part;
}

function checkedSet<T extends string>(values: T[], allowed: readonly T[], what: string): Set<T> {
  for (const value of values)
    if (!allowed.includes(value)) throw new InvalidInputError(`Unknown ${what} "${value}"`, { hint: `use one of ${allowed.join(', ')}` });
  return new Set(values);
}
