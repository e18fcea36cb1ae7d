import { describe, expect, it } from 'vitest';

import { GraphDataError, loadGraph, setSizes, typeCounts } from '../../web/src/load-graph.ts';
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
