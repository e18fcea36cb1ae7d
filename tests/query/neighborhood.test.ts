import { describe, expect, it } from 'vitest';

import { neighborhood } from '../../src/query/neighborhood.ts';
import { tinyGraph } from './tiny-graph.ts';

const graph = tinyGraph();
const rank = (node: string) => graph.getNodeAttribute(node, 'mentions');

describe('neighborhood', () => {
  it('adds the neighbours a view lacks, with every edge joining them or the centre to the view', () => {
    const found = neighborhood(graph, { centres: ['策勒县'], hops: 1, limit: 100, have: ['天津市', '和田地区', '新疆维吾尔自治区'], rank });
    expect(found).toEqual({
      centres: ['策勒县'],
      nodes: ['策勒县', '策勒县人民医院', '策勒县第一小学'],
      edges: expect.any(Array),
      reached: 5,
      left: 0,
    });
    expect(found.edges.sort()).toEqual(
      [
        '策勒县|located_in|和田地区',
        '天津市|supports|策勒县',
        '策勒县人民医院|located_in|策勒县',
        '策勒县第一小学|located_in|策勒县',
        // The new school's partner is not in the view: its edge stays out.
      ].sort(),
    );
  });

  it('keeps the nearest, then highest-ranked, new nodes within the limit and counts the rest', () => {
    const found = neighborhood(graph, { centres: ['和田地区'], hops: 2, limit: 4, rank });
    // Hop 1: 新疆 (9), 策勒县 (4), then 于田县 and 和田地区人民医院 (2 each, by key); hop 2's seven
    // (克州, 巴州, the county's hospital and school, 天津市, 天津食品集团, 北京市) left out.
    expect(found.nodes).toEqual(['和田地区', '新疆维吾尔自治区', '策勒县', '于田县', '和田地区人民医院']);
    expect(found.reached).toBe(1 + 4 + 7);
    expect(found.left).toBe(found.reached - 5);
    expect(found.edges.sort()).toEqual(
      [
        '和田地区|located_in|新疆维吾尔自治区',
        '策勒县|located_in|和田地区',
        '于田县|located_in|和田地区',
        '和田地区人民医院|located_in|和田地区',
      ].sort(),
    );
  });

  it('follows only the edge types asked for', () => {
    const found = neighborhood(graph, { centres: ['天津市'], hops: 1, via: ['supports'], limit: 100, rank });
    expect(found.nodes).toEqual(['天津市', '策勒县', '于田县']);
    expect(found.edges.sort()).toEqual(['天津市|supports|于田县', '天津市|supports|策勒县']);
  });

  it('with 0 hops gives the centres and their edges into the view', () => {
    const found = neighborhood(graph, { centres: ['江西省', '阿克陶县'], hops: 0, limit: 100, have: ['南昌市', '新疆维吾尔自治区'], rank });
    expect(found).toEqual({
      centres: ['江西省', '阿克陶县'],
      nodes: ['江西省', '阿克陶县'],
      edges: expect.any(Array),
      reached: 2,
      left: 0,
    });
    expect(found.edges.sort()).toEqual(['南昌市|located_in|江西省', '江西省|supports|阿克陶县'].sort());
  });

  it('ignores keys of the view the graph lacks', () => {
    const found = neighborhood(graph, { centres: ['孤立镇'], hops: 3, limit: 100, have: ['没有这个节点'], rank });
    expect(found).toEqual({ centres: ['孤立镇'], nodes: ['孤立镇'], edges: [], reached: 1, left: 0 });
  });
});
