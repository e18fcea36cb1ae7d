import { describe, expect, it } from 'vitest';

import { resolveName } from '../../src/query/resolve-name.ts';
import { errorOf } from './error-of.ts';
import { tinyGraph } from './tiny-graph.ts';


describe('resolveName', () => {
  const graph = tinyGraph();

  it.each([
    ['the canonical name', '阿克陶县人民医院', '阿克陶县人民医院'],
    ['an alias', '克州', '克孜勒苏柯尔克孜自治州'],
    ['a short form that is an alias', '天津', '天津市'],
    ['a Traditional spelling that is an alias', '阿克陶縣人民醫院', '阿克陶县人民医院'],
    ['a Traditional spelling that is no alias', '和田地區', '和田地区'],
    ['an unambiguous prefix', '南昌大学', '南昌大学第一附属医院'],
    ['a place name without its suffix', '唐山', '唐山市'],
    ['surrounding spaces', '  策勒县 ', '策勒县'],
  ])('accepts %s (%s)', (_what, name, key) => {
    expect(resolveName(graph, name)).toBe(key);
  });

  it('prefers the place to institutions named after it', () => {
    graph.addNode('阿克陶县第一中学', { ...graph.getNodeAttributes('策勒县第一小学'), label: '阿克陶县第一中学', aliases: [] });
    expect(resolveName(graph, '阿克陶')).toBe('阿克陶县');
  });

  it('rejects an unknown name with up to 5 suggestions', () => {
    const error = errorOf(() => resolveName(graph, '策勒县医院'));
    expect(error.code).toBe('NOT_FOUND');
    const { suggestions } = error.details as { suggestions: string[] };
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(5);
    expect(suggestions).toContain('策勒县人民医院');
    expect(error.hint).toContain('策勒县人民医院');
  });

  it('lists the candidates of an ambiguous prefix', () => {
    const g = tinyGraph();
    g.addNode('南昌大学第二附属医院', { ...g.getNodeAttributes('南昌大学第一附属医院'), label: '南昌大学第二附属医院', aliases: [] });
    const error = errorOf(() => resolveName(g, '南昌大学'));
    expect(error.code).toBe('AMBIGUOUS');
    expect((error.details as { candidates: string[] }).candidates.sort()).toEqual(['南昌大学第一附属医院', '南昌大学第二附属医院']);
    expect(error.hint).toContain('南昌大学第二附属医院');
  });

  it('rejects an empty name', () => {
    expect(errorOf(() => resolveName(graph, '  ')).code).toBe('INVALID_INPUT');
  });
});
