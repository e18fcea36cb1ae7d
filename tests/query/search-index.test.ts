import { describe, expect, it, vi } from 'vitest';

import { loadGraph } from '../../src/graph/store.ts';
import type { KgGraph } from '../../src/graph/build.ts';
import { normaliseQuery } from '../../src/query/normalise-query.ts';
import { getSearchIndex, sortByKey, warmSearchIndex } from '../../src/query/search-index.ts';
import { rememberKeyOrder } from '../../src/query/spelling-keys.ts';
import { tinyGraph } from './tiny-graph.ts';

const normalisedNames = new Map<string, string>();
const normalised = (name: string): string => {
  let n = normalisedNames.get(name);
  if (n === undefined) normalisedNames.set(name, (n = normaliseQuery(name)));
  return n;
};

/** The definition `similar` must meet, by scoring every name: Dice over distinct characters. */
function scanSimilar(graph: KgGraph, q: string, limit: number, minScore: number): string[] {
  const chars = new Set(q);
  const scored: Array<{ node: string; score: number }> = [];
  graph.forEachNode((node, a) => {
    const name = new Set(normalised(a.label ?? node));
    let shared = 0;
    for (const c of name) if (chars.has(c)) shared++;
    const score = (2 * shared) / (chars.size + name.size);
    if (score >= minScore) scored.push({ node, score });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.node.length - b.node.length || (a.node < b.node ? -1 : 1))
    .slice(0, limit)
    .map((s) => s.node);
}

describe('SearchIndex.similar', () => {
  it('ranks names by shared characters, then shorter, then by name', () => {
    const index = getSearchIndex(tinyGraph());
    // 策勒县人民医院 shares 5 of 5 characters (Dice 10/12), 策勒县 3 (6/8), 策勒县第一小学 3 (6/12),
    // 阿克陶县人民医院 3 (6/13); 和田地区人民医院 shares 2 (4/13, below 0.4).
    expect(index.similar('策勒县医院', 5, 0.4)).toEqual(['策勒县人民医院', '策勒县', '策勒县第一小学', '阿克陶县人民医院']);
  });

  it('finds exactly what scoring every name finds, on the seed graph', async () => {
    const graph = await loadGraph('graph');
    const index = getSearchIndex(graph);
    const names = graph.nodes();
    // Misspellings made from real names: a character dropped, swapped for another name's, doubled.
    const queries = names.flatMap((name, i) => {
      const other = names[(i * 7 + 3) % names.length]!;
      return [name.slice(1), name.slice(0, -1) + other.slice(-1), `${name}${name.slice(0, 2)}`, other.slice(0, 2) + name.slice(2)];
    });
    for (const limit of [1, 5, 20])
      for (const q of queries.filter((_, i) => i % limit === 0)) expect(index.similar(q, limit, 0.4), q).toEqual(scanSimilar(graph, q, limit, 0.4));
  });

  it('follows names added, renamed and dropped', () => {
    const graph = tinyGraph();
    const index = getSearchIndex(graph);
    graph.addNode('策勒县第二小学', { ...graph.getNodeAttributes('策勒县第一小学'), label: '策勒县第二小学', aliases: [] });
    expect(index.similar('策勒第二小学', 2, 0.4)).toEqual(['策勒县第二小学', '策勒县第一小学']);
    graph.dropNode('策勒县第二小学');
    expect(index.similar('策勒第二小学', 2, 0.4)).toEqual(['策勒县第一小学', '策勒县']);
    expect(index.similar('策勒县第一', 2, 0.4)).toEqual(['策勒县第一小学', '策勒县']);
    graph.setNodeAttribute('策勒县第一小学', 'label', '和田第一小学');
    expect(index.similar('策勒县第一', 2, 0.4)).toEqual(['策勒县', '策勒县人民医院']);
    expect(index.similar('策勒县第一', 5, 0.3)).toEqual(scanSimilar(graph, '策勒县第一', 5, 0.3));
  });
});

describe('SearchIndex.warm', () => {
  const sortHits = (hits: Array<{ node: string; match: string; matched: string }>) =>
    hits.map((h) => `${h.node}|${h.match}|${h.matched}`).sort();

  it('indexes the rest of the names a slice at a time, and says when none is left', async () => {
    const graph = await loadGraph('graph');
    const index = getSearchIndex(graph.copy());
    const slices = [];
    while (!index.warm(50)) slices.push(1);
    expect(slices.length).toBe(Math.ceil(graph.order / 50) - 1);
    expect(index.warm(50)).toBe(true);
  });

  it('answers substring searches and suggestions as a fresh index does, whatever changed halfway through warming', async () => {
    const graph = (await loadGraph('graph')).copy();
    const index = getSearchIndex(graph);
    index.warm(Math.floor(graph.order / 2));
    const names = graph.nodes();
    // Below and above the warmed half: one renamed, one dropped each; two added.
    graph.setNodeAttribute(names[3]!, 'label', '策勒县第九小学');
    graph.setNodeAttribute(names[names.length - 3]!, 'aliases', ['和田第九中学']);
    graph.dropNode(names[5]!);
    graph.dropNode(names[names.length - 5]!);
    for (const name of ['策勒县第八小学', '和田县第八中学'])
      graph.addNode(name, { ...graph.getNodeAttributes(names[0]!), label: name, aliases: [] });
    const fresh = getSearchIndex(graph.copy());
    for (const q of ['第九', '第八', '小学', '中学', '人民医院', '策勒', names[5]!.slice(1), names[names.length - 5]!.slice(1)]) {
      expect(sortHits(index.lookup(normaliseQuery(q))), q).toEqual(sortHits(fresh.lookup(normaliseQuery(q))));
      expect(index.similar(normaliseQuery(q), 5, 0.4), q).toEqual(fresh.similar(normaliseQuery(q), 5, 0.4));
    }
    expect(index.similar('策勒县第九小', 1, 0.4)).toEqual([names[3]]);
  });

  it('follows aliases added to and dropped from a warmed node as a fresh index does, the name staying', async () => {
    const graph = (await loadGraph('graph')).copy();
    const index = getSearchIndex(graph);
    index.warm(Number.POSITIVE_INFINITY);
    const hub = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, 'aliases').length - graph.getNodeAttribute(a, 'aliases').length)[0]!;
    const [dropped, ...kept] = graph.getNodeAttribute(hub, 'aliases');
    graph.setNodeAttribute(hub, 'aliases', [...kept, '策勒第九援疆点']);
    const fresh = getSearchIndex(graph.copy());
    for (const q of ['策勒第九援疆点', '第九援疆', dropped!, dropped!.slice(1), hub, hub.slice(1)]) {
      expect(sortHits(index.exact(normaliseQuery(q))), q).toEqual(sortHits(fresh.exact(normaliseQuery(q))));
      expect(sortHits(index.lookup(normaliseQuery(q))), q).toEqual(sortHits(fresh.lookup(normaliseQuery(q))));
      expect(index.similar(normaliseQuery(q), 5, 0.4), q).toEqual(fresh.similar(normaliseQuery(q), 5, 0.4));
    }
    expect(index.exact('策勒第九援疆点').map((hit) => hit.node)).toEqual([hub]);
  });
});

