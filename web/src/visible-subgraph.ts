// The part of the graph the filters leave visible, with the knowledge-graph attribute names
// restored (`kind` back to `type`), so the server's own GEXF writer can write it.
import { MultiDirectedGraph } from 'graphology';

import type { KgGraph } from '../../src/graph/build.ts';
import type { EdgeAttributes, EdgeType, NodeAttributes, NodeType } from '../../src/types.ts';
import type { ViewGraph } from './load-graph.ts';

/** Keeps nodes not in `hiddenNodes` and edges of kinds not in `hiddenEdgeKinds` between kept nodes. */
export function visibleSubgraph(
  graph: ViewGraph,
  hiddenNodes: ReadonlySet<string>,
  hiddenEdgeKinds: ReadonlySet<string>,
): KgGraph {
  const out: KgGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.forEachNode((node, a) => {
    if (hiddenNodes.has(node)) return;
    out.addNode(node, {
      label: a.label,
      // Types outside the ontology pass through; the writer only uses them as strings.
      type: a.kind as NodeType,
      aliases: a.aliases,
      mentions: a.mentions,
      articles: a.articles,
      x: a.x,
      y: a.y,
      size: a.size,
      color: a.color,
    });
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (hiddenEdgeKinds.has(a.kind) || !out.hasNode(source) || !out.hasNode(target)) return;
    out.addDirectedEdgeWithKey(edge, source, target, { type: a.kind as EdgeType, weight: a.weight, evidence: a.evidence });
  });
  return out;
}
