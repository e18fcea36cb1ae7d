import { describe, expect, it } from 'vitest';

import { InvalidInputError } from '../../src/errors.ts';
import { applySizes, buildGraph, compactEvidence, createGraph, evidenceCountOf, MAX_NODE_SIZE, mergeExtraction, removeArticle } from '../../src/graph/build.ts';
import { NODE_COLORS } from '../../src/graph/palette.ts';
import type { Entity, Extraction, NodeType, Relation } from '../../src/types.ts';
import { EXTRACTION_1, EXTRACTION_2 } from './fixtures.ts';

const SUPPORTS = '江西省|supports|阿克陶县';
const LOCATED = '阿克陶县|located_in|克孜勒苏柯尔克孜自治州';

function entity(name: string, type: NodeType, mentions = 1, aliases: string[] = []): Entity {
  return { name, type, aliases, mentions };
}

function extraction(article: string, entities: Entity[], relations: Relation[] = []): Extraction {
  return { article, entities, relations };
}

function relation(source: string, type: Relation['type'], target: string, article?: string, start = 0): Relation {
  const evidence = article ? [{ article, sentence: `${source}${target}`, start, end: start + 10 }] : [];
  return { source, target, type, evidence };
}

describe('mergeExtraction', () => {
  it('adds nodes with label, aliases, mentions, articles and the palette colour', () => {
    const graph = createGraph();
    mergeExtraction(graph, EXTRACTION_1);
    expect(graph.getNodeAttributes('江西省')).toMatchObject({
      label: '江西省',
      type: 'province',
      aliases: ['赣'],
      mentions: 1,
      articles: ['jx-2023-001'],
      color: NODE_COLORS.province,
    });
  });

  it('merges a second article: aliases unite, mentions add up, articles unite', () => {
    const graph = buildGraph([EXTRACTION_1, EXTRACTION_2]);
    const county = graph.getNodeAttributes('阿克陶县');
    expect(county.aliases).toEqual(['阿克陶縣']);
    expect(county.mentions).toBe(3);
    expect(county.articles).toEqual(['jx-2023-001', 'jx-2023-002']);
    expect(graph.getNodeAttribute('江西省', 'aliases')).toEqual(['赣', '江西']);
  });

  it('never lists the key among the aliases', () => {
    const graph = buildGraph([EXTRACTION_1]);
    expect(graph.getNodeAttribute('阿克陶县', 'aliases')).not.toContain('阿克陶县');
  });

  it('merges the evidence of the same edge and weighs it by evidence count', () => {
    const graph = buildGraph([EXTRACTION_1, EXTRACTION_2]);
    expect(graph.edges('江西省', '阿克陶县')).toEqual([SUPPORTS]);
    const edge = graph.getEdgeAttributes(SUPPORTS);
    expect(edge.evidence.map((e) => e.article)).toEqual(['jx-2023-001', 'jx-2023-002']);
    expect(edge.evidence[0]!.sentence).toMatch(/^江西省对口支援新疆工作如同/);
    expect(edge.weight).toBe(2);
  });

  it('counts the same sentence once (same article, start and end)', () => {
    const graph = buildGraph([EXTRACTION_1]);
    mergeExtraction(graph, extraction('jx-2023-001', [], [EXTRACTION_1.relations[0]!]));
    expect(graph.getEdgeAttribute(SUPPORTS, 'weight')).toBe(1);
  });

  it('gives a gazetteer edge (no evidence) weight 1', () => {
    const graph = buildGraph([EXTRACTION_1, EXTRACTION_2]);
    expect(graph.getEdgeAttributes(LOCATED)).toMatchObject({ evidence: [], weight: 1 });
  });

  it('does not credit an article with a gazetteer-only node (mentions 0)', () => {
    const graph = buildGraph([EXTRACTION_1]);
    expect(graph.getNodeAttributes('克孜勒苏柯尔克孜自治州')).toMatchObject({ mentions: 0, articles: [] });
  });

  it.each([
    ['facility', 'county', 'county'],
    ['county', 'facility', 'county'],
    ['program', 'hospital', 'hospital'],
    ['school', 'program', 'school'],
    ['hospital', 'school', 'hospital'],
  ] as const)('a node first typed %s, then %s, is a %s', (first, second, expected) => {
    const graph = buildGraph([extraction('a', [entity('赣陶远程影像中心', first)]), extraction('b', [entity('赣陶远程影像中心', second)])]);
    expect(graph.getNodeAttribute('赣陶远程影像中心', 'type')).toBe(expected);
    expect(graph.getNodeAttribute('赣陶远程影像中心', 'color')).toBe(NODE_COLORS[expected]);
  });

  it('skips and reports relations to unknown nodes and self-loops', () => {
    const graph = createGraph();
    const dangling = relation('江西省', 'supports', '不存在县', 'a');
    const loop = relation('江西省', 'supports', '江西省', 'a');
    const { skipped } = mergeExtraction(graph, extraction('a', [entity('江西省', 'province')], [dangling, loop]));
    expect(skipped).toEqual([dangling, loop]);
    expect(graph.order).toBe(1);
    expect(graph.size).toBe(0);
  });

  it('links to a node known from an earlier article', () => {
    const graph = buildGraph([extraction('a', [entity('阿克陶县', 'county')])]);
    const { skipped } = mergeExtraction(graph, extraction('b', [entity('江西省', 'province')], [relation('江西省', 'supports', '阿克陶县', 'b')]));
    expect(skipped).toEqual([]);
    expect(graph.hasEdge(SUPPORTS)).toBe(true);
  });

  it('merges partners_with read in both directions into one edge', () => {
    const places = [entity('阿克陶县', 'county'), entity('定南县', 'county')];
    const graph = buildGraph([
      extraction('a', places, [relation('阿克陶县', 'partners_with', '定南县', 'a')]),
      extraction('b', places, [relation('定南县', 'partners_with', '阿克陶县', 'b')]),
    ]);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttribute(graph.edges()[0]!, 'weight')).toBe(2);
  });

  it.each([
    ['an unknown node type', extraction('a', [{ name: '江西省', type: 'person' as NodeType, aliases: [], mentions: 1 }])],
    ['a negative mention count', extraction('a', [entity('江西省', 'province', -1)])],
    ['an empty name', extraction('a', [entity(' ', 'province')])],
    ['no article id', extraction('', [])],
  ])('rejects %s', (_what, bad) => {
    expect(() => mergeExtraction(createGraph(), bad)).toThrow(InvalidInputError);
  });

  it('sizes touched nodes by weighted degree', () => {
    const graph = buildGraph([EXTRACTION_1, EXTRACTION_2]);
    expect(graph.getNodeAttribute('阿克陶县', 'size')).toBeGreaterThan(graph.getNodeAttribute('江西省', 'size'));
  });
});

