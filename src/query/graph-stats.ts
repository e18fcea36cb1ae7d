// Counts for /api/stats and the CLI.
import { evidenceCountOf } from '../graph/build.ts';
import { evidenceArticlesOf } from '../graph/deferred-evidence.ts';
import type { KgGraph } from '../graph/build.ts';
import type { EdgeType, NodeType } from '../types.ts';

export interface GraphStats {
  nodes: number;
  edges: number;
  articles: number;
  nodeTypes: Partial<Record<NodeType, number>>;
  edgeTypes: Partial<Record<EdgeType, number>>;
  evidence: number;
}

export function graphStats(graph: KgGraph): GraphStats {
  const nodeTypes: GraphStats['nodeTypes'] = {};
  const edgeTypes: GraphStats['edgeTypes'] = {};
  const articles = new Set<string>();
  let evidence = 0;
  graph.forEachNode((_node, attributes) => {
    nodeTypes[attributes.type] = (nodeTypes[attributes.type] ?? 0) + 1;
    for (const a of attributes.articles) articles.add(a);
  });
  graph.forEachEdge((_edge, attributes) => {
    edgeTypes[attributes.type] = (edgeTypes[attributes.type] ?? 0) + 1;
    evidence += evidenceCountOf(attributes);
    for (const article of evidenceArticlesOf(attributes)) articles.add(article);
  });
  return { nodes: graph.order, edges: graph.size, articles: articles.size, nodeTypes, edgeTypes, evidence };
}
