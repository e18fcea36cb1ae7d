import { describe, expect, it } from 'vitest';

import { createGraph, type KgGraph } from '../../src/graph/build.ts';
import { graphMetrics, hasMetrics } from '../../src/graph/metrics.ts';
import { loadGraph } from '../../src/graph/store.ts';
import { metricsInWorker, shapeOf } from '../../src/pipeline/metrics-in-worker.ts';

const seedGraph = () => loadGraph(new URL('../../graph/', import.meta.url).pathname);

/** Two rings of counties joined by one bridge, with parallel edges, a self-loop and a missing weight. */
function rings(n: number): KgGraph {
  const graph = createGraph();
  const node = (key: string) => graph.addNode(key, { label: key, type: 'county', aliases: [], mentions: 1, articles: [], x: 0, y: 0, size: 3, color: '#888888' });
  for (let i = 0; i < 2 * n; i++) node(`县${i}`);
  node('孤点');
  for (let i = 0; i < n; i++) {
    graph.addDirectedEdge(`县${i}`, `县${(i + 1) % n}`, { type: 'partners_with', evidence: [], weight: 1 + (i % 3) });
    graph.addDirectedEdge(`县${n + i}`, `县${n + ((i + 1) % n)}`, { type: 'partners_with', evidence: [], weight: 2 });
  }
  graph.addDirectedEdge('县0', `县${n}`, { type: 'supports', evidence: [], weight: 1 });
  graph.addDirectedEdge('县0', `县${n}`, { type: 'invests_in', evidence: [], weight: 4 });
  graph.addDirectedEdge('县1', '县1', { type: 'supports', evidence: [], weight: 1 });
  graph.addDirectedEdge('县2', `县${n + 1}`, { type: 'supports', evidence: [] } as never);
  return graph;
}

describe('metricsInWorker', () => {
  it('gives the seed graph the metrics graphMetrics gives it, and leaves them on the graph', async () => {
    const [here, there] = [await seedGraph(), await seedGraph()];
    const expected = graphMetrics(here);
    expect(hasMetrics(there)).toBe(false);
    const metrics = await metricsInWorker(there);
    expect(metrics).toEqual(expected);
    expect(hasMetrics(there)).toBe(true);
    expect(graphMetrics(there)).toBe(metrics);
  });

  it('gives parallel edges, self-loops, missing weights and lone nodes the same metrics as graphMetrics', async () => {
    const [here, there] = [rings(40), rings(40)];
    const metrics = await metricsInWorker(there);
    expect(metrics).toEqual(graphMetrics(here));
    expect(metrics.communities).toBeGreaterThanOrEqual(3);
    expect(metrics.nodes.get('县1')!.degree).toBe(here.degree('县1'));
  });

  it('answers for an empty graph', async () => {
    expect(await metricsInWorker(createGraph())).toEqual({ nodes: new Map(), communities: 0, betweennessSampled: false });
  });
});

describe('shapeOf', () => {
  it('lists the nodes and each edge’s ends and weight in the graph’s order', () => {
    const graph = rings(2);
    const shape = shapeOf(graph);
    expect(shape.keys).toEqual(['县0', '县1', '县2', '县3', '孤点']);
    expect([...shape.sources]).toEqual([0, 2, 1, 3, 0, 0, 1, 2]);
    expect([...shape.targets]).toEqual([1, 3, 0, 2, 2, 2, 1, 3]);
    expect([...shape.weights]).toEqual([1, 2, 2, 2, 1, 4, 1, NaN]);
  });
});
