// The graph as graphology serialises it: the same shape as graph/graph.json.
import type { SerializedGraph } from 'graphology-types';

import type { KgGraph } from '../graph/build.ts';
import type { EdgeAttributes, NodeAttributes } from '../types.ts';

export function toJson(graph: KgGraph): SerializedGraph<NodeAttributes, EdgeAttributes> {
  return graph.export();
}
