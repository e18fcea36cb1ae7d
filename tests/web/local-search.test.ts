import { describe, expect, it } from 'vitest';

import { loadGraph } from '../../web/src/load-graph.ts';
import { localSearch } from '../../web/src/local-search.ts';
import { fixtureExport } from './fixture-graph.ts';

const graph = loadGraph(fixtureExport());

describe('localSearch', () => {
  it('ranks exact, then prefix, then substring matches', () => {
    expect(localSearch(graph, '策勒县').map((h) => h.key)).toEqual(['策勒县', '策勒县第一小学']);
  });

  it('finds a node by alias and says which alias matched', () => {
    expect(localSearch(graph, '赣')).toEqual([{ key: '江西省', label: '江西省', type: 'province', matched: '赣' }]);
    expect(localSearch(graph, '策勒縣')[0]).toMatchObject({ key: '策勒县第一小学', matched: '策勒縣第一小學' });
  });

  it('returns nothing for a blank query and respects the limit', () => {
    expect(localSearch(graph, '  ')).toEqual([]);
    expect(localSearch(graph, '县', 1)).toHaveLength(1);
  });
});
