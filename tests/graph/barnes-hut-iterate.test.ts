import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

import { barnesHutIterate, barnesHutScratch, isBarnesHutCase } from '../../src/graph/barnes-hut-iterate.ts';
import { createGraph, type KgGraph } from '../../src/graph/build.ts';
import { prepareLayout, type ForceAtlas2Settings } from '../../src/graph/layout.ts';

const require = createRequire(import.meta.url);
const libraryIterate = require('graphology-layout-forceatlas2/iterate.js') as (s: ForceAtlas2Settings, n: Float32Array, e: Float32Array) => void;
const helpers = require('graphology-layout-forceatlas2/helpers.js') as {
  graphToByteArrays(graph: KgGraph, weight: (edge: string, attributes: { weight: number }) => number): { nodes: Float32Array; edges: Float32Array };
};

/**
 * 3,000 places: chains under a few hubs (as counties lie in prefectures), chords between chains,
 * weights from 1 to 7, and a dozen nodes stacked on one point, which the quadtree cannot split.
 */
function places(): KgGraph {
  const graph = createGraph();
  const n = 3000;
  for (let i = 0; i < n; i++) graph.addNode(`地${i}`, { label: `地${i}`, type: 'county', aliases: [], mentions: 1, articles: [], x: 0, y: 0, size: 3, color: '#888888' });
  for (let i = 0; i < n; i++) {
    const hub = `地${i % 12}`;
    if (hub !== `地${i}`) graph.addDirectedEdgeWithKey(`h${i}`, `地${i}`, hub, { type: 'located_in', evidence: [], weight: 1 + (i % 7) });
    if (i % 5 === 0) graph.addDirectedEdgeWithKey(`c${i}`, `地${i}`, `地${(i * 37 + 11) % n}`, { type: 'partners_with', evidence: [], weight: 2 });
  }
  return graph;
}

function matrices(graph: KgGraph): { settings: ForceAtlas2Settings; nodes: Float32Array; edges: Float32Array } {
  const plan = prepareLayout(graph, { seed: 3 })!;
  const { nodes, edges } = helpers.graphToByteArrays(graph, (_edge, attributes) => attributes.weight);
  for (let i = 100; i < 112; i++) {
    nodes[i * 10] = 40;
    nodes[i * 10 + 1] = -40;
  }
  return { settings: plan.settings, nodes, edges };
}

/** The node matrix as its bits, so that any difference in any float shows. */
const bits = (nodes: Float32Array) => Array.from(new Uint32Array(nodes.buffer, nodes.byteOffset, nodes.length));

describe('barnesHutIterate', () => {
  it('computes the library’s iterations bit for bit on a Barnes-Hut graph', () => {
    const library = matrices(places());
    const ours = matrices(places());
    expect(isBarnesHutCase(ours.settings)).toBe(true);
    const scratch = barnesHutScratch();
    const start = bits(ours.nodes);
    for (let i = 0; i < 40; i++) {
      libraryIterate(library.settings, library.nodes, library.edges);
      barnesHutIterate(ours.settings, ours.nodes, ours.edges, scratch);
    }
    expect(bits(ours.nodes)).toEqual(bits(library.nodes));
    expect(bits(ours.nodes)).not.toEqual(start);
  });

  it('hands settings it does not compute to the library', () => {
    const changes: ForceAtlas2Settings[] = [{ adjustSizes: true }, { linLogMode: true }, { outboundAttractionDistribution: true }, { strongGravityMode: false }, { barnesHutOptimize: false }];
    for (const change of changes) {
      const library = matrices(places());
      const ours = matrices(places());
      const settings = { ...ours.settings, ...change };
      expect(isBarnesHutCase(settings)).toBe(false);
      for (let i = 0; i < 3; i++) {
        libraryIterate(settings, library.nodes, library.edges);
        barnesHutIterate(settings, ours.nodes, ours.edges, barnesHutScratch());
      }
      expect(bits(ours.nodes)).toEqual(bits(library.nodes));
    }
  });
});
