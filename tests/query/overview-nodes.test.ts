import { describe, expect, it } from 'vitest';

import { edgesAmong, overviewNodes } from '../../src/query/overview-nodes.ts';
import { tinyGraph } from './tiny-graph.ts';

// Rank by mentions, so the expected order can be read off tiny-graph.ts.
const graph = tinyGraph();
const byMentions = (node: string) => graph.getNodeAttribute(node, 'mentions');

describe('overviewNodes', () => {
  it('takes the top-ranked nodes, ties by key, then every province and prefecture not among them', () => {
    expect(overviewNodes(graph, byMentions, 3)).toEqual([
      '新疆维吾尔自治区',
      '天津市',
      '江西省',
      // The administrative frame by key: provinces and prefectures outside the top 3.
      ...['北京市', '河北省', '和田地区', '克孜勒苏柯尔克孜自治州', '巴音郭楞蒙古自治州', '唐山市', '南昌市'].sort(),
    ]);
  });

  it('lists a top-ranked province or prefecture once', () => {
    const nodes = overviewNodes(graph, byMentions, 6);
    expect(nodes.slice(0, 6)).toEqual(['新疆维吾尔自治区', '天津市', '江西省', '北京市', '和田地区', '阿克陶县']);
    expect(new Set(nodes).size).toBe(nodes.length);
    expect(nodes).toHaveLength(6 + 5);
  });

  it('takes every node when the top is larger than the graph', () => {
    expect(new Set(overviewNodes(graph, byMentions, 1000))).toEqual(new Set(graph.nodes()));
  });
});

describe('edgesAmong', () => {
  it('keeps exactly the edges with both ends in the set', () => {
    const nodes = new Set(['天津市', '策勒县', '和田地区', '新疆维吾尔自治区']);
    expect(edgesAmong(graph, nodes).sort()).toEqual(
      ['和田地区|located_in|新疆维吾尔自治区', '策勒县|located_in|和田地区', '天津市|supports|策勒县'].sort(),
    );
  });
});