describe('warmSearchIndex', () => {
  const sortHits = (hits: Array<{ node: string; match: string; matched: string }>) =>
    hits.map((h) => `${h.node}|${h.match}|${h.matched}`).sort();
  const QUERIES = ['第九', '第八', '小学', '人民医院', '策勒', 'celexian', 'clx', '上海市', '莎车县'];

  /** The seed graph and 2,000 more schools, so the index takes several batches. */
  async function bigGraph(): Promise<KgGraph> {
    const graph = (await loadGraph('graph')).copy();
    const model = graph.getNodeAttributes(graph.nodes()[0]!);
    for (let i = 0; i < 2000; i++) graph.addNode(`策勒县第${i}小学`, { ...model, label: `策勒县第${i}小学`, aliases: [`策勒${i}小`] });
    return graph;
  }

  function expectSameAnswers(graph: KgGraph): void {
    const index = getSearchIndex(graph);
    const fresh = getSearchIndex(graph.copy());
    expect(index.size()).toBe(fresh.size());
    for (const q of QUERIES.map(normaliseQuery)) {
      expect(sortHits(index.exact(q)), q).toEqual(sortHits(fresh.exact(q)));
      expect(sortHits(index.lookup(q)), q).toEqual(sortHits(fresh.lookup(q)));
      expect(index.similar(q, 5, 0.4), q).toEqual(fresh.similar(q, 5, 0.4));
    }
  }

  it('builds the index between turns of the event loop, then answers as one built at once', async () => {
    const graph = await bigGraph();
    const read = vi.spyOn(graph, 'getNodeAttributes');
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    const warming = warmSearchIndex(graph, 0);
    // One batch of names before it yields, not the whole graph.
    expect(read.mock.calls.length).toBe(256);
    await warming;
    clearInterval(ticking);
    expect(read.mock.calls.length).toBe(graph.order);
    expect(turns).toBeGreaterThan(3);
    read.mockRestore();
    expectSameAnswers(graph);
  });

  it('waits while told to hold off, then builds the rest', async () => {
    const graph = await bigGraph();
    const read = vi.spyOn(graph, 'getNodeAttributes');
    let holding = true;
    const warming = warmSearchIndex(graph, 1, () => holding);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(read.mock.calls.length).toBe(0);
    holding = false;
    await warming;
    expect(read.mock.calls.length).toBe(graph.order);
    read.mockRestore();
    expectSameAnswers(graph);
  });

  it('takes in nodes added or renamed while it builds, without finishing at once', async () => {
    const graph = await bigGraph();
    const early = graph.nodes()[0]!;
    const read = vi.spyOn(graph, 'getNodeAttributes');
    const warming = warmSearchIndex(graph, 0);
    expect(read.mock.calls.length).toBe(256);
    // An article posted in a server's first seconds: a new node, a new alias for a node the
    // build has read (the first batch) and for one it has not.
    graph.addNode('策勒县第九小学', { ...graph.getNodeAttributes('策勒县第1小学'), label: '策勒县第九小学', aliases: [] });
    graph.setNodeAttribute(early, 'aliases', ['某某别名']);
    graph.setNodeAttribute('策勒县第1998小学', 'aliases', ['策勒第八小']);
    expect(read.mock.calls.length).toBe(257);
    read.mockRestore();
    await warming;
    expectSameAnswers(graph);
    const index = getSearchIndex(graph);
    expect(index.exact(normaliseQuery('某某别名')).map((h) => h.node)).toEqual([early]);
    expect(index.exact(normaliseQuery('策勒县第九小学')).map((h) => h.node)).toEqual(['策勒县第九小学']);
  });

  it('is finished by a query that comes first, and answers rightly after any change made while it builds', async () => {
    for (const change of [
      () => {},
      (g: KgGraph) => g.dropNode('策勒县第1999小学'),
      (g: KgGraph) => g.addNode('策勒县第九小学', { ...g.getNodeAttributes('策勒县第1小学'), label: '策勒县第九小学', aliases: [] }),
      (g: KgGraph) => g.setNodeAttribute('策勒县第1998小学', 'aliases', ['策勒第八小']),
    ]) {
      const graph = await bigGraph();
      const warming = warmSearchIndex(graph, 0);
      change(graph);
      expectSameAnswers(graph);
      await warming;
      expectSameAnswers(graph);
    }
  });
});

