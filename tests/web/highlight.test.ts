import { describe, expect, it } from 'vitest';

import { resolveHighlight } from '../../web/src/highlight.ts';
import { loadGraph } from '../../web/src/load-graph.ts';
import { fixtureExport } from './fixture-graph.ts';

const graph = loadGraph(fixtureExport());
const none = { nodes: [], edges: [] };

describe('resolveHighlight', () => {
  it('takes nodes and edge keys from the answer’s highlight, with the ends of each edge', () => {
    const h = resolveHighlight(graph, { highlight: { nodes: ['天津市'], edges: ['策勒县|located_in|和田地区'] } });
    expect(h).toEqual({
      nodes: new Set(['天津市', '策勒县', '和田地区']),
      edges: new Set(['策勒县|located_in|和田地区']),
    });
  });

  it('adds every path’s nodes and edges by key', () => {
    const step = (key: string, source: string, target: string, type: 'supports' | 'located_in', direction: 'forward' | 'backward') => ({
      key,
      source,
      target,
      type,
      direction,
      weight: 1,
      evidence: [],
    });
    const h = resolveHighlight(graph, {
      highlight: none,
      paths: [
        {
          nodes: ['天津市', '和田地区', '策勒县'],
          edges: [
            step('天津市|supports|和田地区', '天津市', '和田地区', 'supports', 'forward'),
            step('策勒县|located_in|和田地区', '策勒县', '和田地区', 'located_in', 'backward'),
          ],
          length: 2,
          weight: 2,
        },
      ],
    });
    expect(h).toEqual({
      nodes: new Set(['天津市', '和田地区', '策勒县']),
      edges: new Set(['天津市|supports|和田地区', '策勒县|located_in|和田地区']),
    });
  });

  it('drops keys the graph does not have', () => {
    const h = resolveHighlight(graph, { highlight: { nodes: ['火星', '江西省'], edges: ['x|supports|y'] } });
    expect(h).toEqual({ nodes: new Set(['江西省']), edges: new Set() });
  });

  it('is null when the answer highlights nothing', () => {
    expect(resolveHighlight(graph, { highlight: none })).toBeNull();
    expect(resolveHighlight(graph, { highlight: none, paths: [] })).toBeNull();
  });
});
