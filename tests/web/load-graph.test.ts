import { describe, expect, it } from 'vitest';

import { GraphDataError, loadGraph, mergeGraph, setSizes, typeCounts } from '../../web/src/load-graph.ts';
import { fixtureExport } from './fixture-graph.ts';

describe('loadGraph', () => {
  it('keeps every node and edge with its key', () => {
    const graph = loadGraph(fixtureExport());
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(6);
    expect(graph.hasEdge('天津市|supports|策勒县')).toBe(true);
  });

  it('moves the knowledge-graph type to `kind`, since sigma reads `type` as a program name', () => {
    const graph = loadGraph(fixtureExport());
    expect(graph.getNodeAttribute('策勒县第一小学', 'kind')).toBe('school');
    expect(graph.getNodeAttributes('策勒县第一小学')).not.toHaveProperty('type');
    expect(graph.getEdgeAttribute('策勒县|located_in|和田地区', 'kind')).toBe('located_in');
    expect(graph.getEdgeAttributes('策勒县|located_in|和田地区')).not.toHaveProperty('type');
  });

  it('colours nodes and edges by type from the shared palette', () => {
    const graph = loadGraph(fixtureExport());
    expect(graph.getNodeAttribute('天津市', 'color')).toBe('#332288');
    expect(graph.getNodeAttribute('江西省', 'color')).toBe(graph.getNodeAttribute('天津市', 'color'));
    expect(graph.getEdgeAttribute('天津市|supports|和田地区', 'color')).toBe('#EE7733');
  });

  it('sizes by degree by default, and by mentions on request', () => {
    const graph = loadGraph(fixtureExport());
    // 天津市 has 3 edges, 阿克陶县 1.
    expect(graph.getNodeAttribute('天津市', 'degree')).toBe(3);
    expect(graph.getNodeAttribute('天津市', 'size')).toBeGreaterThan(graph.getNodeAttribute('阿克陶县', 'size'));
    setSizes(graph, 'mentions');
    expect(graph.getNodeAttribute('阿克陶县', 'size')).toBe(graph.getNodeAttribute('阿克陶县', 'sizes').mentions);
    expect(graph.getNodeAttribute('天津市', 'size')).toBeGreaterThan(graph.getNodeAttribute('江西省', 'size'));
  });

  it('keeps the build positions', () => {
    const graph = loadGraph(fixtureExport());
    expect(graph.getNodeAttributes('江西省')).toMatchObject({ x: -20, y: 20 });
  });

  it('gives distinct positions to nodes that have none', () => {
    const data = { nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b' }] };
    const graph = loadGraph(data);
    const a = graph.getNodeAttributes('a');
    const b = graph.getNodeAttributes('b');
    expect([a.x, a.y]).not.toEqual([b.x, b.y]);
    expect(a.label).toBe('a');
    expect(a.kind).toBe('unknown');
    expect(graph.size).toBe(1);
  });

  it('keeps only well-formed evidence', () => {
    const data = fixtureExport();
    data.edges[0].attributes.evidence.push({ nonsense: true } as never);
    const graph = loadGraph(data);
    expect(graph.getEdgeAttribute('天津市|supports|和田地区', 'evidence')).toHaveLength(1);
  });

  it.each([
    ['not an object', 'graph'],
    ['no edges array', { nodes: [] }],
    ['a node without key', { nodes: [{}], edges: [] }],
    ['a duplicate node', { nodes: [{ key: 'a' }, { key: 'a' }], edges: [] }],
    ['an edge to a missing node', { nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'zz' }] }],
  ])('rejects %s with a GraphDataError', (_case, data) => {
    expect(() => loadGraph(data)).toThrow(GraphDataError);
  });
});

describe('typeCounts', () => {
  it('counts types in ontology order', () => {
    const counts = typeCounts(loadGraph(fixtureExport()));
    expect(counts.nodes).toEqual([
      ['province', 2],
      ['prefecture', 1],
      ['county', 2],
      ['school', 1],
    ]);
    expect(counts.edges).toEqual([
      ['supports', 4],
      ['located_in', 2],
    ]);
  });
});

/** The fixture as an overview sends it: counts instead of article lists and evidence, keys left out. */
function summaryOf(data: ReturnType<typeof fixtureExport>, keep: string[]) {
  const kept = new Set(keep);
  return {
    nodes: data.nodes
      .filter((n) => kept.has(n.key))
      .map(({ key, attributes: { articles, ...rest } }) => ({ key, attributes: { ...rest, articleCount: articles.length } })),
    edges: data.edges
      .filter((e) => kept.has(e.source) && kept.has(e.target))
      .map(({ source, target, attributes: { evidence, ...rest } }) => ({
        source,
        target,
        attributes: { ...rest, evidenceCount: evidence.length, articleCount: new Set(evidence.map((e) => (e as { article: string }).article)).size, amountCount: 0 },
      })),
  };
}

