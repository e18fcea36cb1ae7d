// How many nodes and edges of each type are shown, so the legend and the status line follow the filters.
import type { ViewEdgeAttributes, ViewGraph } from './load-graph.ts';

export interface VisibleCounts {
  nodes: number;
  edges: number;
  nodeTypes: Map<string, number>;
  edgeTypes: Map<string, number>;
  /** Nodes shown per community. */
  communities: Map<number, number>;
}

/** `edgeShown` adds a rule of its own (the time slicer's) to the edge types and hidden ends. */
export function visibleCounts(
  graph: ViewGraph,
  hiddenNodes: ReadonlySet<string>,
  hiddenEdgeTypes: ReadonlySet<string>,
  edgeShown: (edge: string, attributes: ViewEdgeAttributes) => boolean = () => true,
): VisibleCounts {
  const counts: VisibleCounts = { nodes: 0, edges: 0, nodeTypes: new Map(), edgeTypes: new Map(), communities: new Map() };
  const add = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  graph.forEachNode((node, a) => {
    if (hiddenNodes.has(node)) return;
    counts.nodes++;
    add(counts.nodeTypes, a.kind);
    add(counts.communities, a.community);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (hiddenEdgeTypes.has(a.kind) || hiddenNodes.has(source) || hiddenNodes.has(target) || !edgeShown(edge, a)) return;
    counts.edges++;
    add(counts.edgeTypes, a.kind);
  });
  return counts;
}

/** Communities by size in the whole graph, with the best-connected member to name each. */
export function communityList(graph: ViewGraph): Array<{ community: number; size: number; example: string }> {
  const found = new Map<number, { community: number; size: number; example: string; degree: number }>();
  graph.forEachNode((_node, a) => {
    const entry = found.get(a.community);
    if (!entry) found.set(a.community, { community: a.community, size: 1, example: a.label, degree: a.degree });
    else {
      entry.size++;
      if (a.degree > entry.degree) Object.assign(entry, { example: a.label, degree: a.degree });
    }
  });
  return [...found.values()].sort((x, y) => x.community - y.community).map(({ community, size, example }) => ({ community, size, example }));
}
