// The one threshold past which the viewer draws cheaply: smaller dots, fewer labels, plain
// edge lines, edges hidden while the camera moves, hover applied only once the pointer rests.

export const BIG_GRAPH_NODES = 5_000;
// Edges cost most to draw: a big graph's 10,749-edge overview panned three times faster drawn
// cheaply (software WebGL, same run).
export const BIG_GRAPH_EDGES = 10_000;

export function isBigGraph(graph: { order: number; size: number }): boolean {
  return graph.order > BIG_GRAPH_NODES || graph.size > BIG_GRAPH_EDGES;
}
