import { describe, expect, it } from 'vitest';

import { InvalidInputError, NotFoundError } from '../../src/errors.ts';
import { subgraph } from '../../src/export/subgraph.ts';
import type { EdgeType, NodeType } from '../../src/types.ts';
import { fixtureGraph } from './graphs.ts';

describe('subgraph', () => {
  const graph = fixtureGraph();

  it('keeps the nodes of the given types and the edges between them', () => {
    const part = subgraph(graph, { nodeTypes: ['hospital'] });
    expect(part.nodes().sort()).toEqual(['南昌大学第一附属医院', '阿克陶县人民医院'].sort());
    expect(part.edges()).toEqual(['南昌大学第一附属医院|supports|阿克陶县人民医院']);
  });

  it('keeps only the given edge types, and every node', () => {
    const part = subgraph(graph, { edgeTypes: ['located_in'] });
    expect(part.order).toBe(graph.order);
    expect(part.edges()).toEqual(['阿克陶县|located_in|克孜勒苏柯尔克孜自治州']);
  });

  it('keeps only the given nodes, combined with the other filters', () => {
    const part = subgraph(graph, { nodes: ['江西省', '阿克陶县', '阿克陶县人民医院'], nodeTypes: ['province', 'county'] });
    expect(part.nodes().sort()).toEqual(['江西省', '阿克陶县'].sort());
    expect(part.edges()).toEqual(['江西省|supports|阿克陶县']);
  });

  it('copies attributes and leaves the source graph alone', () => {
    const before = graph.export();
    const part = subgraph(graph, { edgeTypes: ['supports'] });
    expect(part.getNodeAttributes('阿克陶县')).toEqual(graph.getNodeAttributes('阿克陶县'));
    expect(graph.export()).toEqual(before);
  });

  it('rejects unknown nodes and types', () => {
    expect(() => subgraph(graph, { nodes: ['不存在县'] })).toThrow(NotFoundError);
    expect(() => subgraph(graph, { nodeTypes: ['person' as NodeType] })).toThrow(InvalidInputError);
    expect(() => subgraph(graph, { edgeTypes: ['likes' as EdgeType] })).toThrow(InvalidInputError);
  });
});
