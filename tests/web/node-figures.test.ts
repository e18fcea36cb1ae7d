import { describe, expect, it } from 'vitest';

import { loadGraph } from '../../web/src/load-graph.ts';
import { nodeFigures } from '../../web/src/node-figures.ts';
import { fixtureExport } from './fixture-graph.ts';

// The fixture with dates and figures on two aid edges, as the server exports them.
function timedExport() {
  const data = fixtureExport();
  const money = (asWritten: string, value: number, article: string) => ({
    kind: 'money',
    value,
    unit: '元',
    asWritten,
    approx: false,
    evidence: [{ article, sentence: '…', start: 0, end: 1 }],
  });
  for (const e of data.edges) {
    if (e.key === '天津市|supports|策勒县')
      Object.assign(e.attributes, { firstSeen: '2021-01-01', lastSeen: '2024-03-01', amounts: [money('8800万元', 88_000_000, 'a1')] });
    if (e.key === '天津市|supports|和田地区')
      Object.assign(e.attributes, { firstSeen: '2025-01-01', lastSeen: '2025-11-28', amounts: [money('20亿元', 2e9, 'a1')] });
  }
  const tianjin = data.nodes.find((n) => n.key === '天津市')!;
  Object.assign(tianjin.attributes, { firstSeen: '2021-01-01', lastSeen: '2025-11-28' });
  return data;
}

describe('loadGraph: time and figures', () => {
  it('keeps firstSeen, lastSeen and the figures, and leaves undated items undated', () => {
    const graph = loadGraph(timedExport());
    expect([graph.getNodeAttribute('天津市', 'firstSeen'), graph.getNodeAttribute('天津市', 'lastSeen')]).toEqual(['2021-01-01', '2025-11-28']);
    expect(graph.getNodeAttribute('策勒县', 'firstSeen')).toBeUndefined();
    expect(graph.getEdgeAttribute('天津市|supports|策勒县', 'amounts')?.map((a) => a.asWritten)).toEqual(['8800万元']);
    expect(graph.getEdgeAttribute('策勒县|located_in|和田地区', 'amounts')).toBeUndefined();
  });
  it('ignores dates that are not dates', () => {
    const data = timedExport();
    Object.assign(data.nodes[1]!.attributes, { firstSeen: 'soon', lastSeen: '2025-01-01' });
    expect(loadGraph(data).getNodeAttribute('和田地区', 'firstSeen')).toBeUndefined();
  });
});

describe('nodeFigures', () => {
  it('lists the figures of a node’s aid edges, given before received, by the other end', () => {
    const graph = loadGraph(timedExport());
    // By the other end's name in pinyin order: 策 (cè) before 和 (hé).
    expect(nodeFigures(graph, '天津市').map((f) => [f.direction, f.otherLabel, f.facts.map((a) => a.asWritten)])).toEqual([
      ['out', '策勒县', ['8800万元']],
      ['out', '和田地区', ['20亿元']],
    ]);
    expect(nodeFigures(graph, '策勒县').map((f) => [f.direction, f.otherLabel])).toEqual([['in', '天津市']]);
    expect(nodeFigures(graph, '江西省')).toEqual([]);
    expect(nodeFigures(graph, '火星县')).toEqual([]);
  });
});
