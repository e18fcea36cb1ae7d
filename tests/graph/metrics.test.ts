import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';

import { createGraph } from '../../src/graph/build.ts';
import { graphMetrics, nodeMetrics, sampledBetweenness } from '../../src/graph/metrics.ts';
import { addEdge, tinyGraph } from '../query/tiny-graph.ts';

const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

// A path a — b — c — d with a pendant e on c: b and c carry every path across.
function pathGraph() {
  const graph = createGraph();
  for (const key of ['a', 'b', 'c', 'd', 'e'])
    graph.addNode(key, { label: key, type: 'county', aliases: [], mentions: 1, articles: [], x: 0, y: 0, size: 1, color: '#000' });
  addEdge(graph, 'a', 'located_in', 'b');
  addEdge(graph, 'b', 'located_in', 'c');
  addEdge(graph, 'd', 'located_in', 'c');
  addEdge(graph, 'e', 'located_in', 'c');
  return graph;
}

describe('graphMetrics', () => {
  it('gives an empty graph no metrics rather than throwing', () => {
    expect(graphMetrics(createGraph())).toEqual({ nodes: new Map(), communities: 0, betweennessSampled: false });
  });

  it('gives every node its degree, PageRank, betweenness and community', () => {
    const metrics = graphMetrics(pathGraph());
    expect([...metrics.nodes.keys()]).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect([...metrics.nodes.values()].map((m) => m.degree)).toEqual([1, 2, 3, 1, 1]);
    // Normalised over (n-1)(n-2) ordered pairs: c lies on 5 of the 6 unordered pairs' paths it does not end.
    expect(metrics.nodes.get('c')!.betweenness).toBeCloseTo(10 / 12);
    expect(metrics.nodes.get('b')!.betweenness).toBeCloseTo(6 / 12);
    expect(metrics.nodes.get('a')!.betweenness).toBe(0);
    // Everything points at c.
    const ranks = [...metrics.nodes.entries()].sort((x, y) => y[1].pagerank - x[1].pagerank).map(([node]) => node);
    expect(ranks[0]).toBe('c');
    expect(metrics.betweennessSampled).toBe(false);
  });

  it('numbers communities from the largest, the same on every run', () => {
    const graph = tinyGraph();
    const first = graphMetrics(graph, { seed: 1 });
    const again = graphMetrics(graph, { seed: 1 });
    expect([...again.nodes.entries()]).toEqual([...first.nodes.entries()]);
    const sizes = new Map<number, number>();
    for (const m of first.nodes.values()) sizes.set(m.community, (sizes.get(m.community) ?? 0) + 1);
    const bySize = [...sizes.entries()].sort((a, b) => a[0] - b[0]).map(([, size]) => size);
    expect(bySize).toEqual([...bySize].sort((a, b) => b - a));
    expect(first.communities).toBe(sizes.size);
    // 和田地区's counties and their institutions stay together; 克州's side is another community.
    expect(first.nodes.get('策勒县')!.community).toBe(first.nodes.get('策勒县第一小学')!.community);
    expect(first.nodes.get('阿克陶县')!.community).not.toBe(first.nodes.get('策勒县')!.community);
  });

  it('is computed once per graph version and again after a change', () => {
    const graph = pathGraph();
    const before = graphMetrics(graph);
    expect(graphMetrics(graph)).toBe(before);
    addEdge(graph, 'a', 'supports', 'd', 2);
    const after = graphMetrics(graph);
    expect(after).not.toBe(before);
    expect(after.nodes.get('a')!.degree).toBe(2);
    expect(nodeMetrics(graph, 'a')).toEqual(after.nodes.get('a'));
    // Moving nodes changes no metric.
    graph.setNodeAttribute('a', 'x', 10);
    expect(graphMetrics(graph)).toBe(after);
  });

  it('estimates betweenness from sampled sources on big graphs, flagged as sampled', () => {
    const metrics = graphMetrics(tinyGraph(), { betweennessSources: 5 });
    expect(metrics.betweennessSampled).toBe(true);
    expect([...metrics.nodes.values()].some((m) => m.betweenness > 0)).toBe(true);
  });
});

describe('sampledBetweenness', () => {
  it('equals graphology’s exact betweenness when every node is a source', () => {
    const graph = new UndirectedGraph();
    tinyGraph().forEachEdge((_e, _a, source, target) => {
      graph.mergeNode(source);
      graph.mergeNode(target);
      graph.mergeEdge(source, target);
    });
    const exact = betweennessCentrality(graph, { getEdgeWeight: null });
    const sampled = sampledBetweenness(graph, graph.order);
    for (const node of graph.nodes()) expect(sampled[node], node).toBeCloseTo(exact[node]!, 10);
  });
});
