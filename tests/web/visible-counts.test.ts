import { describe, expect, it } from 'vitest';

import { loadGraph } from '../../web/src/load-graph.ts';
import { communityList, visibleCounts } from '../../web/src/visible-counts.ts';
import { fixtureExport } from './fixture-graph.ts';

describe('visibleCounts', () => {
  it('counts what the filters leave, per type', () => {
    const graph = loadGraph(fixtureExport());
    const counts = visibleCounts(graph, new Set(['天津市']), new Set(['located_in']));
    expect(counts.nodes).toBe(5);
    expect(counts.edges).toBe(1);
    expect(counts.nodeTypes).toEqual(new Map([['province', 1], ['prefecture', 1], ['county', 2], ['school', 1]]));
    expect(counts.edgeTypes).toEqual(new Map([['supports', 1]]));
  });
});

describe('communityList', () => {
  it('gives each community its size and its best-connected member', () => {
    const data = fixtureExport();
    for (const node of data.nodes) (node.attributes as Record<string, unknown>).community = ['江西省', '阿克陶县'].includes(node.key) ? 1 : 0;
    expect(communityList(loadGraph(data))).toEqual([
      { community: 0, size: 4, example: '天津市' },
      { community: 1, size: 2, example: '江西省' },
    ]);
  });
});
