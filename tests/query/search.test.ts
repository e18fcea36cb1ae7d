import { describe, expect, it } from 'vitest';

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
});
