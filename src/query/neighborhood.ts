// What to add to a partial view of the graph (the viewer's overview) around some nodes: the
// nodes within `hops` edges of them that the view lacks, and every edge joining those (or the
// centres) to the view, so the view stays the graph induced on its nodes.
import type { KgGraph } from '../graph/build.ts';
import type { EdgeType } from '../types.ts';

export interface NeighborhoodRequest {
  /** Node keys, already resolved. */
  centres: string[];
  hops: 0 | 1 | 2 | 3;
  /** Edge types followed outwards (both directions); all when missing or empty. */
  via?: readonly EdgeType[];
  /** New nodes returned at most besides the centres: nearest first, then highest rank. */
  limit: number;
  /** Nodes the view has already; keys the graph lacks are ignored. */
  have?: Iterable<string>;
  rank: (node: string) => number;
}

export interface Neighborhood {
  centres: string[];
  /** The centres, then the new nodes returned. */
  nodes: string[];
  /** Edges between returned nodes, and from them to nodes the view has. */
  edges: string[];
  /** Nodes within `hops` of the centres (the centres included), shown or not. */
  reached: number;
  /** New nodes within reach that `limit` left out. */
  left: number;
}

export function neighborhood(graph: KgGraph, request: NeighborhoodRequest): Neighborhood {
  const have = new Set<string>();
  for (const node of request.have ?? []) if (graph.hasNode(node)) have.add(node);
  const via = request.via?.length ? new Set<string>(request.via) : null;

  // Breadth-first over both directions; `distance` records every node reached.
  const distance = new Map<string, number>();
  for (const centre of request.centres) distance.set(centre, 0);
  let frontier = [...distance.keys()];
  for (let hop = 1; hop <= request.hops && frontier.length; hop++) {
    const next: string[] = [];
    for (const node of frontier)
      graph.forEachEdge(node, (_edge, a, source, target) => {
        if (via && !via.has(a.type)) return;
        const other = source === node ? target : source;
        if (distance.has(other)) return;
        distance.set(other, hop);
        next.push(other);
      });
    frontier = next;
  }

  const fresh = [...distance.keys()].filter((node) => distance.get(node)! > 0 && !have.has(node));
  fresh.sort((a, b) => distance.get(a)! - distance.get(b)! || request.rank(b) - request.rank(a) || (a < b ? -1 : a > b ? 1 : 0));
  const kept = fresh.slice(0, request.limit);
  const nodes = [...new Set([...request.centres, ...kept])];
  const returned = new Set(nodes);

  const edges = new Set<string>();
  for (const node of nodes)
    graph.forEachEdge(node, (edge, _a, source, target) => {
      const other = source === node ? target : source;
      if (returned.has(other) || have.has(other)) edges.add(edge);
    });
  return { centres: [...request.centres], nodes, edges: [...edges], reached: distance.size, left: fresh.length - kept.length };
}
