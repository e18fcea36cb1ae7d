// Which nodes the viewer's overview of a big graph shows: the highest-PageRank ones and every
// province and prefecture, so the administrative frame is always there to hang the rest on.
import type { KgGraph } from '../graph/build.ts';
import type { NodeType } from '../types.ts';

/** Node types the overview shows whatever their rank. */
export const OVERVIEW_TYPES: readonly NodeType[] = ['province', 'prefecture'];

/** The `top` nodes of highest rank (ties by key), then the rest of OVERVIEW_TYPES by key. */
export function overviewNodes(graph: KgGraph, rank: (node: string) => number, top: number): string[] {
  // Each rank read once: sorting 38k nodes calls the comparison about 600,000 times.
  const ranked = graph.mapNodes((node) => ({ node, rank: rank(node) }));
  ranked.sort((a, b) => b.rank - a.rank || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  const chosen = ranked.slice(0, top).map((r) => r.node);
  const seen = new Set(chosen);
  const frame = graph.filterNodes((node, a) => !seen.has(node) && OVERVIEW_TYPES.includes(a.type)).sort();
  return [...chosen, ...frame];
}

/** Keys of the edges whose two ends are both in `nodes`, in the graph's order. */
export function edgesAmong(graph: KgGraph, nodes: ReadonlySet<string>): string[] {
  const edges: string[] = [];
  for (const node of nodes)
    graph.forEachOutEdge(node, (edge, _a, _source, target) => {
      if (nodes.has(target)) edges.push(edge);
    });
  return edges;
}
