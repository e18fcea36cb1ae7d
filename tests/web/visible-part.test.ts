import { describe, expect, it } from 'vitest';

import { loadGraph } from '../../web/src/load-graph.ts';
import { visiblePart } from '../../web/src/visible-part.ts';
import { fixtureExport } from './fixture-graph.ts';

const graph = loadGraph(fixtureExport());

describe('visiblePart', () => {
  it('names the visible nodes and edge types', () => {
    expect(visiblePart(graph, new Set(['策勒县第一小学', '阿克陶县']), new Set(['located_in']))).toEqual({
      nodes: ['天津市', '和田地区', '策勒县', '江西省'],
      edges: ['supports', 'invests_in', 'runs', 'part_of', 'partners_with'],
    });
  });

  it('is empty, so the whole graph, when nothing is hidden', () => {
    expect(visiblePart(graph, new Set(), new Set())).toEqual({});
    expect(visiblePart(graph, new Set(), new Set(['not-a-type']))).toEqual({});
  });
});
