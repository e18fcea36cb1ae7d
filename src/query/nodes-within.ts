// What lies in an area: everything with a located_in / part_of chain into it.
import { bfsFromNode } from 'graphology-traversal';

import type { KgGraph } from '../graph/build.ts';
import type { NodeType } from '../types.ts';
import { AREA_TREE, traversalView } from './traversal-view.ts';

/** Nodes inside `area` (not the area itself), optionally of one type, nearest first. */
export function nodesWithin(graph: KgGraph, area: string, type?: NodeType): string[] {
  const tree = traversalView(graph, AREA_TREE);
  const inside: string[] = [];
  bfsFromNode(
    tree,
    area,
    (node) => {
      if (node !== area && (type === undefined || graph.getNodeAttribute(node, 'type') === type)) inside.push(node);
    },
    { mode: 'inbound' },
  );
  return inside;
}