describe('evidence of one huge article', () => {
  // 40 sentences giving one relation, as a 200,000-character article of aid reports does.
  const flood = (article: string, times: number, from = 0): Relation => ({
    source: '江西省',
    target: '阿克陶县',
    type: 'supports',
    evidence: Array.from({ length: times }, (_, i) => ({
      article,
      sentence: `江西省对口支援阿克陶县第${String(from + i).padStart(3, '0')}批。`,
      start: (from + i) * 16,
      end: (from + i) * 16 + 16,
    })),
  });
  const ends = [entity('江西省', 'province'), entity('阿克陶县', 'county')];

  it('keeps the first sentences up to the cap per article, and counts them all', () => {
    const graph = createGraph();
    mergeExtraction(graph, extraction('flood', ends, [flood('flood', 40)]), { maxEvidencePerArticle: 5 });
    mergeExtraction(graph, extraction('calm', ends, [flood('calm', 2)]), { maxEvidencePerArticle: 5 });
    const edge = graph.getEdgeAttributes(SUPPORTS);
    expect(edge.evidence.map((e) => [e.article, e.start])).toEqual([
      ['flood', 0],
      ['flood', 16],
      ['flood', 32],
      ['flood', 48],
      ['flood', 64],
      ['calm', 0],
      ['calm', 16],
    ]);
    expect(edge).toMatchObject({ evidenceOmitted: { flood: 35 }, weight: 42 });
    expect(evidenceCountOf(edge)).toBe(42);
  });

  it('counts a sentence met again once, whether it was kept or not', () => {
    const graph = createGraph();
    mergeExtraction(graph, extraction('flood', ends, [flood('flood', 8), flood('flood', 8)]), { maxEvidencePerArticle: 5 });
    expect(graph.getEdgeAttributes(SUPPORTS)).toMatchObject({ evidenceOmitted: { flood: 3 }, weight: 8 });
  });

  it('counts a sentence an article repeats once, keeping where it first stands', () => {
    const graph = createGraph();
    const caption = (start: number) => ({ article: 'page', sentence: '图片由江西援疆前方指挥部提供', start, end: start + 14 });
    const repeated: Relation = { source: '江西省', target: '阿克陶县', type: 'supports', evidence: [460, 517, 635, 1842].map(caption) };
    mergeExtraction(graph, extraction('page', ends, [repeated, flood('page', 2, 200)]));
    // Another article saying the same keeps its own piece of evidence.
    mergeExtraction(graph, extraction('other', ends, [{ ...repeated, evidence: [{ ...caption(10), article: 'other' }] }]));
    const edge = graph.getEdgeAttributes(SUPPORTS);
    expect(edge.evidence.map((e) => [e.article, e.start])).toEqual([
      ['page', 460],
      ['page', 3200],
      ['page', 3216],
      ['other', 10],
    ]);
    expect(edge.weight).toBe(4);
    expect(edge).not.toHaveProperty('evidenceOmitted');
  });

  it('merges an article again into an edge with evidence from many articles as into a short one', () => {
    // 60 items from 30 articles: past the length at which merges look items up rather than scan.
    const graph = createGraph();
    const article = (i: number) => `a${String(i).padStart(3, '0')}`;
    for (let i = 0; i < 30; i++) mergeExtraction(graph, extraction(article(i), ends, [flood(article(i), 2)]), { maxEvidencePerArticle: 5 });
    // a007 again: its second sentence (kept already) and six new ones, three past the cap.
    mergeExtraction(graph, extraction('a007', ends, [flood('a007', 7, 1)]), { maxEvidencePerArticle: 5 });
    let edge = graph.getEdgeAttributes(SUPPORTS);
    expect(edge.evidence.filter((e) => e.article === 'a007').map((e) => e.start)).toEqual([0, 16, 32, 48, 64]);
    expect(edge.evidence).toHaveLength(63);
    expect(edge).toMatchObject({ evidenceOmitted: { a007: 3 }, weight: 66 });
    // Other code replaces the array (removeArticle): the next merge still sees what it holds.
    removeArticle(graph, 'a000');
    mergeExtraction(graph, extraction('a001', ends, [flood('a001', 3)]), { maxEvidencePerArticle: 5 });
    edge = graph.getEdgeAttributes(SUPPORTS);
    expect(edge.evidence.filter((e) => e.article === 'a001').map((e) => e.start)).toEqual([0, 16, 32]);
    expect(edge.weight).toBe(65);
  });

  it('has the default cap of the settings, above what real articles give (14 sentences in a seed)', () => {
    const graph = buildGraph([extraction('flood', ends, [flood('flood', 1000)])]);
    expect(graph.getEdgeAttribute(SUPPORTS, 'evidence')).toHaveLength(20);
    expect(evidenceCountOf(graph.getEdgeAttributes(SUPPORTS))).toBe(1000);
  });

  it('removes exactly what one article gave, kept or omitted', () => {
    const graph = createGraph();
    mergeExtraction(graph, extraction('flood', ends, [flood('flood', 40)]), { maxEvidencePerArticle: 5 });
    mergeExtraction(graph, extraction('calm', ends, [flood('calm', 2)]), { maxEvidencePerArticle: 5 });
    removeArticle(graph, 'flood');
    const edge = graph.getEdgeAttributes(SUPPORTS);
    expect(edge.evidence.map((e) => e.article)).toEqual(['calm', 'calm']);
    expect(evidenceCountOf(edge)).toBe(2);
    expect(edge.weight).toBe(2);
    expect(edge).not.toHaveProperty('evidenceOmitted');
  });
});

