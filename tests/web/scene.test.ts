import { describe, expect, it } from 'vitest';

import { loadGraph } from '../../web/src/load-graph.ts';
import { reach, sceneNodes, withExpansion } from '../../web/src/scene.ts';
import { fixtureExport } from './fixture-graph.ts';

const graph = loadGraph(fixtureExport());
const none = new Set<string>();

describe('reach', () => {
  it('walks 1, 2 or 3 hops out over edges of either direction', () => {
    expect(reach(graph, { node: '策勒县', hops: 1, via: [] }, none)).toEqual(new Set(['策勒县', '天津市', '和田地区', '策勒县第一小学']));
    expect(reach(graph, { node: '和田地区', hops: 1, via: [] }, none)).toEqual(new Set(['和田地区', '天津市', '策勒县']));
    expect(reach(graph, { node: '和田地区', hops: 2, via: [] }, none)).toEqual(new Set(['和田地区', '天津市', '策勒县', '策勒县第一小学']));
  });

  it('follows only the edge types asked for, and none the filters hide', () => {
    expect(reach(graph, { node: '策勒县', hops: 3, via: ['located_in'] }, none)).toEqual(new Set(['策勒县', '和田地区', '策勒县第一小学']));
    expect(reach(graph, { node: '策勒县', hops: 1, via: [] }, new Set(['supports']))).toEqual(new Set(['策勒县', '和田地区', '策勒县第一小学']));
  });

  it('is empty for a node the graph lacks', () => {
    expect(reach(graph, { node: '火星', hops: 1, via: [] }, none)).toEqual(new Set());
  });
});

describe('sceneNodes', () => {
  it('unites every expansion and the pins', () => {
    const scene = sceneNodes(graph, [{ node: '江西省', hops: 1, via: [] }], new Set(['天津市', '火星']), none);
    expect(scene).toEqual(new Set(['江西省', '阿克陶县', '天津市']));
  });
});

describe('withExpansion', () => {
  it('replaces a node’s expansion, and removes it at 0 hops', () => {
    const one = withExpansion([], { node: 'a', hops: 1, via: [] });
    const two = withExpansion([...one, { node: 'b', hops: 1, via: [] }], { node: 'a', hops: 3, via: ['supports'] });
    expect(two).toEqual([
      { node: 'b', hops: 1, via: [] },
      { node: 'a', hops: 3, via: ['supports'] },
    ]);
    expect(withExpansion(two, { node: 'a', hops: 0 })).toEqual([{ node: 'b', hops: 1, via: [] }]);
  });
});
