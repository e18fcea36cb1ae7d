// The view path queries walk: built at once, or in slices after a server starts; a query
// that comes first finishes it, and edges merged meanwhile are in it either way.
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';

import { createGraph, mergeExtraction } from '../../src/graph/build.ts';
import type { KgGraph } from '../../src/graph/build.ts';
import { traversalView, traversalViewSteps, warmTraversalView } from '../../src/query/traversal-view.ts';
import { EXTRACTION_1, EXTRACTION_2 } from '../graph/fixtures.ts';
import { seedGraph } from './seed-graph.ts';

/** The undirected simple graph of `graph` without self-loops, built by hand. */
function expectedView(graph: KgGraph): string[] {
  const view = new UndirectedGraph();
  graph.forEachNode((node) => view.addNode(node));
  graph.forEachEdge((_e, _a, source, target) => {
    if (source !== target) view.mergeEdge(source, target);
  });
  return shape(view);
}

function shape(view: UndirectedGraph | ReturnType<typeof traversalView>): string[] {
  return [...view.nodes().map((n) => `node ${n}`), ...view.mapEdges((_e, _a, s, t) => `edge ${[s, t].sort().join(' ~ ')}`)].sort();
}

describe('warmTraversalView', () => {
  it('builds, a slice at a time, the view traversalView gives', async () => {
    const seed = await seedGraph();
    const graph = seed.copy() as KgGraph;
    await warmTraversalView(graph, { directed: false }, 0);
    expect(shape(traversalView(graph, { directed: false }))).toEqual(expectedView(seed));
  });

  it('waits while told to hold off, then builds the view', async () => {
    const seed = await seedGraph();
    const graph = seed.copy() as KgGraph;
    let holding = true;
    let done = false;
    const warming = warmTraversalView(graph, { directed: false }, 1, () => holding).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(done).toBe(false);
    holding = false;
    await warming;
    expect(shape(traversalView(graph, { directed: false }))).toEqual(expectedView(seed));
  });

  it('is finished by a query that needs it first, with the edges merged meanwhile', async () => {
    const graph = (await seedGraph()).copy() as KgGraph;
    const warming = warmTraversalView(graph, { directed: false }, 0);
    mergeExtraction(graph, EXTRACTION_1);
    const view = traversalView(graph, { directed: false });
    expect(shape(view)).toEqual(expectedView(graph));
    mergeExtraction(graph, EXTRACTION_2);
    await warming;
    expect(traversalView(graph, { directed: false })).toBe(view);
    expect(shape(view)).toEqual(expectedView(graph));
  });

  it('is finished a batch per step by a search that pauses', () => {
    // A chain of 3,000 counties: 5,999 nodes and edges to add, 1,024 a batch.
    const graph = createGraph();
    for (let i = 0; i < 3000; i++) graph.addNode(`县${i}`, { type: 'county', name: `县${i}` } as never);
    for (let i = 1; i < 3000; i++) graph.addEdge(`县${i - 1}`, `县${i}`, { type: 'partners_with' } as never);
    const steps = traversalViewSteps(graph, { directed: false });
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(5);
    expect(shape(step.value)).toEqual(expectedView(graph));
    expect(traversalView(graph, { directed: false })).toBe(step.value);
  });

  it('gives an empty graph an empty view', async () => {
    const graph = createGraph();
    await warmTraversalView(graph, { directed: false }, 5);
    expect(traversalView(graph, { directed: false }).order).toBe(0);
  });
});
