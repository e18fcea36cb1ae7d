import { describe, expect, it } from 'vitest';

import { findNodes } from '../../src/query/find-nodes.ts';
import { tinyGraph } from './tiny-graph.ts';

describe('findNodes', () => {
  const graph = tinyGraph();
  const names = (params: Parameters<typeof findNodes>[1]) => findNodes(graph, params).map((n) => n.node);

  it('finds entities of a type inside an area, at any depth', () => {
    expect(names({ type: 'hospital', within: '和田' }).sort()).toEqual(['和田地区人民医院', '策勒县人民医院']);
  });

  it('finds entities whose names contain a text inside an area', () => {
    expect(names({ text: '第一', within: '和田地区' })).toEqual(['策勒县第一小学']);
  });

  it('finds by text alone, by type alone', () => {
    expect(names({ text: '人民医院' }).sort()).toEqual(['和田地区人民医院', '策勒县人民医院', '阿克陶县人民医院'].sort());
    expect(names({ type: 'school' }).sort()).toEqual(['天津市第一中学', '策勒县第一小学'].sort());
  });

  it('does not count the area itself nor what merely supports it', () => {
    expect(names({ within: '策勒县' }).sort()).toEqual(['策勒县人民医院', '策勒县第一小学'].sort());
  });

  it('needs something to look for', () => {
    expect(() => findNodes(graph, {})).toThrow(/find needs/);
  });
});
