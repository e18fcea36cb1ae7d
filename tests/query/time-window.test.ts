import { describe, expect, it } from 'vitest';

import { extractArticle } from '../../src/extract/extract-article.ts';
import { buildGraph, mergeExtraction } from '../../src/graph/build.ts';
import { checkWindow, graphInWindow, windowLabel } from '../../src/query/time-window.ts';
import { errorOf } from './error-of.ts';
import { timedGraph } from './timed-graph.ts';

const aidEdges = (graph: ReturnType<typeof timedGraph>) =>
  graph
    .filterEdges((_e, a) => a.type === 'supports')
    .sort()
    .map((e) => [e, graph.getEdgeAttribute(e, 'evidence').map((x) => x.article)]);

describe('graphInWindow', () => {
  it('keeps aid edges with evidence in the window, and only that evidence', () => {
    expect(aidEdges(graphInWindow(timedGraph(), { since: '2020' }))).toEqual([
      ['天津市|supports|于田县', ['c2025', 'd2025']],
      ['天津市|supports|和田地区', ['e2025']],
      ['天津市|supports|策勒县', ['b2024']],
    ]);
    expect(aidEdges(graphInWindow(timedGraph(), { until: '2019' }))).toEqual([
      ['北京市|supports|和田市', ['a2019']],
      ['天津市|supports|于田县', ['a2019']],
    ]);
  });

  it('reads a sentence time as covering up to its article: “十四五”以来 meets 2022', () => {
    expect(aidEdges(graphInWindow(timedGraph(), { since: '2022', until: '2022' }))).toEqual([['天津市|supports|于田县', ['c2025', 'd2025']]]);
  });

  it('leaves undated aid out of every window, and keeps the administrative tree whatever the window', () => {
    const view = graphInWindow(timedGraph(), { since: '1990' });
    expect(view.hasEdge('江西省|supports|阿克陶县')).toBe(false);
    expect(view.hasEdge('阿克陶县|located_in|克孜勒苏柯尔克孜自治州')).toBe(true);
    expect(view.hasEdge('天津市对口支援新疆工作前方指挥部|part_of|天津市')).toBe(true);
    expect(view.order).toBe(timedGraph().order);
  });

  it('keeps the figures whose period meets the window', () => {
    const view = graphInWindow(timedGraph(), { until: '2020' });
    expect(view.getEdgeAttribute('天津市|supports|于田县', 'amounts')!.map((a) => a.asWritten)).toEqual(['5000万元']);
  });

  it('dates what is in a window by what the window holds: an edge by its evidence in it, a node by that and its articles in it', () => {
    const graph = timedGraph();
    const view = graphInWindow(graph, { since: '2020' });
    const seen = (g: typeof graph, kind: 'node' | 'edge', key: string) => {
      const a = kind === 'node' ? g.getNodeAttributes(key) : g.getEdgeAttributes(key);
      return [a.firstSeen, a.lastSeen];
    };
    expect(seen(graph, 'edge', '天津市|supports|于田县')).toEqual(['2019-01-01', '2025-08-01']);
    expect(seen(view, 'edge', '天津市|supports|于田县')).toEqual(['2021-01-01', '2025-08-01']);
    expect(seen(graph, 'node', '于田县')).toEqual(['2019-01-01', '2025-08-01']);
    expect(seen(view, 'node', '于田县')).toEqual(['2021-01-01', '2025-08-01']);
    // 和田市 is only in 2019's article: in the window it is there, undated.
    expect(seen(view, 'node', '和田市')).toEqual([undefined, undefined]);
    expect(seen(graphInWindow(graph, { until: '2019' }), 'node', '天津市')).toEqual(['2019-01-01', '2019-05-10']);
  });

  it('counts the sentences past an article\'s cap in a window where that article\'s kept ones are', () => {
    const articles = [
      { id: 'p2019', date: '2019-06-01', text: '天津市对口支援于田县。天津市援建于田县人民医院。天津市对口支援于田县教育。' },
      { id: 'q2024', date: '2024-06-01', text: '天津市对口支援于田县。天津市对口支援于田县产业。' },
    ];
    const graph = buildGraph(articles.map((a) => extractArticle(a)), { maxEvidencePerArticle: 1 });
    const key = '天津市|supports|于田县';
    const whole = graph.getEdgeAttributes(key);
    expect([whole.evidence.map((e) => e.article), whole.evidenceOmitted, whole.weight]).toEqual([['p2019', 'q2024'], { p2019: 1, q2024: 1 }, 4]);
    const since = graphInWindow(graph, { since: '2020' }).getEdgeAttributes(key);
    expect([since.evidence.map((e) => e.article), since.evidenceOmitted, since.weight]).toEqual([['q2024'], { q2024: 1 }, 2]);
  });

  it('is the graph itself for an open window, and is rebuilt when the graph changes', () => {
    const graph = timedGraph();
    expect(graphInWindow(graph, {})).toBe(graph);
    const before = graphInWindow(graph, { since: '2025' });
    expect(graphInWindow(graph, { since: '2025' })).toBe(before);
    mergeExtraction(graph, extractArticle({ id: 'f2025', date: '2025-10-01', text: '北京市对口支援和田市。' }));
    const after = graphInWindow(graph, { since: '2025' });
    expect(after).not.toBe(before);
    expect(after.hasEdge('北京市|supports|和田市')).toBe(true);
  });
});

describe('checkWindow', () => {
  it('names the bad end', () => {
    expect(errorOf(() => checkWindow({ since: '20x0' })).message).toBe('since "20x0" is not a year or a date');
    expect(errorOf(() => checkWindow({ until: '2023-13' })).message).toBe('until "2023-13" is not a year or a date');
    expect(errorOf(() => checkWindow({ since: '2024', until: '2020' })).message).toBe('The window starts (2024) after it ends (2020)');
  });
  it('accepts years, months and days, and a window of one year', () => {
    expect(checkWindow({ since: '2023-04', until: '2023-04-30' })).toEqual({ since: '2023-04', until: '2023-04-30' });
    expect(windowLabel({ since: '2023', until: '2023' })).toBe('in 2023');
    expect(windowLabel({ since: '2019', until: '2023' })).toBe('2019–2023');
  });
});
