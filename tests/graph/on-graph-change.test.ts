import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';

import { graphRevision } from '../../src/graph/on-graph-change.ts';

describe('graphRevision', () => {
  it('changes with every kind of change: nodes, edges, their attributes, in bulk, and clearing', () => {
    const graph = new MultiDirectedGraph();
    let seen = graphRevision(graph);
    const steps: Array<() => void> = [
      () => graph.addNode('阿克苏地区', { type: 'prefecture' }),
      () => graph.addNode('浙江省', { type: 'province' }),
      () => graph.addEdgeWithKey('浙江省|supports|阿克苏地区', '浙江省', '阿克苏地区', { type: 'supports' }),
      () => graph.setNodeAttribute('阿克苏地区', 'mentions', 3),
      () => graph.setEdgeAttribute('浙江省|supports|阿克苏地区', 'weight', 2),
      () => graph.updateEachNodeAttributes((_n, a) => a),
      () => graph.updateEachEdgeAttributes((_e, a) => a),
      () => graph.setAttribute('articleDates', {}),
      () => graph.dropEdge('浙江省|supports|阿克苏地区'),
      () => graph.dropNode('浙江省'),
      () => graph.clearEdges(),
      () => graph.clear(),
    ];
    steps.forEach((step, i) => {
      step();
      expect(graphRevision(graph), `step ${i}`).not.toBe(seen);
      seen = graphRevision(graph);
    });
  });

  it('stays the same while nothing changes, and adds its listeners once however often it is asked', () => {
    const graph = new MultiDirectedGraph();
    graph.addNode('和田地区');
    const first = graphRevision(graph);
    for (let i = 0; i < 50; i++) expect(graphRevision(graph)).toBe(first);
    expect(graph.listenerCount('nodeAdded')).toBe(1);
    expect(graph.listenerCount('edgeAttributesUpdated')).toBe(1);
  });
});
