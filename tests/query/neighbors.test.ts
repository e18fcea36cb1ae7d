import { describe, expect, it } from 'vitest';

import { findNeighbors } from '../../src/query/neighbors.ts';
import { nodeDetails } from '../../src/query/node-details.ts';
import { tinyGraph } from './tiny-graph.ts';

describe('findNeighbors', () => {
  const graph = tinyGraph();

  it('lists one row per edge, supports first', () => {
    const { of, neighbors } = findNeighbors(graph, { of: '天津' });
    expect(of).toBe('天津市');
    expect(neighbors.map((n) => [n.node, n.edge.type, n.edge.direction])).toEqual([
      ['策勒县', 'supports', 'out'],
      ['于田县', 'supports', 'out'],
      ['天津市第一中学', 'located_in', 'in'],
      ['天津食品集团', 'located_in', 'in'],
    ]);
  });

  it('filters by node type, edge type and direction', () => {
    expect(findNeighbors(graph, { of: '天津市', type: 'school' }).neighbors.map((n) => n.node)).toEqual(['天津市第一中学']);
    expect(findNeighbors(graph, { of: '和田地区', via: ['located_in'], type: 'county' }).neighbors.map((n) => n.node)).toEqual([
      '于田县',
      '策勒县',
    ]);
    expect(findNeighbors(graph, { of: '和田地区', direction: 'out' }).neighbors.map((n) => n.node)).toEqual(['新疆维吾尔自治区']);
  });

  it('gives an isolated entity no neighbours', () => {
    expect(findNeighbors(graph, { of: '孤立镇' }).neighbors).toEqual([]);
  });
});

describe('nodeDetails', () => {
  const graph = tinyGraph();

  it('groups neighbours by edge type and lists evidence with its article', () => {
    const details = nodeDetails(graph, '策勒县');
    expect(details.id).toBe('策勒县');
    expect(details.attributes).toMatchObject({ type: 'county', aliases: ['策勒'] });
    expect(details.neighbors.supports).toEqual({ out: [], in: [{ node: '天津市', label: '天津市', weight: 3 }] });
    expect(details.neighbors.located_in?.out.map((n) => n.node)).toEqual(['和田地区']);
    expect(details.evidence).toHaveLength(3);
    expect(details.evidence[0]).toMatchObject({ source: '天津市', type: 'supports', target: '策勒县', article: 'a1' });
    expect(details.evidenceTotal).toBe(3);
  });

  it('caps the evidence listed but counts all of it', () => {
    const details = nodeDetails(graph, '天津市', 2);
    expect(details.evidence).toHaveLength(2);
    expect(details.evidenceTotal).toBe(5);
  });
});
