// Maps a console answer (`POST /api/query`) onto the loaded graph's node and edge keys.
import type { ViewGraph } from './load-graph.ts';
import type { Highlight } from './view-state.ts';

export interface EdgeRef {
  source: string;
  target: string;
  type?: string;
}

export interface QueryAnswer {
  kind?: string;
  rows?: unknown[];
  paths?: Array<{ nodes?: unknown[]; edges?: unknown[] }>;
  highlight?: { nodes?: unknown[]; edges?: unknown[] };
}

/**
 * Collects the answer's highlight and every path's nodes and edges. Edges may be given as keys, as
 * `{key}` or as `{source, target, type?}`; the last match either direction, since paths may walk edges
 * backwards. Names unknown to the loaded graph are dropped. `null` when nothing is highlighted.
 */
export function resolveHighlight(graph: ViewGraph, answer: QueryAnswer): Highlight | null {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const addNode = (value: unknown) => {
    const key = typeof value === 'string' ? value : isObject(value) && typeof value.key === 'string' ? value.key : null;
    if (key !== null && graph.hasNode(key)) nodes.add(key);
  };
  const addEdge = (value: unknown): void => {
    if (typeof value === 'string') {
      if (graph.hasEdge(value)) {
        edges.add(value);
        nodes.add(graph.source(value));
        nodes.add(graph.target(value));
      }
      return;
    }
    if (!isObject(value)) return;
    // The server's path edges carry their key; it names the exact edge among parallel ones.
    if (typeof value.key === 'string' && graph.hasEdge(value.key)) return addEdge(value.key);
    if (typeof value.source !== 'string' || typeof value.target !== 'string') return;
    const { source, target } = value;
    if (!graph.hasNode(source) || !graph.hasNode(target)) return;
    const type = typeof value.type === 'string' ? value.type : null;
    for (const edge of [...graph.edges(source, target), ...graph.edges(target, source)]) {
      if (type === null || graph.getEdgeAttribute(edge, 'kind') === type) edges.add(edge);
    }
    nodes.add(source);
    nodes.add(target);
  };

  answer.highlight?.nodes?.forEach(addNode);
  answer.highlight?.edges?.forEach(addEdge);
  for (const path of answer.paths ?? []) {
    path.nodes?.forEach(addNode);
    path.edges?.forEach(addEdge);
  }
  return nodes.size || edges.size ? { nodes, edges } : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