describe('compactEvidence', () => {
  const ends = [entity('江西省', 'province'), entity('阿克陶县', 'county')];
  const many = (n: number): Relation => ({
    source: '江西省',
    target: '阿克陶县',
    type: 'supports',
    // 30 sentences, each met again past the 30th.
    evidence: Array.from({ length: n }, (_, i) => ({ article: 'flood', sentence: `江西省对口支援阿克陶县第${i % 30}批。`, start: (i % 30) * 16, end: (i % 30) * 16 + 16 })),
  });

  it('cuts each relation to the cap of distinct sentences and says how many there were', () => {
    const compact = compactEvidence(extraction('flood', ends, [many(90)]), 5);
    expect(compact.relations[0]!.evidence.map((e) => e.start)).toEqual([0, 16, 32, 48, 64]);
    expect(compact.relations[0]!.evidenceCount).toBe(30);
  });

  it('merges into the same edge as the whole extraction', () => {
    const whole = createGraph();
    const compacted = createGraph();
    mergeExtraction(whole, extraction('flood', ends, [many(90)]), { maxEvidencePerArticle: 5 });
    mergeExtraction(compacted, compactEvidence(extraction('flood', ends, [many(90)]), 5), { maxEvidencePerArticle: 5 });
    expect(compacted.getEdgeAttributes(SUPPORTS)).toEqual(whole.getEdgeAttributes(SUPPORTS));
  });

  it('keeps the sentences that carry the earliest and latest dates, so the edge covers the same time', () => {
    const dated = many(30).evidence.map((e, i) => ({ ...e, date: i === 20 ? '2019-05-01' : i === 25 ? '2024-08-01' : '2022-01-01' }));
    const relation: Relation = { ...many(30), evidence: dated };
    const whole = createGraph();
    const compacted = createGraph();
    mergeExtraction(whole, extraction('flood', ends, [relation]), { maxEvidencePerArticle: 5 });
    const compact = compactEvidence(extraction('flood', ends, [relation]), 5);
    expect(compact.relations[0]!.evidence.map((e) => e.date)).toEqual([...Array(5).fill('2022-01-01'), '2019-05-01', '2024-08-01']);
    mergeExtraction(compacted, compact, { maxEvidencePerArticle: 5 });
    expect(compacted.getEdgeAttributes(SUPPORTS)).toEqual(whole.getEdgeAttributes(SUPPORTS));
    expect(whole.getEdgeAttributes(SUPPORTS)).toMatchObject({ firstSeen: '2019-05-01', lastSeen: '2024-08-01', weight: 30 });
  });

  it('leaves a relation under the cap as it is', () => {
    const small = extraction('flood', ends, [many(3)]);
    expect(compactEvidence(small, 5)).toEqual(small);
  });
});

