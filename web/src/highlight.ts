// Maps a console answer (`POST /api/query`) onto the loaded graph's node and edge keys.
import type { QueryResponse } from '../../src/api/contract.ts';
import type { ViewGraph } from './load-graph.ts';
import type { Highlight } from './view-state.ts';

/**
 * The answer's highlight plus every path's nodes and edges, by key; an edge brings its two
 * ends. Keys unknown to the loaded graph are dropped. `null` when nothing is highlighted.
 */
export function resolveHighlight(graph: ViewGraph, answer: Pick<QueryResponse, 'highlight' | 'paths'>): Highlight | null {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const addNode = (key: string) => {
    if (graph.hasNode(key)) nodes.add(key);
  };
  const addEdge = (key: string) => {
    if (!graph.hasEdge(key)) return;
    edges.add(key);
    nodes.add(graph.source(key));
    nodes.add(graph.target(key));
  };
  answer.highlight.nodes.forEach(addNode);
  answer.highlight.edges.forEach(addEdge);
  for (const path of answer.paths ?? []) {
    path.nodes.forEach(addNode);
    for (const edge of path.edges) addEdge(edge.key);
  }
  return nodes.size || edges.size ? { nodes, edges } : null;
}
