import { describe, expect, it } from 'vitest';

import { createGraph } from '../../src/graph/build.ts';
import { search } from '../../src/query/search.ts';
import { tinyGraph } from './tiny-graph.ts';

describe('search', () => {
  const graph = tinyGraph();
  const labels = (q: string, extra: { type?: 'hospital' | 'county'; limit?: number } = {}) =>
    search(graph, { q, ...extra }).map((r) => r.label);

  it('completes a Simplified prefix, exact name first', () => {
    expect(labels('阿克陶县').slice(0, 2)).toEqual(['阿克陶县', '阿克陶县人民医院']);
  });

  it('accepts Traditional input', () => {
    expect(labels('阿克陶縣人民')).toEqual(['阿克陶县人民医院']);
  });

  it('matches aliases and says so', () => {
    const [hit] = search(graph, { q: '克州' });
    expect(hit).toMatchObject({ node: '克孜勒苏柯尔克孜自治州', match: 'alias', matched: '克州' });
  });

  it('matches pinyin initials: akt → 阿克陶县', () => {
    expect(labels('akt')[0]).toBe('阿克陶县');
  });

  it('matches full pinyin, case and spaces ignored', () => {
    expect(labels('Ake Tao')[0]).toBe('阿克陶县');
    expect(labels('hetian')).toContain('和田地区');
  });

  it('finds names containing Chinese input after the prefixes', () => {
    const result = labels('人民医院');
    expect(result.sort()).toEqual(['和田地区人民医院', '策勒县人民医院', '阿克陶县人民医院'].sort());
  });

  it('filters by type and limits', () => {
    expect(labels('阿克陶', { type: 'hospital' })).toEqual(['阿克陶县人民医院']);
    expect(labels('a', { limit: 2 })).toHaveLength(2);
  });

  it('returns nothing for a name that is not there', () => {
    expect(labels('上海')).toEqual([]);
  });

  it('rejects an empty query, a bad type and a bad limit', () => {
    expect(() => search(graph, { q: '  ' })).toThrow(/empty/);
    expect(() => search(graph, { q: 'a', type: 'planet' as never })).toThrow(/node type/);
    expect(() => search(graph, { q: 'a', limit: 0 })).toThrow(/limit/);
  });

  it('sees nodes merged after the index was built', () => {
    const g = tinyGraph();
    expect(search(g, { q: 'qm' })[0].label).toBe('且末县');
    g.addNode('且末县人民医院', { ...g.getNodeAttributes('策勒县人民医院'), label: '且末县人民医院', aliases: ['且末縣醫院'] });
    expect(search(g, { q: '且末縣醫' }).map((r) => r.node)).toEqual(['且末县人民医院']);
    g.setNodeAttribute('孤立镇', 'aliases', ['新名字']);
    expect(search(g, { q: '新名' }).map((r) => r.node)).toEqual(['孤立镇']);
    g.dropNode('孤立镇');
    expect(search(g, { q: '新名' })).toEqual([]);
  });

  it('finds names containing the input after an alias is changed or a node dropped', () => {
    const g = tinyGraph();
    g.setNodeAttribute('孤立镇', 'aliases', ['某某卫生院']);
    expect(search(g, { q: '某卫生' }).map((r) => [r.node, r.match])).toEqual([['孤立镇', 'alias-substring']]);
    g.setNodeAttribute('孤立镇', 'aliases', []);
    expect(search(g, { q: '某卫生' })).toEqual([]);
    g.setNodeAttribute('孤立镇', 'aliases', ['某某卫生院']);
    g.dropNode('孤立镇');
    expect(search(g, { q: '卫生院' })).toEqual([]);
  });
});

describe('search among many matches', () => {
  // 300 names share the first character; mentions grow with the number.
  const graph = createGraph();
  for (let i = 0; i < 300; i++)
    graph.addNode(`甲${i}号`, { label: `甲${i}号`, type: i % 2 ? 'company' : 'school', aliases: [], mentions: i, articles: [], x: 0, y: 0, size: 1, color: '#000' });
  graph.addNode('甲', { label: '甲', type: 'company', aliases: [], mentions: 0, articles: [], x: 0, y: 0, size: 1, color: '#000' });

  it('returns the best ranked page: the exact name, then the most mentioned', () => {
    expect(search(graph, { q: '甲', limit: 4 }).map((r) => r.node)).toEqual(['甲', '甲299号', '甲298号', '甲297号']);
  });

  it('ranks the same whatever the page size', () => {
    const all = search(graph, { q: '甲', limit: 100 }).map((r) => r.node);
    expect(search(graph, { q: '甲', limit: 7 }).map((r) => r.node)).toEqual(all.slice(0, 7));
  });

  it('fills the page with the wanted type only', () => {
    expect(search(graph, { q: '甲', type: 'school', limit: 3 }).map((r) => r.node)).toEqual(['甲298号', '甲296号', '甲294号']);
  });

  it('looks inside names only when prefixes leave the page short', () => {
    expect(search(graph, { q: '9号', limit: 3 }).map((r) => [r.node, r.match])).toEqual([
      ['甲299号', 'name-substring'],
      ['甲289号', 'name-substring'],
      ['甲279号', 'name-substring'],
    ]);
  });
});