describe('applySizes', () => {
  it('gives 3 to an isolated node, 3 + 2√w to others, capped', () => {
    const hub = entity('新疆维吾尔自治区', 'province');
    const counties = Array.from({ length: 200 }, (_, i) => entity(`县${i}`, 'county'));
    const graph = buildGraph([
      extraction('a', [hub, ...counties, entity('孤立村', 'village')], counties.map((c) => relation(c.name, 'located_in', hub.name))),
    ]);
    graph.setNodeAttribute('县0', 'size', 99);
    graph.setNodeAttribute('县0', 'color', '#000000');
    applySizes(graph);
    expect(graph.getNodeAttribute('孤立村', 'size')).toBe(3);
    expect(graph.getNodeAttribute('县0', 'size')).toBe(5);
    expect(graph.getNodeAttribute('县0', 'color')).toBe(NODE_COLORS.county);
    expect(graph.getNodeAttribute(hub.name, 'size')).toBe(MAX_NODE_SIZE);
  });
});

describe('removeArticle', () => {
  it('drops the article’s evidence and re-weighs the edge', () => {
    const graph = buildGraph([EXTRACTION_1, EXTRACTION_2]);
    removeArticle(graph, 'jx-2023-002', EXTRACTION_2);
    const edge = graph.getEdgeAttributes(SUPPORTS);
    expect(edge.evidence.map((e) => e.article)).toEqual(['jx-2023-001']);
    expect(edge.weight).toBe(1);
  });

  it('subtracts mentions exactly when given the article’s extraction', () => {
    const graph = buildGraph([EXTRACTION_1, EXTRACTION_2]);
    removeArticle(graph, 'jx-2023-002', EXTRACTION_2);
    expect(graph.getNodeAttributes('阿克陶县')).toMatchObject({ mentions: 1, articles: ['jx-2023-001'] });
  });

  it('drops edges whose only evidence was the article, keeps gazetteer edges', () => {
    const graph = buildGraph([EXTRACTION_1]);
    const report = removeArticle(graph, 'jx-2023-001');
    expect(graph.hasEdge(SUPPORTS)).toBe(false);
    expect(graph.hasEdge(LOCATED)).toBe(true);
    expect(report.edgesRemoved).toBe(2);
  });

  it('drops nodes left with no article and no edge, keeps gazetteer-linked ones', () => {
    const graph = buildGraph([EXTRACTION_1]);
    const report = removeArticle(graph, 'jx-2023-001');
    expect(graph.nodes().sort()).toEqual(['克孜勒苏柯尔克孜自治州', '阿克陶县'].sort());
    expect(graph.getNodeAttributes('阿克陶县')).toMatchObject({ mentions: 0, articles: [] });
    expect(report.nodesRemoved).toBe(3);
  });

  it('leaves the graph as it was for an unknown article', () => {
    const graph = buildGraph([EXTRACTION_1]);
    const before = graph.export();
    expect(removeArticle(graph, 'no-such-article')).toEqual({ edgesRemoved: 0, nodesRemoved: 0 });
    expect(graph.export()).toEqual(before);
  });

  it('rejects an empty id', () => {
    expect(() => removeArticle(createGraph(), '')).toThrow(InvalidInputError);
  });
});