describe('sortByKey', () => {
  const byComparing = (keys: Array<{ key: string; n: number }>) => [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // Chinese, pinyin, initials, Latin and digits, with repeats (equal keys keep their order).
  const words = ['策勒县', 'celexian', 'clx', '于田县', 'yutianxian', 'ytx', 'A区', 'a区', '1号', '策勒', '天津', 'tianjin', 'tj', '津'];
  const keys = Array.from({ length: 200 }, (_, n) => ({ key: words[(n * 7) % words.length]!, n }));

  it('counts keys into the saved order, equal keys in their order, as sorting them does', () => {
    expect(rememberKeyOrder([...new Set(words)].sort())).toBe(words.length);
    expect(sortByKey([...keys])).toEqual(byComparing(keys));
  });

  it('sorts by comparing when a key has no saved place', () => {
    rememberKeyOrder([...new Set(words)].sort());
    const more = [...keys, { key: '和田', n: 200 }, { key: '策勒县', n: 201 }];
    expect(sortByKey([...more])).toEqual(byComparing(more));
  });

  it('ignores a saved order that is not sorted or not all strings', () => {
    expect(rememberKeyOrder(['b', 'a'])).toBe(0);
    expect(rememberKeyOrder(['a', 'a'])).toBe(0);
    expect(rememberKeyOrder(['a', 1])).toBe(0);
    expect(rememberKeyOrder('a')).toBe(0);
  });
});
