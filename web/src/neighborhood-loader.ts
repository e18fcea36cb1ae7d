// Growing an overview: the server's neighbourhood of some nodes, merged into the graph the page
// holds (new nodes and edges, and whole evidence for what it had only counted).
import type { EdgeType, NeighborhoodResponse } from '../../src/api/contract.ts';
import { getNeighborhood } from './api.ts';
import { mergeGraph } from './load-graph.ts';
import type { Merged, ViewGraph } from './load-graph.ts';
import type { ColorBy, SizeBy } from './view-state.ts';

/** Most nodes one request starts from (the server's maxNeighborhoodCentres default). */
export const MAX_CENTRES = 200;

export interface Grown {
  answer: NeighborhoodResponse;
  merged: Merged;
}

/**
 * Asks for what the page lacks within `hops` of `nodes` (0: the nodes themselves and their
 * edges into the page) and merges it in. The caller tells the viewer (`viewer.grown()`).
 */
export async function addNeighborhood(
  graph: ViewGraph,
  nodes: string[],
  options: { hops: 0 | 1 | 2 | 3; via?: EdgeType[]; view: { sizeBy: SizeBy; colorBy: ColorBy } },
): Promise<Grown> {
  const answer = await getNeighborhood({ nodes: nodes.slice(0, MAX_CENTRES), hops: options.hops, via: options.via, have: graph.nodes() });
  return { answer, merged: mergeGraph(graph, answer.graph, options.view) };
}

/** Edges of `node` the page does not hold: its degree in the whole graph less its degree here. */
export function hiddenEdgesOf(graph: ViewGraph, node: string): number {
  if (!graph.hasNode(node)) return 0;
  return Math.max(0, graph.getNodeAttribute(node, 'degree') - graph.degree(node));
}
