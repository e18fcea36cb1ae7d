import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';

import { loadGraph } from '../../web/src/load-graph.ts';
import { toGexf } from '../../src/export/to-gexf.ts';
import { visibleSubgraph } from '../../web/src/visible-subgraph.ts';
import { fixtureExport } from './fixture-graph.ts';

const graph = loadGraph(fixtureExport());

describe('visibleSubgraph', () => {
  it('drops hidden nodes, their edges and hidden edge types, and restores `type`', () => {
    const sub = visibleSubgraph(graph, new Set(['策勒县第一小学']), new Set(['located_in']));
    expect(sub.order).toBe(5);
    expect(sub.edges().sort()).toEqual(['天津市|supports|和田地区', '天津市|supports|策勒县', '江西省|supports|阿克陶县']);
    expect(sub.getNodeAttribute('天津市', 'type')).toBe('province');
    expect(sub.getEdgeAttribute('天津市|supports|策勒县', 'type')).toBe('supports');
  });
});

describe('visibleSubgraph with the project GEXF writer', () => {
  it('gives GEXF that parses back with positions, types and evidence', () => {
    const xml = toGexf(visibleSubgraph(graph, new Set(), new Set()));
    const back = parse(MultiDirectedGraph, xml);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttributes('江西省')).toMatchObject({ type: 'province', x: -20, y: 20, label: '江西省' });
    expect(back.getEdgeAttribute('天津市|supports|策勒县', 'evidence')).toContain('天津援建策勒县。');
    expect(back.getEdgeAttribute('天津市|supports|策勒县', 'type')).toBe('supports');
  });
});
