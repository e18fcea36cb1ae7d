// The view the supporters and containment searches walk: the graph's edges between two
// different nodes, each pair once, built at once or a batch per step, grown in place as
// edges are merged.
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';

import { createGraph, mergeExtraction } from '../../src/graph/build.ts';
import type { KgGraph } from '../../src/graph/build.ts';
import { traversalView, traversalViewSteps } from '../../src/query/traversal-view.ts';
import { EXTRACTION_1, EXTRACTION_2 } from '../graph/fixtures.ts';
import { seedGraph } from './seed-graph.ts';
import { addCountyChain, runCountingPauses } from './tiny-graph.ts';

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

describe('traversalView', () => {
  it('holds every node and, once, every edge between two different nodes', async () => {
    const graph = (await seedGraph()).copy() as KgGraph;
    expect(shape(traversalView(graph, { directed: false }))).toEqual(expectedView(graph));
  });

  it('is kept, and grown in place with the edges merged after it was made', async () => {
    const graph = (await seedGraph()).copy() as KgGraph;
    const view = traversalView(graph, { directed: false });
    mergeExtraction(graph, EXTRACTION_1);
    mergeExtraction(graph, EXTRACTION_2);
    expect(traversalView(graph, { directed: false })).toBe(view);
    expect(shape(view)).toEqual(expectedView(graph));
  });

  it('is built a batch per step by a search that pauses', () => {
    // A chain of 3,000 counties: 5,999 nodes and edges to add, 1,024 a batch.
    const graph = addCountyChain(createGraph(), 3000);
    const { pauses, value } = runCountingPauses(traversalViewSteps(graph, { directed: false }));
    expect(pauses).toBe(5);
    expect(shape(value)).toEqual(expectedView(graph));
    expect(traversalView(graph, { directed: false })).toBe(value);
  });

  it('gives an empty graph an empty view', () => {
    expect(traversalView(createGraph(), { directed: false }).order).toBe(0);
  });
});
