// The figures of a node's aid and investment edges, for its panel: who gave or received what,
// grouped by the other end. Pure: read from the loaded graph, tested in Node.
import type { AmountFactBody } from '../../src/api/contract.ts';
import type { ViewGraph } from './load-graph.ts';

export interface NodeFigures {
  edge: string;
  edgeKind: string;
  /** `out`: this node gave (江西省 → 阿克陶县); `in`: it received. */
  direction: 'out' | 'in';
  other: string;
  otherLabel: string;
  facts: AmountFactBody[];
}

/** Outgoing first, then by the other end's name. */
export function nodeFigures(graph: ViewGraph, node: string): NodeFigures[] {
  if (!graph.hasNode(node)) return [];
  const figures: NodeFigures[] = [];
  graph.forEachEdge(node, (edge, a, source, target) => {
    if (!a.amounts?.length) return;
    const direction = source === node ? 'out' : 'in';
    const other = direction === 'out' ? target : source;
    figures.push({ edge, edgeKind: a.kind, direction, other, otherLabel: graph.getNodeAttribute(other, 'label'), facts: a.amounts });
  });
  return figures.sort((x, y) => (x.direction === y.direction ? x.otherLabel.localeCompare(y.otherLabel, 'zh') : x.direction === 'out' ? -1 : 1));
}
