// A small laid-out graph for the export tests.
import { buildGraph, type KgGraph } from '../../src/graph/build.ts';
import { layoutGraph } from '../../src/graph/layout.ts';
import { EXTRACTION_1, EXTRACTION_2 } from '../graph/fixtures.ts';

export function fixtureGraph(): KgGraph {
  const graph = buildGraph([EXTRACTION_1, EXTRACTION_2]);
  layoutGraph(graph, { seed: 1, iterations: 50 });
  return graph;
}
