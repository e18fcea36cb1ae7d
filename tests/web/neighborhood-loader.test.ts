import { describe, expect, it } from 'vitest';

import { loadGraph } from '../../web/src/load-graph.ts';
import { hiddenEdgesOf } from '../../web/src/neighborhood-loader.ts';
import { fixtureExport } from './fixture-graph.ts';

describe('hiddenEdgesOf', () => {
  it('counts a node’s edges in the whole graph (its degree from the server) that the page does not hold', () => {
    const data = fixtureExport();
    const keep = new Set(['天津市', '和田地区', '策勒县']);
    const degree = (key: string) => data.edges.filter((e) => e.source === key || e.target === key).length;
    const part = {
      nodes: data.nodes.filter((n) => keep.has(n.key)).map((n) => ({ ...n, attributes: { ...n.attributes, degree: degree(n.key) } })),
      edges: data.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
    };
    const graph = loadGraph(part);
    // 天津市 also supports 策勒县第一小学; 策勒县 also holds the school; 和田地区 has all its edges.
    expect(['天津市', '策勒县', '和田地区', '无此地'].map((node) => hiddenEdgesOf(graph, node))).toEqual([1, 1, 0, 0]);
  });
});
