// The integer rows path queries walk: each node's neighbours along the edges a query may
// follow, once each, for both direction modes and edge-type filters; kept while the graph
// is unchanged, built again after it changes, and built in steps that pause.
import { describe, expect, it } from 'vitest';

import { createGraph } from '../../src/graph/build.ts';
import type { KgGraph } from '../../src/graph/build.ts';
import { pathIndex, pathIndexSteps, warmPathIndex } from '../../src/query/path-index.ts';
import type { PathIndex } from '../../src/query/path-index.ts';
import { traversalView } from '../../src/query/traversal-view.ts';
import type { TraversalOptions } from '../../src/query/traversal-view.ts';
import { seedGraph } from './seed-graph.ts';
import { addCountyChain, runCountingPauses } from './tiny-graph.ts';

type Rows = Record<string, { out: string[]; in: string[] }>;

/** Each node's rows read back by key, sorted. */
function rowsOf(index: PathIndex): Rows {
  const rows: Rows = {};
  index.keys.forEach((key, i) => {
    const keysOf = (list: Int32Array, start: Int32Array) => [...list.subarray(start[i]!, start[i + 1]!)].map((n) => index.keys[n]!).sort();
    rows[key] = { out: keysOf(index.out, index.outStart), in: keysOf(index.in, index.inStart) };
  });
  return rows;
}

/** The same from graphology's simple-graph view of the graph (traversal-view.ts), made independently. */
function rowsOfView(graph: KgGraph, options: TraversalOptions): Rows {
  const view = traversalView(graph, options);
  return Object.fromEntries(view.nodes().map((node) => [node, { out: view.outboundNeighbors(node).sort(), in: view.inboundNeighbors(node).sort() }]));
}

const OPTIONS: TraversalOptions[] = [
  { directed: false },
  { directed: true },
  { directed: true, edgeTypes: ['supports', 'partners_with'] },
  { directed: false, edgeTypes: ['located_in'] },
];

describe('pathIndex', () => {
  it('lists each node’s neighbours once and in order, along the edges the options follow', async () => {
    const graph = (await seedGraph()).copy() as KgGraph;
    for (const options of OPTIONS) {
      const index = pathIndex(graph, options);
      expect(index.keys).toEqual(graph.nodes());
      expect(rowsOf(index)).toEqual(rowsOfView(graph, options));
      for (let i = 0; i < index.keys.length; i++) {
        // Once each, in index order (searches look a node up in a row by halving it).
        const row = [...index.out.subarray(index.outStart[i]!, index.outStart[i + 1]!)];
        expect(row.every((n, k) => k === 0 || n > row[k - 1]!)).toBe(true);
      }
    }
    // Parallel edges are one step: the seed graph has node pairs joined by two edge types.
    expect(pathIndex(graph, { directed: false }).out.length).toBeLessThan(2 * graph.size);
  });

  it('is kept while the graph is unchanged, and built again after it grows or loses an edge', async () => {
    const graph = (await seedGraph()).copy() as KgGraph;
    const options = { directed: false };
    const before = pathIndex(graph, options);
    expect(pathIndex(graph, { directed: false, edgeTypes: [] })).toBe(before);
    const [somewhere] = graph.nodes();
    graph.addNode('新建县', { type: 'county', name: '新建县' } as never);
    const edge = graph.addEdge(somewhere!, '新建县', { type: 'supports' } as never);
    const grown = pathIndex(graph, options);
    expect(grown).not.toBe(before);
    expect(grown.keys).toEqual([...before.keys, '新建县']);
    expect(rowsOf(grown)).toEqual(rowsOfView(graph, options));
    graph.dropEdge(edge);
    graph.addEdge('新建县', somewhere!, { type: 'located_in' } as never);
    // Same order and size as before the drop: the drop itself must empty the cache.
    const swapped = pathIndex(graph, { directed: true });
    expect(rowsOf(swapped)['新建县']).toEqual({ out: [somewhere], in: [] });
  });

  it('pauses while it builds, and a build that edges were added during is built again with them', () => {
    // A chain of 9,000 counties: 4,096 nodes or edges read between pauses.
    const graph = addCountyChain(createGraph(), 9000);
    const { pauses, value } = runCountingPauses(pathIndexSteps(graph, { directed: false }), (pause) => {
      if (pause === 2) graph.addEdge('县0', '县8999', { type: 'partners_with' } as never);
    });
    expect(pauses).toBeGreaterThan(4);
    expect(rowsOf(value)['县0']!.out).toEqual(['县1', '县8999']);
    expect(value.out.length).toBe(2 * graph.size);
  });

  it('is warmed in slices, waiting while told to hold off', async () => {
    const graph = (await seedGraph()).copy() as KgGraph;
    let holding = true;
    let done = false;
    const warming = warmPathIndex(graph, { directed: false }, 1, () => holding).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(done).toBe(false);
    holding = false;
    await warming;
    // Built already: the first step returns it.
    expect(pathIndexSteps(graph, { directed: false }).next()).toMatchObject({ done: true, value: pathIndex(graph, { directed: false }) });
  });
});
