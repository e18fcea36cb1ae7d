import { describe, expect, it } from 'vitest';

import { InvalidInputError } from '../../src/errors.ts';
import { createGraph, type KgGraph } from '../../src/graph/build.ts';
import { layoutGraph } from '../../src/graph/layout.ts';
import { graphMetrics, hasMetrics, type GraphMetrics } from '../../src/graph/metrics.ts';
import { loadGraph } from '../../src/graph/store.ts';
import { layoutInWorker, startLayoutWorker } from '../../src/pipeline/layout-in-worker.ts';

const seedGraph = () => loadGraph(new URL('../../graph/', import.meta.url).pathname);

function positions(graph: KgGraph): Array<[string, number, number]> {
  return graph.mapNodes((node, a) => [node, a.x, a.y]);
}

/** A ring of `n` counties with a few chords, some edges without a weight: past 2,000 nodes ForceAtlas2 uses Barnes-Hut. */
function ring(n: number): KgGraph {
  const graph = createGraph();
  for (let i = 0; i < n; i++) graph.addNode(`县${i}`, { label: `县${i}`, type: 'county', aliases: [], mentions: 1, articles: [], x: 0, y: 0, size: 3 + (i % 5), color: '#888888' });
  for (let i = 0; i < n; i++) {
    graph.addDirectedEdgeWithKey(`r${i}`, `县${i}`, `县${(i + 1) % n}`, { type: 'partners_with', evidence: [], weight: 1 + (i % 3) });
    if (i % 7 === 0) graph.addDirectedEdgeWithKey(`c${i}`, `县${i}`, `县${(i * 13) % n}`, { type: 'supports', evidence: [] } as never);
  }
  return graph;
}

describe('layoutInWorker', () => {
  it('gives the seed graph the positions layoutGraph gives it', async () => {
    const [here, there] = [await seedGraph(), await seedGraph()];
    layoutGraph(here);
    await layoutInWorker(there);
    expect(positions(there)).toEqual(positions(here));
  });

  it('gives a 2,500-node graph (Barnes-Hut, missing weights) the positions layoutGraph gives it', async () => {
    const [here, there] = [ring(2500), ring(2500)];
    layoutGraph(here, { seed: 5, iterations: 8 });
    await layoutInWorker(there, { seed: 5, iterations: 8 });
    expect(positions(there)).toEqual(positions(here));
    expect(positions(there)).not.toEqual(positions((() => {
      const start = ring(2500);
      layoutGraph(start, { seed: 5, iterations: 0 });
      return start;
    })()));
  });

  it('leaves the starting points when there are no iterations, and an empty graph alone', async () => {
    const [here, there] = [ring(10), ring(10)];
    layoutGraph(here, { iterations: 0 });
    await layoutInWorker(there, { iterations: 0 });
    expect(positions(there)).toEqual(positions(here));
    await expect(layoutInWorker(createGraph())).resolves.toBeUndefined();
  });

  it('runs on a worker started before the graph was made, and stops it, laid out or not', async () => {
    const [here, there] = [ring(2500), ring(2500)];
    layoutGraph(here, { seed: 3, iterations: 6 });
    const started = startLayoutWorker();
    await layoutInWorker(there, { seed: 3, iterations: 6 }, started);
    expect(positions(there)).toEqual(positions(here));
    expect(started.worker.threadId).toBe(-1); // terminated
    const unused = startLayoutWorker();
    await layoutInWorker(ring(10), { iterations: 0 }, unused);
    expect(unused.worker.threadId).toBe(-1);
    const refused = startLayoutWorker();
    await expect(layoutInWorker(ring(3), { iterations: -1 }, refused)).rejects.toThrow(InvalidInputError);
    expect(refused.worker.threadId).toBe(-1);
  });

  it('sends the graph’s metrics first when asked: graphMetrics’ numbers, kept with the graph', async () => {
    const [here, there] = [ring(2500), ring(2500)];
    // Parallel and reversed edges, whose weights the metrics sum, and a self-loop, which counts in the degree only.
    for (const graph of [here, there]) {
      graph.addDirectedEdgeWithKey('p', '县1', '县2', { type: 'supports', evidence: [], weight: 4 });
      graph.addDirectedEdgeWithKey('q', '县2', '县1', { type: 'supports', evidence: [], weight: 2 });
      graph.addDirectedEdgeWithKey('s', '县3', '县3', { type: 'supports', evidence: [], weight: 1 });
    }
    layoutGraph(here, { seed: 2, iterations: 4 });
    let sent: GraphMetrics | undefined;
    await layoutInWorker(there, { seed: 2, iterations: 4, onMetrics: (metrics) => (sent = metrics) });
    expect(positions(there)).toEqual(positions(here));
    expect([...sent!.nodes]).toEqual([...graphMetrics(here).nodes]);
    expect(sent!.nodes.get('县3')!.degree).toBe(4);
    expect({ ...sent!, nodes: undefined }).toEqual({ ...graphMetrics(here), nodes: undefined });
    expect(hasMetrics(there)).toBe(true);
    expect(graphMetrics(there)).toBe(sent);
  });

  it('rejects bad options before starting a worker', async () => {
    await expect(layoutInWorker(ring(3), { iterations: -1 })).rejects.toThrow(InvalidInputError);
  });
});
