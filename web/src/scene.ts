// What exploring shows: the nodes each expansion reaches (its node and the neighbours up to
// `hops` edges out, over the edge types it follows and the filters leave), plus the pins.
import type { ViewGraph } from './load-graph.ts';
import type { Expansion } from './view-state.ts';

export function sceneNodes(
  graph: ViewGraph,
  expansions: readonly Expansion[],
  pins: ReadonlySet<string>,
  hiddenEdgeTypes: ReadonlySet<string>,
): Set<string> {
  const scene = new Set<string>();
  for (const pin of pins) if (graph.hasNode(pin)) scene.add(pin);
  for (const expansion of expansions) for (const node of reach(graph, expansion, hiddenEdgeTypes)) scene.add(node);
  return scene;
}

/** Breadth-first, both edge directions, so 江西省 expands to what it supports and what lies in it. */
export function reach(graph: ViewGraph, expansion: Expansion, hiddenEdgeTypes: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  if (!graph.hasNode(expansion.node)) return found;
  const via = expansion.via.length ? new Set<string>(expansion.via) : null;
  found.add(expansion.node);
  let frontier = [expansion.node];
  for (let hop = 0; hop < expansion.hops && frontier.length; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (_edge, a, source, target) => {
        if (hiddenEdgeTypes.has(a.kind) || (via && !via.has(a.kind))) return;
        const other = source === node ? target : source;
        if (found.has(other)) return;
        found.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  return found;
}

/** The expansions with `node`'s replaced (or added), or removed when `hops` is 0. */
export function withExpansion(expansions: readonly Expansion[], next: Expansion | { node: string; hops: 0 }): Expansion[] {
  const others = expansions.filter((e) => e.node !== next.node);
  return next.hops === 0 ? others : [...others, next as Expansion];
}
