import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';

import { onGraphChange } from '../../src/graph/on-graph-change.ts';

describe('onGraphChange', () => {
  it('is called for every kind of change: nodes, edges, their attributes, in bulk, and clearing', () => {
    const graph = new MultiDirectedGraph();
    let calls = 0;
    onGraphChange(graph, () => calls++);
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
      expect(calls, `step ${i}`).toBeGreaterThan(i);
      calls = i + 1;
    });
  });
});
