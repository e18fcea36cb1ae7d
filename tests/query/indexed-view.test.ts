// The integer adjacency path searches walk: the same neighbours in the same order as the
// view, rebuilt when the view grows, and built in steps that pause.
import { describe, expect, it } from 'vitest';

import { createGraph } from '../../src/graph/build.ts';
import { indexedView, indexedViewSteps, warmIndexedView } from '../../src/query/indexed-view.ts';
import type { IndexedView } from '../../src/query/indexed-view.ts';
import { traversalView } from '../../src/query/traversal-view.ts';
import type { TraversalView } from '../../src/query/traversal-view.ts';
import { seedGraph } from './seed-graph.ts';

/** Each node's outbound and inbound neighbours as read from the index, by key. */
function rowsOf(index: IndexedView): Record<string, { out: string[]; in: string[] }> {
  const rows: Record<string, { out: string[]; in: string[] }> = {};
  index.keys.forEach((key, i) => {
    const keysOf = (list: Int32Array, start: Int32Array) => [...list.subarray(start[i]!, start[i + 1]!)].map((n) => index.keys[n]!);
    rows[key] = { out: keysOf(index.out, index.outStart), in: keysOf(index.in, index.inStart) };
  });
  return rows;
}

function rowsOfView(view: TraversalView): Record<string, { out: string[]; in: string[] }> {
  return Object.fromEntries(view.nodes().map((node) => [node, { out: view.outboundNeighbors(node), in: view.inboundNeighbors(node) }]));
}

describe('indexedView', () => {
  it('lists every node with its neighbours in the view’s own order, undirected and directed', async () => {
    const graph = (await seedGraph()).copy() as Awaited<ReturnType<typeof seedGraph>>;
    for (const view of [traversalView(graph, { directed: false }), traversalView(graph, { directed: true })]) {
      const index = indexedView(view);
      expect(index.keys).toEqual(view.nodes());
      expect(rowsOf(index)).toEqual(rowsOfView(view));
      // Directed: partners_with counts both ways, other edges one way.
      if (view.type === 'directed') expect(index.out).not.toEqual(index.in);
    }
  });

  it('is kept while the view is unchanged and built again once it has grown', async () => {
    const graph = (await seedGraph()).copy() as Awaited<ReturnType<typeof seedGraph>>;
    const view = traversalView(graph, { directed: false });
    const before = indexedView(view);
    expect(indexedView(view)).toBe(before);
    const [somewhere] = graph.nodes();
    graph.addNode('新建县', { type: 'county', name: '新建县' } as never);
    graph.addEdge(somewhere!, '新建县', { type: 'supports' } as never);
    const after = indexedView(view);
    expect(after).not.toBe(before);
    expect(after.keys).toEqual([...before.keys, '新建县']);
    expect(rowsOf(after)).toEqual(rowsOfView(view));
  });

  it('pauses while it builds, and a build interrupted by new edges is built again with them', () => {
    // A chain of 3,000 counties: 512 nodes' rows between pauses.
    const graph = createGraph();
    for (let i = 0; i < 3000; i++) graph.addNode(`县${i}`, { type: 'county', name: `县${i}` } as never);
    for (let i = 1; i < 3000; i++) graph.addEdge(`县${i - 1}`, `县${i}`, { type: 'partners_with' } as never);
    const view = traversalView(graph, { directed: false });
    const steps = indexedViewSteps(view);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) {
      if (++pauses === 2) graph.addEdge('县0', '县2999', { type: 'partners_with' } as never);
    }
    expect(pauses).toBeGreaterThan(5);
    expect(rowsOf(step.value)).toEqual(rowsOfView(view));
    expect(rowsOf(step.value)['县0']!.out).toEqual(['县1', '县2999']);
  });

  it('is warmed in slices, waiting while told to hold off', async () => {
    const graph = (await seedGraph()).copy() as Awaited<ReturnType<typeof seedGraph>>;
    const view = traversalView(graph, { directed: false });
    let holding = true;
    let done = false;
    const warming = warmIndexedView(view, 1, () => holding).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(done).toBe(false);
    holding = false;
    await warming;
    const steps = indexedViewSteps(view);
    // Built already: the first step returns it.
    expect(steps.next()).toMatchObject({ done: true, value: indexedView(view) });
  });
});