describe('loadGraph of an overview', () => {
  it('loads counts in place of article lists and evidence, marked not whole, keyed by their ends', () => {
    const graph = loadGraph(summaryOf(fixtureExport(), ['天津市', '和田地区', '策勒县']));
    expect(graph.getNodeAttributes('天津市')).toMatchObject({ articles: [], articleCount: 1, whole: false });
    expect(graph.getEdgeAttributes('天津市|supports|策勒县')).toMatchObject({ evidence: [], evidenceCount: 2, articleCount: 2, amountCount: 0, whole: false });
    expect(graph.edges().sort()).toEqual(['天津市|supports|和田地区', '天津市|supports|策勒县', '策勒县|located_in|和田地区'].sort());
  });

  it('loads a whole export as whole, counting from the lists', () => {
    const graph = loadGraph(fixtureExport());
    expect(graph.getNodeAttributes('天津市')).toMatchObject({ articleCount: 1, whole: true });
    expect(graph.getEdgeAttributes('天津市|supports|策勒县')).toMatchObject({ evidenceCount: 2, articleCount: 2, whole: true });
  });
});

describe('mergeGraph', () => {
  const view = { sizeBy: 'degree', colorBy: 'type' } as const;

  it('adds what the graph lacks and makes whole what it only counted, leaving the rest as it was', () => {
    const data = fixtureExport();
    const graph = loadGraph(summaryOf(data, ['天津市', '和田地区', '策勒县']));
    graph.setNodeAttribute('天津市', 'x', 99); // moved on screen: stays
    // A neighbourhood of 策勒县 from the server: it and its school, whole, with their edges.
    const keep = new Set(['天津市', '和田地区', '策勒县', '策勒县第一小学']);
    const neighbourhood = {
      nodes: data.nodes.filter((n) => n.key === '策勒县' || n.key === '策勒县第一小学'),
      edges: data.edges.filter((e) => keep.has(e.source) && keep.has(e.target) && (e.source === '策勒县' || e.target === '策勒县' || e.source === '策勒县第一小学' || e.target === '策勒县第一小学')),
    };
    const merged = mergeGraph(graph, neighbourhood, view);
    expect(merged).toEqual({
      nodes: ['策勒县第一小学'],
      edges: ['策勒县第一小学|located_in|策勒县', '天津市|supports|策勒县第一小学'],
    });
    expect(graph.getNodeAttributes('策勒县')).toMatchObject({ articles: ['a1'], whole: true });
    expect(graph.getNodeAttributes('天津市')).toMatchObject({ x: 99, whole: false });
    expect(graph.getEdgeAttribute('天津市|supports|策勒县', 'evidence')).toHaveLength(2);
    expect(graph.getEdgeAttribute('天津市|supports|策勒县', 'whole')).toBe(true);
    expect(graph.getEdgeAttribute('天津市|supports|和田地区', 'whole')).toBe(false);
    // The same graph as loading everything at once, item for item.
    const all = loadGraph({ nodes: data.nodes.filter((n) => keep.has(n.key)), edges: data.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) });
    expect(graph.nodes().sort()).toEqual(all.nodes().sort());
    expect(graph.edges().sort()).toEqual(all.edges().sort());
  });

  it('sizes and colours added nodes on the scale of the graph they join', () => {
    const data = fixtureExport();
    const graph = loadGraph(summaryOf(data, ['天津市', '和田地区', '策勒县']), { colorBy: 'community' });
    const before = graph.getNodeAttribute('天津市', 'size');
    mergeGraph(graph, { nodes: data.nodes.filter((n) => n.key === '江西省'), edges: [] }, { sizeBy: 'degree', colorBy: 'community' });
    // A degree past the graph's largest gets the largest size, not a new scale.
    expect(graph.getNodeAttribute('天津市', 'size')).toBe(before);
    const added = graph.getNodeAttributes('江西省');
    expect(added.size).toBeGreaterThan(0);
    expect(added.size).toBeLessThanOrEqual(Math.max(...graph.mapNodes((_n, a) => a.size)));
    expect(added.color).toBe(added.colors.community);
  });

  it('rejects an edge to a node neither side has', () => {
    const graph = loadGraph(summaryOf(fixtureExport(), ['天津市']));
    expect(() => mergeGraph(graph, { nodes: [], edges: [{ source: '天津市', target: '无此地', attributes: { type: 'supports' } }] }, view)).toThrow(GraphDataError);
  });
});
