// mergeExtraction and removeArticle with dates and figures: firstSeen/lastSeen on
// edges and nodes, figures deduplicated across articles.
import { describe, expect, it } from 'vitest';

import { articleDatesOf, buildGraph, removeArticle } from '../../src/graph/build.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';

const A = { id: 'a', date: '2023-06-01', text: '2021年，天津市对口支援于田县，投入援疆资金8800万元。' };
const B = { id: 'b', date: '2025-07-07', text: '天津市对口支援于田县，累计投入援疆资金8800万元，实施项目86个。' };
const C = { id: 'c', text: '天津市对口支援于田县。' };
const graphOf = (...articles: Array<{ id: string; text: string; date?: string }>) => buildGraph(articles.map((a) => extractArticle(a)));
const EDGE = '天津市|supports|于田县';

describe('mergeExtraction: time and figures', () => {
  it('spans an edge from its earliest sentence time to its latest article date', () => {
    const graph = graphOf(A, B, C);
    expect([graph.getEdgeAttribute(EDGE, 'firstSeen'), graph.getEdgeAttribute(EDGE, 'lastSeen')]).toEqual(['2021-01-01', '2025-07-07']);
    expect([graph.getNodeAttribute('于田县', 'firstSeen'), graph.getNodeAttribute('于田县', 'lastSeen')]).toEqual(['2021-01-01', '2025-07-07']);
    expect(articleDatesOf(graph)).toEqual({ a: '2023-06-01', b: '2025-07-07' });
  });

  it('leaves undated what only undated articles and the gazetteer know', () => {
    const graph = graphOf(C);
    expect(graph.getEdgeAttribute(EDGE, 'firstSeen')).toBeUndefined();
    expect(graph.getEdgeAttribute('于田县|located_in|和田地区', 'firstSeen')).toBeUndefined();
    expect(graph.getNodeAttribute('和田地区', 'firstSeen')).toBeUndefined();
  });

  it('keeps a figure two articles state as one fact with two evidence items', () => {
    const amounts = graphOf(A, B).getEdgeAttribute(EDGE, 'amounts')!;
    expect(amounts.map((a) => [a.kind, a.value, a.asWritten, a.period?.asWritten, a.evidence.map((e) => e.article)])).toEqual([
      ['money', 88_000_000, '8800万元', '2021年', ['a', 'b']],
      ['projects', 86, '86个', undefined, ['b']],
    ]);
  });
});

describe('removeArticle: time and figures', () => {
  it('narrows the spans and drops the article’s figures', () => {
    const graph = graphOf(A, B);
    removeArticle(graph, 'b');
    expect([graph.getEdgeAttribute(EDGE, 'firstSeen'), graph.getEdgeAttribute(EDGE, 'lastSeen')]).toEqual(['2021-01-01', '2023-06-01']);
    expect([graph.getNodeAttribute('天津市', 'firstSeen'), graph.getNodeAttribute('天津市', 'lastSeen')]).toEqual(['2021-01-01', '2023-06-01']);
    expect(graph.getEdgeAttribute(EDGE, 'amounts')!.map((a) => [a.asWritten, a.evidence.map((e) => e.article)])).toEqual([['8800万元', ['a']]]);
    expect(articleDatesOf(graph)).toEqual({ a: '2023-06-01' });
  });
});
