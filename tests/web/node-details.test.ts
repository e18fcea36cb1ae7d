import { describe, expect, it } from 'vitest';

import { loadGraph } from '../../web/src/load-graph.ts';
import { nodeDetails } from '../../web/src/node-details.ts';
import { fixtureExport } from './fixture-graph.ts';

const graph = loadGraph(fixtureExport());

describe('nodeDetails', () => {
  it('returns null for an unknown node', () => {
    expect(nodeDetails(graph, '火星')).toBeNull();
  });

  it('groups neighbours by edge type and direction, supports first', () => {
    const details = nodeDetails(graph, '策勒县')!;
    expect(details.groups).toEqual([
      { edgeKind: 'supports', direction: 'in', neighbours: [{ key: '天津市', label: '天津市', kind: 'province' }] },
      { edgeKind: 'located_in', direction: 'out', neighbours: [{ key: '和田地区', label: '和田地区', kind: 'prefecture' }] },
      {
        edgeKind: 'located_in',
        direction: 'in',
        neighbours: [{ key: '策勒县第一小学', label: '策勒县第一小学', kind: 'school' }],
      },
    ]);
  });

  it('lists each evidence sentence once with its article and relation', () => {
    const details = nodeDetails(graph, '天津市')!;
    expect(details.evidence.map((e) => [e.article, e.sentence, e.relations.map((r) => r.target)])).toEqual([
      ['a1', '天津市对口支援和田地区。', ['和田地区']],
      ['a1', '天津援建策勒县。', ['策勒县']],
      ['a2', '天津市持续帮扶策勒县。', ['策勒县']],
      ['a2', '天津市援助策勒县第一小学建设。', ['策勒县第一小学']],
    ]);
  });

  it('gives the server’s metrics, and the degree counted here when a graph file has none', () => {
    expect(nodeDetails(graph, '天津市')!.metrics).toEqual({ degree: 3, pagerank: 0, betweenness: 0, community: 0 });
  });

  it('drops the label from the aliases', () => {
    expect(nodeDetails(graph, '策勒县第一小学')!.aliases).toEqual(['策勒縣第一小學']);
  });
});
