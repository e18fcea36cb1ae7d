import { describe, expect, it } from 'vitest';

import { resolveHighlight } from '../../web/src/highlight.ts';
import { loadGraph } from '../../web/src/load-graph.ts';
import { fixtureExport } from './fixture-graph.ts';

const graph = loadGraph(fixtureExport());

describe('resolveHighlight', () => {
  it('takes nodes and edge keys from the answer’s highlight', () => {
    const h = resolveHighlight(graph, { highlight: { nodes: ['天津市'], edges: ['策勒县|located_in|和田地区'] } });
    expect(h).toEqual({
      nodes: new Set(['天津市', '策勒县', '和田地区']),
      edges: new Set(['策勒县|located_in|和田地区']),
    });
  });

  it('matches path edges given as {source, target, type} in either direction', () => {
    const h = resolveHighlight(graph, {
      paths: [
        {
          nodes: ['天津市', '和田地区', '策勒县'],
          edges: [
            { source: '天津市', target: '和田地区', type: 'supports' },
            { source: '和田地区', target: '策勒县', type: 'located_in' },
          ],
        },
      ],
    });
    expect(h?.edges).toEqual(new Set(['天津市|supports|和田地区', '策勒县|located_in|和田地区']));
    expect(h?.nodes).toEqual(new Set(['天津市', '和田地区', '策勒县']));
  });

  it('drops names the graph does not have', () => {
    const h = resolveHighlight(graph, { highlight: { nodes: ['火星', { key: '江西省' }], edges: ['x|supports|y'] } });
    expect(h).toEqual({ nodes: new Set(['江西省']), edges: new Set() });
  });

  it('is null when the answer highlights nothing', () => {
    expect(resolveHighlight(graph, { kind: 'help', rows: [] })).toBeNull();
    expect(resolveHighlight(graph, { highlight: { nodes: [], edges: [] } })).toBeNull();
  });
});

describe('resolveHighlight with server path edges', () => {
  it('uses the edge key when the path edge carries one', () => {
    const h = resolveHighlight(graph, {
      paths: [{ nodes: ['天津市', '策勒县'], edges: [{ key: '天津市|supports|策勒县', source: '天津市', target: '策勒县' }] }],
    });
    expect(h?.edges).toEqual(new Set(['天津市|supports|策勒县']));
  });
});
